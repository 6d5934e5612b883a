package org.voicebench.audit;

/** Where a phone ends in an audit: its ITL state, and after a fix run what the fix achieved. */
public enum AuditState {
    /** It holds the cluster's current ITL (nothing to do). */
    MATCH,
    /** It holds another ITL (audit without fixing). */
    MISMATCH,
    /** It holds no ITL (audit without fixing). */
    NOT_INSTALLED,
    /** It could not be asked (audit without fixing); the reason says why. */
    UNKNOWN,
    /** Its ITL was erased and it came back holding the cluster's current ITL. */
    FIXED,
    /** The erase was attempted but the phone still holds another ITL (or none). */
    STILL_MISMATCHED,
    /** The erase was sent but the phone did not come back within the wait. */
    DID_NOT_RETURN,
    /**
     * Its ITL was erased over CTI and CUCM shows it registered again since (RIS), but its pages cannot be read
     * (web access off) to confirm the ITL it holds now.
     */
    RESTARTED,
    /** It was not MATCH and the plan skipped it; the reason says why. */
    NOT_ATTEMPTED;

    /** True for the states that mean the phone trusts the cluster: {@code MATCH} and {@code FIXED}. */
    public boolean trusted() {
        return this == MATCH || this == FIXED;
    }

    /** The state of an audit without fixing. */
    public static AuditState of(ItlState state) {
        return switch (state) {
            case MATCH -> MATCH;
            case MISMATCH -> MISMATCH;
            case NOT_INSTALLED -> NOT_INSTALLED;
            case UNKNOWN -> UNKNOWN;
        };
    }
}
