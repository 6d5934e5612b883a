package org.voicebench.phone.cucm;

import java.util.Objects;

/**
 * A request to CUCM that did not succeed. The message names the host and what an engineer can do;
 * it never contains credentials.
 */
public final class CucmException extends Exception {

    private final String host;
    private final CucmFailure failure;
    private final String detail;

    public CucmException(String host, CucmFailure failure, String message, String detail, Throwable cause) {
        super(message, cause);
        this.host = Objects.requireNonNull(host, "host");
        this.failure = Objects.requireNonNull(failure, "failure");
        this.detail = detail;
    }

    /** The CUCM host the request went to. */
    public String host() {
        return host;
    }

    public CucmFailure failure() {
        return failure;
    }

    /**
     * The server's own words where it gave any: the fault string (with the AXL code) for
     * {@link CucmFailure#FAULT} and {@link CucmFailure#RATE_LIMITED}, the HTTP status for an
     * unexpected one, the presented certificate's SHA-256 for {@link CucmFailure#CERTIFICATE_UNTRUSTED};
     * otherwise null.
     */
    public String detail() {
        return detail;
    }
}
