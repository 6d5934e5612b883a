package org.voicebench.certcheck;

/** How much a finding matters, lowest first. */
public enum Severity {
    /** Worth knowing; nothing breaks. */
    INFO,
    /** Something to fix before it bites, or phones recover only under a condition. */
    WARNING,
    /** Phones reject files or lose a trust path. */
    CRITICAL
}
