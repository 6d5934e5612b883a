package org.voicebench.audit;

import org.voicebench.macro.run.PhoneResult;

/**
 * Progress of an audit, for a progress bar or a live table. Called on the audit's worker threads;
 * implementations must be quick and thread-safe (hand over to the UI thread themselves).
 */
public interface AuditListener {

    /** A phone was probed and judged. */
    default void phoneAssessed(PhoneAudit phone, int done, int total) {
    }

    /** A phone's restart was sent (by its menu or by CUCM); its ITL is read again next. */
    default void restartFinished(PhoneResult result, int done, int total) {
    }

    /** A restart did not fix the phone: it is erased next, with the reason. */
    default void restartDidNotFix(PhoneAudit phone, String why) {
    }

    /** The erase macro ended on a phone; its ITL is read again next. */
    default void macroFinished(PhoneResult result, int done, int total) {
    }

    /** A phone's final state after the fix is known. */
    default void phoneVerified(AuditRow row, int done, int total) {
    }
}
