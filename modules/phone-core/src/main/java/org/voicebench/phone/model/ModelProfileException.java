package org.voicebench.phone.model;

import java.io.IOException;

/** A model profile file that cannot be used; the message names the file and what is wrong. */
public final class ModelProfileException extends IOException {

    private final String source;
    private final String problem;

    public ModelProfileException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
        this.problem = problem;
    }

    public ModelProfileException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
        this.problem = problem;
    }

    /** The file (or files, for a merged profile) the problem was found in. */
    public String source() {
        return source;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
