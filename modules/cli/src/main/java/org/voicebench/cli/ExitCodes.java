package org.voicebench.cli;

/**
 * Exit codes of {@code voicebench-cli}. They are a contract with users' scripts: a subcommand
 * uses these names and documents which of them it returns.
 */
public final class ExitCodes {

    /** Everything read and, for {@code inspect}, every signature valid; for {@code diff}, identical files. */
    public static final int OK = 0;
    /** Everything read, but the answer is "no": a signature invalid or unverifiable, or the files differ. */
    public static final int NOT_OK = 1;
    /** An input file is malformed or unreadable (one line per file on stderr). */
    public static final int INPUT_ERROR = 2;
    /** The command line itself is wrong: unknown command or option, missing argument (EX_USAGE). */
    public static final int USAGE = 64;
    /** A bug in VoiceBench, not a problem with the input (EX_SOFTWARE); the only case with a stack trace. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }

    /** The more severe of two outcomes (2 over 1 over 0), for commands that process several files. */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
