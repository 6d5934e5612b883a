package org.voicebench.macro;

import java.io.IOException;

/**
 * A macro file or text that cannot be read: the message names the source, the step when the problem
 * is in one (1-based, as a person counts) and what is wrong, e.g.
 * {@code erase.json: step 3: "pause" must be a whole number of milliseconds, found "2s"}.
 */
public final class MacroFormatException extends IOException {

    private final String source;
    private final int step;
    private final String problem;

    public MacroFormatException(String source, int step, String problem, Throwable cause) {
        super(source + (step > 0 ? ": step " + step : "") + ": " + problem, cause);
        this.source = source;
        this.step = step;
        this.problem = problem;
    }

    public MacroFormatException(String source, int step, String problem) {
        this(source, step, problem, null);
    }

    /** The file or other source. */
    public String source() {
        return source;
    }

    /** The 1-based step, or 0 when the problem is not in a step. */
    public int step() {
        return step;
    }

    /** What is wrong, without source and step. */
    public String problem() {
        return problem;
    }
}
