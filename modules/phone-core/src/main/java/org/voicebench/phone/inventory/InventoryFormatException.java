package org.voicebench.phone.inventory;

import java.io.IOException;

/** A phone list file (CSV or JSON) that cannot be read: names the file, the line when known, and what is wrong. */
public final class InventoryFormatException extends IOException {

    private final String source;
    private final int line;
    private final String problem;

    public InventoryFormatException(String source, int line, String problem, Throwable cause) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public InventoryFormatException(String source, int line, String problem) {
        this(source, line, problem, null);
    }

    /** The file or other source the text came from. */
    public String source() {
        return source;
    }

    /** The 1-based line, or 0 when the problem is not tied to a line. */
    public int line() {
        return line;
    }

    /** What is wrong, without the source and line. */
    public String problem() {
        return problem;
    }
}
