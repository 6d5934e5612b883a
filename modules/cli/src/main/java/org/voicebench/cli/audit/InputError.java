package org.voicebench.cli.audit;

/** An input that cannot be used (cluster ITL, phone list, range, CUCM): one line on stderr, exit 2. */
public final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    public InputError(String message, Throwable cause) {
        super(message, cause);
    }
}
