package org.voicebench.remote.ui;

import java.util.List;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.ui.Dialogs;

/** ui-kit's dialogs with the Phones window's own questions; tests answer them without modal dialogs. */
interface PhoneDialogs extends Dialogs {

    /** A user name and password typed in; the receiver clears the password. */
    record Credentials(String user, char[] password) {
    }

    /**
     * Asks for a phone's details; null when cancelled.
     *
     * @param initial the entry to edit, or null to add one
     * @param group   the group to offer first
     * @param groups  the groups in use, to choose from
     */
    PhoneEntry editPhone(String title, PhoneEntry initial, String group, List<String> groups);

    /** Asks for a user and password; null when cancelled. */
    Credentials credentials(String title, String user);
}
