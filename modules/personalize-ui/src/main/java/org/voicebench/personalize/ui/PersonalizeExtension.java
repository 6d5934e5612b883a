package org.voicebench.personalize.ui;

import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.Action;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.personalize.PushSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.remote.ui.api.PhonesContext;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.PlatformDialogs;

/**
 * "Personalize..." in the Phones window: on the selected phones (a group: all its phones) it opens a Personalize
 * window that pushes a background and/or ring tone with the Phones window's client (its credentials).
 */
@ServiceProvider(service = PhonesWindowExtension.class)
@Messages({
    "ACT_Personalize=&Personalize\u2026",
    "ERR_NoPhones=Select phones or a group in the Phones window first."
})
public final class PersonalizeExtension implements PhonesWindowExtension {

    /** Where the window's file choosers remember their folders. */
    static final String FILES_KEY = "org.voicebench.personalize.ui.files";

    private volatile Dialogs dialogs = new PlatformDialogs(FILES_KEY);
    private volatile Consumer<PersonalizePanel> shower = PersonalizeTopComponent::show;
    private volatile PushSettings settings = PushSettings.defaults();
    private volatile Supplier<CtiConfiguration> ctiConfiguration = CtiConfiguration::getDefault;

    @Override
    public List<? extends Action> actions(PhonesContext context) {
        Action personalize = new AbstractAction(Actions.cutAmpersand(Bundle.ACT_Personalize())) {
            @Override
            public void actionPerformed(ActionEvent e) {
                open(context);
            }
        };
        return List.of(personalize);
    }

    private void open(PhonesContext context) {
        List<PhoneEntry> phones = context.selectedPhones();
        Dialogs d = dialogs;
        if (phones.isEmpty()) {
            d.error(Bundle.ERR_NoPhones());
            return;
        }
        shower.accept(new PersonalizePanel(phones, context.client(), context.profiles(), settings, d,
                ctiConfiguration.get()));
    }

    // --- for tests: answers without modal dialogs, the window in a frame, short waits ---

    void setDialogs(Dialogs value) {
        dialogs = value;
    }

    void setShower(Consumer<PersonalizePanel> value) {
        shower = value;
    }

    void setSettings(PushSettings value) {
        settings = value;
    }

    void setCti(Supplier<CtiConfiguration> value) {
        ctiConfiguration = value;
    }
}
