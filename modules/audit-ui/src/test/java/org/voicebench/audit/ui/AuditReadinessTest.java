package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JButton;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.readiness.ui.api.ReadinessWindow;
import org.voicebench.testsupport.ScriptedDialogs;

/**
 * Readiness... in the Trust Audit window: hidden without the readiness module, else it hands the phones the next audit
 * would run on and the cluster's ITLs as given to the Readiness window (none when not given yet), or says there are
 * no phones. No display needed: the panel is never shown.
 */
class AuditReadinessTest {

    private static final List<PhoneEntry> PHONES = List.of(
            new PhoneEntry(PhoneAddress.parse("127.0.0.1:18080"), "SEP001122334455", "Lab", "8845", ""));

    @Test
    void readinessHandsThePhonesAndClusterItlsOver() {
        try (PhoneClient client = new PhoneClient(PhoneClientSettings.defaults(), CredentialsProvider.none())) {
            AtomicReference<ReadinessWindow.Request> opened = new AtomicReference<>();
            AuditPanel panel = onEdt(() -> new AuditPanel(null, new ScriptedDialogs(), TrustListDownloader.withDefaults()));
            JButton button = onEdt(() -> find(panel));
            assertFalse(onEdt(button::isVisible), "hidden until the Readiness window can be opened");

            onEdt(() -> {
                panel.setOnReadiness(opened::set);
                panel.openReadiness();
                return null;
            });
            assertTrue(onEdt(button::isVisible));
            assertNull(opened.get(), "no phones: nothing opens");
            assertTrue(onEdt(panel::errorText).startsWith("No phones to audit"), onEdt(panel::errorText));

            onEdt(() -> {
                panel.setDefaultPhones(() -> new PhoneSet(PHONES, client, ModelProfiles.builtIn()));
                panel.openReadiness();
                return null;
            });
            assertEquals(PHONES, opened.get().phones());
            assertEquals(List.of(), opened.get().clusterItls(), "no cluster ITL given yet");

            onEdt(() -> {
                panel.inputs().fillFromLab(List.of("http://127.0.20.1:6970/ITLFile.tlv",
                        "http://127.0.20.2:6970/ITLFile.tlv"), List.of());
                panel.openReadiness();
                return null;
            });
            assertEquals(List.of("http://127.0.20.1:6970/ITLFile.tlv", "http://127.0.20.2:6970/ITLFile.tlv"),
                    opened.get().clusterItls());
        }
    }

    private static JButton find(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JButton b && "readiness".equals(b.getName())) {
                return b;
            }
            if (child instanceof java.awt.Container inner) {
                JButton found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
