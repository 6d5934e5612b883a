package org.voicebench.remote.ui.api;

import java.util.List;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/** What the Phones window offers its extensions' actions. */
public interface PhonesContext {

    /** The selected phones, a selected group standing for all its phones; in list order, each once. Swing thread. */
    List<PhoneEntry> selectedPhones();

    /** The application's phone client: the Phones window's credentials (list users, keyring passwords, the lab's). */
    PhoneClient client();

    ModelProfiles profiles();
}
