package org.voicebench.ui;

import java.util.ArrayList;
import java.util.List;

/** The entries of a multi-line text field where users list files or URLs: one a line, blank lines and # comments skipped. */
public final class TextLines {

    private TextLines() {
    }

    /** The stripped, non-empty lines that do not start with {@code #}, in order. */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                out.add(t);
            }
        }
        return out;
    }
}
