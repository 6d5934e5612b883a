package org.voicebench.phone.cucm;

/** Why a request to CUCM failed. Callers switch on this, never on message text. */
public enum CucmFailure {
    /** HTTP 401 or 403: the user or password was refused, or the user lacks the AXL/RIS role (the message names it). */
    AUTH_FAILED,
    /** The server's certificate is not trusted (not pinned, pin mismatch, or not CA-signed). */
    CERTIFICATE_UNTRUSTED,
    /** The connection was refused: nothing listens there (wrong host or port, service down). */
    REFUSED,
    /** No connection or no answer in time, or the host does not resolve or cannot be routed to. */
    UNREACHABLE,
    /** The connection closed before a full answer. */
    CONNECTION_DROPPED,
    /** A SOAP fault from AXL or RIS; {@link CucmException#detail()} holds the server's fault text. */
    FAULT,
    /** RIS kept answering "Exceeded allowed rate" after every retry. */
    RATE_LIMITED,
    /**
     * AXL refused every schema version this client speaks (HTTP 599 "Incorrect axl version"), or the
     * CUCM release is older than the oldest of them; {@link CucmException#detail()} holds the server's words.
     */
    VERSION_REFUSED,
    /** An answer this client does not understand (HTTP status, refused or unexpected XML, too large). */
    UNEXPECTED_RESPONSE,
    /** More results than the client's bound (pages, devices). */
    TOO_MANY_RESULTS,
    /** The calling thread was interrupted; its interrupt flag is set again. */
    CANCELLED
}
