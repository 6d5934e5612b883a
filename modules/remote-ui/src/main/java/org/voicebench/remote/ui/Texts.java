package org.voicebench.remote.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;

/** The words for phone states and failures, shared by the Phones window and the remote views. */
@Messages({
    "STATE_UNKNOWN=not checked",
    "STATE_REACHABLE=reachable",
    "STATE_AUTH_OK=authentication OK",
    "STATE_AUTH_FAILED=authentication failed",
    "STATE_WEB_ACCESS_OFF=web access off",
    "STATE_UNREACHABLE=unreachable",
    "STATE_ERROR=error",
    "ITL_Unknown=",
    "ITL_None=no ITL",
    "ITL_Installed=ITL installed",
    "# {0} - first characters of the hash", "ITL_InstalledHash=ITL {0}\u2026",
    "# {0} - user", "BANNER_AuthFailed=Authentication failed: the phone refused user \"{0}\". Check that the user is associated"
            + " with the phone (controlled devices in CUCM), that the password is right, and that the phone''s"
            + " Authentication URL answers AUTHORIZED.",
    "BANNER_NoCredentials=Authentication failed: no user and password are set for this phone. Set them (per phone or per"
            + " group) with Credentials in the Phones window; the user must be associated with the phone in CUCM.",
    "BANNER_WebAccessOff=Web access is disabled on this phone (the connection is refused), or the phone is rebooting."
            + " Enable Web Access in the phone''s configuration in CUCM.",
    "BANNER_Unreachable=The phone cannot be reached: check the address, routing and firewalls, and that it is powered on.",
    "BANNER_Rebooting=The phone dropped the connection: it is probably rebooting. The view keeps trying.",
    "# {0} - URI", "# {1} - the phone's answer", "BANNER_Rejected=The phone rejected {0} ({1}): it does not accept it"
            + " in its current state, or this model has no such key.",
    "BANNER_Slow=The phone is busy: the request waited too long behind other requests. Try again or slow down.",
    "# {0} - what CTI said", "BANNER_Cti=Over CTI: {0}",
    "# {0} - what CTI said", "BANNER_CtiUnusable=Keys over CTI cannot be used: {0}",
    "# {0} - the client's description", "BANNER_Unexpected=The phone answered unexpectedly: {0}"
})
final class Texts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private Texts() {
    }

    static String state(PhoneState s) {
        return switch (s) {
            case UNKNOWN -> Bundle.STATE_UNKNOWN();
            case REACHABLE -> Bundle.STATE_REACHABLE();
            case AUTH_OK -> Bundle.STATE_AUTH_OK();
            case AUTH_FAILED -> Bundle.STATE_AUTH_FAILED();
            case WEB_ACCESS_OFF -> Bundle.STATE_WEB_ACCESS_OFF();
            case UNREACHABLE -> Bundle.STATE_UNREACHABLE();
            case ERROR -> Bundle.STATE_ERROR();
        };
    }

    static String itl(PhoneProbe.Result r) {
        if (r == null || r.itlInstalled() == null) {
            return Bundle.ITL_Unknown();
        }
        if (!r.itlInstalled()) {
            return Bundle.ITL_None();
        }
        return r.itlHash() == null ? Bundle.ITL_Installed()
                : Bundle.ITL_InstalledHash(r.itlHash().substring(0, Math.min(8, r.itlHash().length())).toUpperCase(Locale.ROOT));
    }

    /** The banner when CTI could not be opened for a view's keys (no phone was touched). */
    static String ctiUnusable(String reason) {
        return Bundle.BANNER_CtiUnusable(reason);
    }

    static String time(Instant t) {
        return t == null ? "" : TIME.format(t.atZone(ZoneId.systemDefault()));
    }

    /**
     * The banner for a failed request: the exact cause and what to do, never a stack trace.
     *
     * @param user the user the request was sent with, or null when none was set
     * @param uri  the Execute URI sent, or null for other requests
     * @return the text, or null for a cancelled request (nothing to show)
     */
    static String banner(PhoneException e, String user, String uri) {
        return switch (e.failure()) {
            case AUTH_FAILED -> user == null ? Bundle.BANNER_NoCredentials() : Bundle.BANNER_AuthFailed(user);
            case WEB_ACCESS_DISABLED -> Bundle.BANNER_WebAccessOff();
            case UNREACHABLE -> Bundle.BANNER_Unreachable();
            case CONNECTION_DROPPED -> Bundle.BANNER_Rebooting();
            case URI_REJECTED -> Bundle.BANNER_Rejected(uri == null ? "" : uri, e.detail() == null ? "" : e.detail());
            case QUEUE_TIMEOUT -> Bundle.BANNER_Slow();
            case CTI_NOT_CONTROLLED, CTI_OUT_OF_SERVICE, CTI_REFUSED -> Bundle.BANNER_Cti(e.getMessage());
            case CANCELLED -> null;
            default -> Bundle.BANNER_Unexpected(e.getMessage());
        };
    }
}
