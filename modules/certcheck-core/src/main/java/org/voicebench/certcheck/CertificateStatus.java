package org.voicebench.certcheck;

/** Where a cluster certificate stands in the phone's trust list. */
public enum CertificateStatus {
    /** The same certificate, with a role it should have. */
    PRESENT,
    /** The same certificate, but only with another role. */
    PRESENT_OTHER_ROLE,
    /** A different certificate with the same role and subject: the cluster's was regenerated. */
    REGENERATED,
    /** Not in the list although this trust list should carry it. */
    MISSING,
    /** Not in the list, and this trust list does not carry it (tomcat, another node's CallManager in an ITL). */
    NOT_EXPECTED
}
