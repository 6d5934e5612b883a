package org.voicebench.certcheck;

/** Stable finding codes: scripts rely on them, so codes are only ever added. */
public enum FindingCode {
    /** The cluster's new ITL/CTL is signed by a key that is no SAST record of the phone's list. */
    ITL_SIGNER_UNTRUSTED,
    /** Config files are signed by a CallManager key that is no TFTP/CCM+TFTP record of the phone's list. */
    CONFIG_SIGNER_UNTRUSTED,
    /** A TVS listed in the phone's list still presents the same certificate and can vouch for new ones. */
    TVS_CAN_VOUCH,
    /** No TVS record of the phone's list matches a TVS of the cluster. */
    NO_TVS_MATCH,
    /** A cluster certificate differs from the one the phone holds for the same role and subject (regenerated). */
    CERT_CHANGED,
    /** A cluster certificate the trust list should carry is not in it. */
    CERT_MISSING_FROM_ITL,
    /** A record of the phone's list holds a certificate the cluster no longer uses. */
    STALE_RECORD,
    /** A record's certificate is not known to the cluster at all. */
    UNKNOWN_RECORD,
    /** A certificate is past its end of validity. */
    CERT_EXPIRED,
    /** A certificate expires within the warning window. */
    CERT_EXPIRES_SOON,
    /** A trust list is over the 64 KB phones can load. */
    ITL_TOO_LARGE,
    /** A trust list whose TVS/TFTP records carry no certificate (prepared for rollback). */
    ROLLBACK_ITL,
    /** The ITLRecovery key is under 2048 bits. */
    WEAK_RECOVERY_KEY,
    /** A CTL whose SAST records match neither the current ITLRecovery nor a CallManager. */
    CTL_NO_VALID_SAST,
    /** A CTL whose CCM+TFTP records are emptied: the cluster left mixed mode. */
    CTL_RECORDS_EMPTIED,
    /** A signature does not match its signer's key, or cannot be checked. */
    SIGNATURE_INVALID,
    /** Nothing the phone holds lets it trust the cluster any more. */
    ALL_TRUST_LOST
}
