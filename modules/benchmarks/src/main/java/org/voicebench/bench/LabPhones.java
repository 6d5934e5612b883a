package org.voicebench.bench;

import java.time.Duration;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * What the benchmarks on simulated phones share: the lab's user, a phone client logged in as that
 * user, and the phone-list entries of simulated phones.
 */
final class LabPhones {

    static final String USER = "labadmin";
    /** The simulated phones' password, made up per run: no secret, and none written into the code. */
    static final String PASSWORD = oneTimePassword();

    private LabPhones() {
    }

    /** A random password for a simulated account that lives as long as the benchmark. */
    static String oneTimePassword() {
        byte[] b = new byte[12];
        new java.security.SecureRandom().nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** A lab whose phones accept {@link #USER}. */
    static PhoneLab.Builder lab() {
        return PhoneLab.builder().user(USER, PASSWORD);
    }

    /**
     * A client logged in as {@link #USER} with short timeouts (phones on loopback answer at once, a
     * slow answer is a finding) and a pool for {@code maxConnections} phones at once.
     */
    static PhoneClient client(int maxConnections) {
        PhoneClientSettings s = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(10))
                .withMaxConnections(maxConnections);
        return new PhoneClient(s, CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    /** The phone-list entry of a simulated phone, with its model. */
    static PhoneEntry entry(SimulatedPhone phone) {
        return new PhoneEntry(PhoneAddress.parse(phone.hostAndPort()), phone.name(), "lab", phone.modelNumber(), "");
    }
}
