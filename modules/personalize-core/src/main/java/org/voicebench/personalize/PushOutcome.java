package org.voicebench.personalize;

/** How the push ended on one phone. */
public enum PushOutcome {
    /** The phone accepted the object(s) and downloaded every file from this run's server. */
    SUCCESS,
    /** The phone refused because Phone Personalization is off for it (CUCM setting; see the result's message). */
    PERSONALIZATION_DISABLED,
    /** CiscoIPPhoneError 4 or HTTP 401: the user is not associated with the phone, or the password is wrong. */
    AUTH_FAILED,
    /** The phone's web server refused the connection: Web Access is disabled. */
    WEB_ACCESS_DISABLED,
    /** No connection or no answer in time. */
    UNREACHABLE,
    /** The model is unknown, or its profile gives no background size or ring tone form: nothing was sent. */
    UNSUPPORTED_MODEL,
    /** The phone refused for another reason, or said Success but never downloaded; the message holds its words. */
    REFUSED,
    /** The run was cancelled before this phone finished. */
    CANCELLED
}
