package org.voicebench.audit;

/** An audit input that cannot be used (a cluster ITL that cannot be fetched or read, a bad phone list): the message names it. */
public final class AuditInputException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuditInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
