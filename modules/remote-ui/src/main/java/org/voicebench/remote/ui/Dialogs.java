package org.voicebench.remote.ui;

import java.nio.file.Path;
import java.util.List;
import org.voicebench.phone.inventory.PhoneEntry;

/** The questions the Phones window and the remote views ask; tests answer them without modal dialogs. */
interface Dialogs {

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

    /** Asks for a file to read; null when cancelled. */
    Path openFile(String title, String extension);

    /** Asks where to write a file; null when cancelled. */
    Path saveFile(String title, String suggestedName, String extension);

    /** Asks for a folder; null when cancelled. */
    Path folder(String title);

    boolean confirm(String message);

    void error(String message);
}
