package org.voicebench.phone.cti;

import java.util.Objects;

/** CTI cannot be used for the run; the message says what to do and never holds the password. */
public final class CtiException extends Exception {

    private final CtiFailure failure;

    CtiException(CtiFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    CtiException(CtiFailure failure, String message) {
        this(failure, message, null);
    }

    /** CTI is not (or no longer) configured as the run needs it; {@code message} says what is missing. */
    public static CtiException notConfigured(String message) {
        return new CtiException(CtiFailure.NOT_CONFIGURED, message);
    }

    public CtiFailure failure() {
        return failure;
    }
}
