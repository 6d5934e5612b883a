package org.voicebench.cli.text;

/** Cuts a value to a column width, marking the cut with {@link #MARK}. */
@FunctionalInterface
public interface Shortener {

    /** Plain ASCII, so it reads the same in every terminal encoding. */
    String MARK = "...";

    /** Keeps the start: right for hex identifiers (like short git hashes) and names. */
    Shortener END = Shortener::keepStart;

    /** {@code text} cut to at most {@code width} characters. */
    String fit(String text, int width);

    static String keepStart(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        if (width <= MARK.length()) {
            return text.substring(0, width);
        }
        return text.substring(0, width - MARK.length()) + MARK;
    }
}
