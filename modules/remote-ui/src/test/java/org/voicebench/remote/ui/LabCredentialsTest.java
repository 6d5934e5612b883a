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
    private static final PhoneCredentials GROUP = new PhoneCredentials("olduser", "c".toCharArray());

    @Test
    void labPhonesWithoutCredentialsOfTheirOwnUseTheLabs() throws Exception {
        RunningLab service = new RunningLab();
        try (PhoneLab phones = PhoneLab.builder().add(1, "8845").firstAddress("127.0.96.1").start()) {
            PhoneAddress labPhone = PhoneAddress.parse(phones.phone(0).hostAndPort());
            PhoneAddress other = PhoneAddress.parse("127.0.96.200:80");

            LabCredentials none = new LabCredentials(phone -> Optional.empty(), phone -> Optional.empty(), service);
            assertTrue(none.credentialsFor(labPhone).isEmpty(), "no lab running");

            service.publish(new LabRun(phones, null, LAB));
            assertEquals(Optional.of(LAB), none.credentialsFor(labPhone));
            assertTrue(none.credentialsFor(other).isEmpty(), "a phone outside the lab gets nothing from it");

            LabCredentials phonesOwn = new LabCredentials(phone -> Optional.of(LISTED), phone -> Optional.of(LISTED), service);
            assertEquals(Optional.of(LISTED), phonesOwn.credentialsFor(labPhone), "credentials set on the phone come first");
            LabCredentials groups = new LabCredentials(phone -> Optional.empty(), phone -> Optional.of(GROUP), service);
            assertEquals(Optional.of(LAB), groups.credentialsFor(labPhone),
                    "the running lab's own win over credentials once saved on the Lab group (the known issue)");
            assertEquals(Optional.of(GROUP), groups.credentialsFor(other), "outside the lab the group's apply");

            service.stop();
            assertTrue(none.credentialsFor(labPhone).isEmpty(), "the lab's credentials go with the lab");
        }
    }
}
