package org.voicebench.remote.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** A lab with a 7965 and an 8845, and services over a temporary phone list with secrets in memory. */
final class LabPhones implements AutoCloseable {

    static final String USER = "labuser";
    static final String PASSWORD = "s3cret-Pa55";
    static final PhoneClientSettings FAST = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
            .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(20));

    final PhoneLab lab;
    final MemorySecrets secrets = new MemorySecrets();
    final RemoteServices services;

    LabPhones(Path dir, String firstAddress, PhoneLabService labService) throws IOException {
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress(firstAddress).add(1, "7965").add(1, "8845")
                .rebootTime(Duration.ofMillis(500)).start();
        services = new RemoteServices(PhoneList.load(dir.resolve("phones.json")), secrets, FAST, labService);
    }

    SimulatedPhone p7965() {
        return lab.phone(0);
    }

    SimulatedPhone p8845() {
        return lab.phone(1);
    }

    /** The phone's entry, saved in the list with its own user and the password in the secrets. */
    PhoneEntry saveWithCredentials(SimulatedPhone p, String password) throws IOException {
        PhoneEntry e = LabGroup.entries(LabDescriptions.phones(lab)).get(p.index()).withGroup("Desk").withUser(USER);
        services.list().update(inv -> inv.with(e));
        secrets.save(PhoneInventory.phoneSecretKey(e.address()), password.toCharArray(), "test");
        return e;
    }

    @Override
    public void close() {
        services.close();
        lab.close();
    }
}
