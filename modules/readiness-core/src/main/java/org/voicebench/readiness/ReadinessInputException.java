package org.voicebench.readiness;

/** An input of the readiness check that cannot be used (a change, a target ITL or folder, a journal): the message names it. */
public final class ReadinessInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReadinessInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
