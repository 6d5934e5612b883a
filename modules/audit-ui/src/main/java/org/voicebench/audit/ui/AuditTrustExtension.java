package org.voicebench.audit.ui;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;

/**
 * "Audit Trust..." in the Phones window: opens the Trust Audit window with the selected phones (a group: all
 * its phones) and the Phones window's client and model profiles.
 */
@ServiceProvider(service = PhonesWindowExtension.class)
@Messages("ACT_AuditTrust=&Audit Trust\u2026")
public final class AuditTrustExtension implements PhonesWindowExtension {

    private volatile Consumer<PhoneSet> opener = AuditTopComponent::openWith;

    @Override
    public List<? extends Action> actions(PhonesContext context) {
        return List.of(new AbstractAction(Actions.cutAmpersand(Bundle.ACT_AuditTrust())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                open(context);
            }
        });
    }

    /** Swing thread. */
    void open(PhonesContext context) {
        List<PhoneEntry> phones = context.selectedPhones();
        opener.accept(new PhoneSet(phones, context.client(), context.profiles()));
    }

    /** For tests: where the window would open. */
    void setOpener(Consumer<PhoneSet> value) {
        opener = value;
    }
}
