package org.voicebench.remote.ui;

import java.util.List;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.ui.PlatformDialogs;

/** The platform's dialogs, with the phone and credentials forms asked through {@link #ask}. */
final class NbPhoneDialogs extends PlatformDialogs implements PhoneDialogs {

    private final ModelProfiles profiles;

    NbPhoneDialogs(ModelProfiles profiles) {
        super("org.voicebench.remote.ui.files");
        this.profiles = profiles;
    }

    @Override
    public PhoneEntry editPhone(String title, PhoneEntry initial, String group, List<String> groups) {
        PhoneForm form = new PhoneForm(initial, group, groups, profiles);
        return ask(title, form, form::problem) ? form.entry() : null;
    }

    @Override
    public Credentials credentials(String title, String user) {
        CredentialsForm form = new CredentialsForm(user);
        return ask(title, form, form::problem) ? form.take() : null;
    }
}
