package org.voicebench.certcheck;

/** Where a record of the phone's trust list stands against the cluster. */
public enum RecordStatus {
    /** Its certificate is one of the cluster's current certificates. */
    CURRENT,
    /** The cluster has a newer certificate with the same subject: this one was replaced. */
    STALE,
    /** The cluster has no certificate with this subject (another cluster, or certificates not supplied). */
    UNKNOWN,
    /** The record carries no certificate (rollback ITL, CTL after leaving mixed mode). */
    EMPTY
}
