package org.voicebench.certcheck;

/** Which key signs the cluster's ITL. */
public enum SigningRule {
    /** From the cluster's trust list when given; otherwise CUCM 12+ when the ITLRecovery certificate is known. */
    AUTO,
    /** CUCM 12.0 and later: ITL and tokenless CTL signed by ITLRecovery. */
    CUCM_12,
    /** Before CUCM 12.0 (or after {@code utils itl reset localkey}): the TFTP node's CallManager key. */
    PRE_12
}
