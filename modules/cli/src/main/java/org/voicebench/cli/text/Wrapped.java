package org.voicebench.cli.text;

import java.io.PrintWriter;

/** Prints a long sentence (a verdict, a warning) wrapped at spaces, continuation lines indented under the text. */
public final class Wrapped {

    private Wrapped() {
    }

    /**
     * Prints {@code prefix} then {@code text}, breaking at spaces so that lines stay within
     * {@code width}; a word longer than the room left gets a line of its own, uncut.
     */
    public static void print(PrintWriter out, String prefix, String text, int width) {
        String indent = " ".repeat(prefix.length());
        int room = Math.max(20, width - prefix.length());
        StringBuilder line = new StringBuilder();
        String lead = prefix;
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > room) {
                out.println(lead + line);
                lead = indent;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(lead + line);
    }
}
