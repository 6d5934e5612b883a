package org.voicebench.macro.ui;

import java.nio.file.Path;
import java.util.List;

/** The questions the macro windows ask; tests answer them without modal dialogs. */
interface MacroDialogs {

    /** Asks for a file to read; null when cancelled. */
    Path openFile(String title, String extension);

    /** Asks where to write a file; null when cancelled. */
    Path saveFile(String title, String suggestedName, String extension);

    /** A yes/no question; true for yes. */
    boolean confirm(String message);

    /** One of {@code options}, or null when cancelled. */
    String choose(String title, String label, List<String> options);

    void error(String message);
}
