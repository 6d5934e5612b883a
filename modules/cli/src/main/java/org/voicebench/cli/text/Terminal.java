package org.voicebench.cli.text;

/** Output width of human-readable text. */
public final class Terminal {

    /** Tables and wrapped text fit a 120-column terminal unless the user asks for {@code --wide}. */
    public static final int WIDTH = 120;

    /** No limit: every value in full, for wide terminals and for grep. */
    public static final int UNLIMITED = Integer.MAX_VALUE / 2;

    private Terminal() {
    }

    public static int width(boolean wide) {
        return wide ? UNLIMITED : WIDTH;
    }
}
