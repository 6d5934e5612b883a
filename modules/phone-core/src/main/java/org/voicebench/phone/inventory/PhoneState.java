package org.voicebench.phone.inventory;

import org.voicebench.phone.PhoneFailure;

/** What a {@link PhoneProbe} found, in the order an engineer checks things. */
public enum PhoneState {
    /** Not probed yet. */
    UNKNOWN,
    /** The web server answers, but the credentials were not checked (no user set). */
    REACHABLE,
    /** The web server answers and accepted the credentials. */
    AUTH_OK,
    /** The web server answers but refused the credentials (wrong password, user not associated, Authentication URL). */
    AUTH_FAILED,
    /** The connection is refused: Web Access is disabled, or the phone is rebooting. */
    WEB_ACCESS_OFF,
    /** No connection or no answer in time. */
    UNREACHABLE,
    /** The phone answered something unexpected (not a Cisco enterprise phone, internal error). */
    ERROR;

    /** The state a failed request puts a phone in. */
    public static PhoneState of(PhoneFailure failure) {
        return switch (failure) {
            case AUTH_FAILED -> AUTH_FAILED;
            case WEB_ACCESS_DISABLED -> WEB_ACCESS_OFF;
            case UNREACHABLE, QUEUE_TIMEOUT, CONNECTION_DROPPED -> UNREACHABLE;
            default -> ERROR;
        };
    }
}
