package org.voicebench.phone;

import java.util.Objects;

/**
 * A request to a phone that did not succeed. The message names the phone and says what an
 * engineer can do about it; it never contains credentials.
 */
public final class PhoneException extends Exception {

    private final PhoneAddress phone;
    private final PhoneFailure failure;
    private final String detail;

    public PhoneException(PhoneAddress phone, PhoneFailure failure, String message, String detail, Throwable cause) {
        super(message, cause);
        this.phone = Objects.requireNonNull(phone, "phone");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.detail = detail;
    }

    public PhoneException(PhoneAddress phone, PhoneFailure failure, String message) {
        this(phone, failure, message, null, null);
    }

    /** The phone the request went to. */
    public PhoneAddress phone() {
        return phone;
    }

    /** The kind of failure. */
    public PhoneFailure failure() {
        return failure;
    }

    /**
     * The phone's own words where it gave any: the ResponseItem Data for
     * {@link PhoneFailure#URI_REJECTED}, the error number for CiscoIPPhoneError, the HTTP status
     * for an unexpected one; otherwise null.
     */
    public String detail() {
        return detail;
    }
}
