package org.voicebench.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.JComponent;

/**
 * The questions a window asks the user. Windows get one in their constructor, so that tests answer with a
 * scripted fake instead of modal dialogs. Swing thread.
 */
public interface Dialogs {

    /** Asks for a file to read; null when cancelled. */
    Path openFile(String title, String extension);

    /** Asks where to write a file; a name typed without extension gets {@code extension}; null when cancelled. */
    Path saveFile(String title, String suggestedName, String extension);

    /** Asks for a folder; null when cancelled. */
    Path folder(String title);

    /** A yes/no question; true for yes. */
    boolean confirm(String message);

    /** One of {@code options} ({@code label} has a mnemonic marker), or null when cancelled. */
    String choose(String title, String label, List<String> options);

    void error(String message);

    /**
     * Shows {@code form} until it is valid or cancelled: after OK, {@code problem} says what is wrong (null when
     * nothing is) and the form is shown again with it in its notification line.
     *
     * @return true when the user confirmed a valid form
     */
    boolean ask(String title, JComponent form, Supplier<String> problem);
}
