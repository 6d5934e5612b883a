package org.voicebench.audit;

/** A phone's installed ITL against the ITL its TFTP node serves now. */
public enum ItlState {
    /** The phone holds exactly the cluster's current ITL. */
    MATCH,
    /** The phone holds another ITL (older, or another cluster's). */
    MISMATCH,
    /** The phone holds no ITL (it accepts the next one by leap of faith). */
    NOT_INSTALLED,
    /** The phone could not be asked or does not say (web access off, unreachable, authentication failed). */
    UNKNOWN
}
