package org.voicebench.audit.ui;

import java.nio.file.Path;

/** The questions the Trust Audit window asks; tests answer them without modal dialogs. */
interface AuditDialogs {

    /** Asks where to write a file; null when cancelled. */
    Path saveFile(String title, String suggestedName, String extension);

    /** A yes/no question; true for yes. */
    boolean confirm(String message);

    void error(String message);
}
