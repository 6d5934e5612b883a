package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voicebench.lab.ui.LabRun;
import org.voicebench.lab.ui.RunningLab;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;

class LabCredentialsTest {

    private static final PhoneCredentials LISTED = new PhoneCredentials("listed", "a".toCharArray());
    private static final PhoneCredentials LAB = new PhoneCredentials("labuser", "b".toCharArray());

    @Test
    void labPhonesWithoutCredentialsOfTheirOwnUseTheLabs() throws Exception {
        RunningLab service = new RunningLab();
        try (PhoneLab phones = PhoneLab.builder().add(1, "8845").firstAddress("127.0.96.1").start()) {
            PhoneAddress labPhone = PhoneAddress.parse(phones.phone(0).hostAndPort());
            PhoneAddress other = PhoneAddress.parse("127.0.96.200:80");

            LabCredentials none = new LabCredentials(phone -> Optional.empty(), service);
            assertTrue(none.credentialsFor(labPhone).isEmpty(), "no lab running");

            service.publish(new LabRun(phones, null, LAB));
            assertEquals(Optional.of(LAB), none.credentialsFor(labPhone));
            assertTrue(none.credentialsFor(other).isEmpty(), "a phone outside the lab gets nothing from it");

            LabCredentials listed = new LabCredentials(phone -> Optional.of(LISTED), service);
            assertEquals(Optional.of(LISTED), listed.credentialsFor(labPhone), "the phone list's own come first");

            service.stop();
            assertTrue(none.credentialsFor(labPhone).isEmpty(), "the lab's credentials go with the lab");
        }
    }
}
