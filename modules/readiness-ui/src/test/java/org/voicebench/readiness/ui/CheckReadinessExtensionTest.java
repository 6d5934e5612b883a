package org.voicebench.readiness.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.remote.ui.api.PhonesContext;

/** "Check Readiness..." hands the Phones window's selection, client and profiles to the window; node names offered. */
class CheckReadinessExtensionTest {

    @Test
    void theSelectionOpensTheWindow() {
        List<PhoneEntry> phones = List.of(new PhoneEntry(PhoneAddress.parse("127.0.0.1:18081"), "SEP001122334466", "Lab",
                "8845", ""));
        try (PhoneClient client = new PhoneClient(PhoneClientSettings.defaults(), CredentialsProvider.none())) {
            ModelProfiles profiles = ModelProfiles.builtIn();
            PhonesContext context = new PhonesContext() {
                @Override
                public List<PhoneEntry> selectedPhones() {
                    return phones;
                }

                @Override
                public PhoneClient client() {
                    return client;
                }

                @Override
                public ModelProfiles profiles() {
                    return profiles;
                }
            };
            CheckReadinessExtension ext = new CheckReadinessExtension();
            AtomicReference<ReadinessPhones> opened = new AtomicReference<>();
            ext.setOpener(opened::set);
            assertEquals("Check Readiness\u2026", ext.actions(context).get(0).getValue(javax.swing.Action.NAME));
            ext.open(context);
            assertEquals(phones, opened.get().phones());
            assertSame(client, opened.get().client());
        }
    }

    @Test
    void nodeNamesComeFromTheItlUrlsHostNames() {
        assertEquals("cucm-pub", ReadinessForm.hostOf("http://cucm-pub.example.com:6970/ITLFile.tlv"));
        assertEquals("cucm-sub1", ReadinessForm.hostOf("tftp://cucm-sub1/ITLFile.tlv"));
        assertNull(ReadinessForm.hostOf("http://127.0.20.1:6970/ITLFile.tlv"), "an address names no node");
        assertNull(ReadinessForm.hostOf("/tmp/ITLFile.tlv"));
    }
}
