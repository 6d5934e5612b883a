package org.voicebench.readiness.ui;

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
 * "Check Readiness..." in the Phones window: opens the Readiness window with the selected phones (a group: all its
 * phones) and the Phones window's client and model profiles.
 */
@ServiceProvider(service = PhonesWindowExtension.class)
@Messages("ACT_CheckReadiness=Check &Readiness\u2026")
public final class CheckReadinessExtension implements PhonesWindowExtension {

    private volatile Consumer<ReadinessPhones> opener = ReadinessTopComponent::openWith;

    @Override
    public List<? extends Action> actions(PhonesContext context) {
        return List.of(new AbstractAction(Actions.cutAmpersand(Bundle.ACT_CheckReadiness())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                open(context);
            }
        });
    }

    /** Swing thread. */
    void open(PhonesContext context) {
        List<PhoneEntry> phones = context.selectedPhones();
        opener.accept(new ReadinessPhones(phones, context.client(), context.profiles(), false));
    }

    /** For tests: where the window would open. */
    void setOpener(Consumer<ReadinessPhones> value) {
        opener = value;
    }
}
