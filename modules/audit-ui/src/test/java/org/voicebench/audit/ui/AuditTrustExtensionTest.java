package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.Action;
import org.junit.jupiter.api.Test;
import org.openide.util.Lookup;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;

class AuditTrustExtensionTest {

    @Test
    void auditTrustOpensTheWindowWithTheSelectionAndThePhonesWindowsClient() throws Exception {
        AuditTrustExtension ext = Lookup.getDefault().lookupAll(PhonesWindowExtension.class).stream()
                .filter(AuditTrustExtension.class::isInstance).map(AuditTrustExtension.class::cast).findFirst()
                .orElseThrow(() -> new AssertionError("AuditTrustExtension is not registered"));
        AtomicReference<PhoneSet> opened = new AtomicReference<>();
        ext.setOpener(opened::set);
        List<PhoneEntry> selected = List.of(PhoneEntry.of(PhoneAddress.parse("10.0.0.1")),
                PhoneEntry.of(PhoneAddress.parse("10.0.0.2")));
        ModelProfiles profiles = ModelProfiles.builtIn();
        try (PhoneClient client = new PhoneClient(CredentialsProvider.none())) {
            PhonesContext context = new PhonesContext() {
                @Override
                public List<PhoneEntry> selectedPhones() {
                    return selected;
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
            List<? extends Action> actions = ext.actions(context);
            assertEquals(1, actions.size());
            assertEquals("Audit Trust\u2026", actions.get(0).getValue(Action.NAME));
            actions.get(0).actionPerformed(new ActionEvent(this, ActionEvent.ACTION_PERFORMED, ""));
            assertEquals(selected, opened.get().phones());
            assertSame(client, opened.get().client());
            assertSame(profiles, opened.get().profiles());
        } finally {
            ext.setOpener(AuditTopComponent::openWith);
        }
    }
}
