package org.voicebench.certcheck;

/** The answer to "will phones holding this trust list still trust the cluster?". */
public enum Verdict {
    /** Phones accept the cluster's trust lists and config files with what they hold. */
    OK,
    /** Phones accept them only through a TVS that knows the new certificates: they must be online and reach it. */
    RECOVERABLE_VIA_TVS,
    /** Phones reject the cluster's files: the ITL must be deleted on them. */
    PHONES_WILL_REJECT
}
