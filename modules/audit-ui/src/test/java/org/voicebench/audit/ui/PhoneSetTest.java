package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditSettings;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

class PhoneSetTest {

    private static final PhoneAddress LAB1 = PhoneAddress.parse("127.0.10.1:8080");
    private static final PhoneAddress LAB2 = PhoneAddress.parse("127.0.10.2:8080");
    private static final PhoneAddress REAL = PhoneAddress.parse("10.1.2.3");

    private static PhoneSet of(PhoneClient client, PhoneAddress... addresses) {
        return new PhoneSet(List.of(addresses).stream().map(PhoneEntry::of).toList(), client, ModelProfiles.builtIn());
    }

    @Test
    void onlyAFleetOfLabPhonesGetsTheFastSettings() throws Exception {
        try (PhoneClient client = new PhoneClient(CredentialsProvider.none())) {
            Set<PhoneAddress> lab = Set.of(LAB1, LAB2);
            assertEquals(AuditSettings.fastSimulator(), of(client, LAB1, LAB2).settings(lab));
            assertEquals(AuditSettings.defaults(), of(client, LAB1, REAL).settings(lab), "one real phone: real settings");
            assertEquals(AuditSettings.defaults(), of(client, LAB1).settings(Set.of()), "no lab running");
            assertEquals(AuditSettings.defaults(), of(client).settings(lab), "no phones");
        }
    }
}
