package org.voicebench.macro.run;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** Simulated phones with short restarts, a client for them, and their phone list. */
final class SimFixtures {

    static final String USER = "labadmin";
    static final String PASSWORD = "s3cret-macro";
    static final byte[] ITL = "simulated ITL".getBytes(StandardCharsets.US_ASCII);
    static final byte[] CTL = "simulated CTL".getBytes(StandardCharsets.US_ASCII);

    private SimFixtures() {
    }

    /** A lab with the test user, an ITL and a CTL on every phone, and restarts of a few hundred milliseconds. */
    static PhoneLab.Builder lab() {
        return PhoneLab.builder().user(USER, PASSWORD).trustFiles(ITL, CTL)
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofMillis(500));
    }

    static PhoneClient client() {
        return client(PASSWORD);
    }

    static PhoneClient client(String password) {
        PhoneClientSettings s = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(10)).withMaxConnections(128);
        return new PhoneClient(s, CredentialsProvider.fixed(new PhoneCredentials(USER, password.toCharArray())));
    }

    static PhoneEntry entry(SimulatedPhone p) {
        return new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "lab", p.modelNumber(), "");
    }

    static List<PhoneEntry> entries(PhoneLab lab) {
        return lab.phones().stream().map(SimFixtures::entry).toList();
    }

    /** Fast settings for tests: retries 50 ms apart. */
    static PlayerSettings fast() {
        return PlayerSettings.defaults().withRetries(2, Duration.ofMillis(50)).withStablePollInterval(Duration.ofMillis(50));
    }
}
