package org.voicebench.phone.capture;

import java.io.IOException;

/**
 * A capture file that cannot be read: names the file, the zip entry when the problem is in one, and
 * what is wrong, so that a user who sent or edited a capture can tell which part is broken.
 */
public final class CaptureFormatException extends IOException {

    private final String source;
    private final String entry;
    private final String problem;

    public CaptureFormatException(String source, String entry, String problem, Throwable cause) {
        super(source + (entry != null ? ": entry " + entry : "") + ": " + problem, cause);
        this.source = source;
        this.entry = entry;
        this.problem = problem;
    }

    public CaptureFormatException(String source, String entry, String problem) {
        this(source, entry, problem, null);
    }

    /** The file (or other source) read. */
    public String source() {
        return source;
    }

    /** The zip entry at fault, or null when the problem is the file as a whole. */
    public String entry() {
        return entry;
    }

    /** What is wrong, without the source and entry. */
    public String problem() {
        return problem;
    }
}
