package org.voicebench.certcheck;

/** What an engineer does about each finding, in the words of the CUCM procedures. */
final class Remedies {

    static final String DELETE_ITL = "Delete the ITL on the affected phones (Settings > Security > Trust List > ITL File"
            + " > Erase, remotely by key presses with a VoiceBench macro, or by a factory reset): they accept the next"
            + " ITL by leap of faith.";
    static final String KEEP_TVS = "Keep the Cisco Trust Verification Service running on the nodes the phones' ITL"
            + " lists and the phones online with TCP 2445 open to them, then reset the phones so they fetch the new"
            + " files while TVS can vouch; phones offline until then need their ITL deleted.";
    static final String CONFIG_VIA_NEW_ITL = "Nothing to do if phones load the new ITL first (they do at every"
            + " reset): it lists the new CallManager certificate. Reset the phones after the change.";
    static final String NO_TVS_MATCH = "Bring back a TVS that presents the certificate the phones know (or restore"
            + " that TVS certificate); otherwise delete the ITL on the phones.";
    static final String NO_TVS_FALLBACK = "No action now; before the next certificate change, reset the phones so"
            + " they hold an ITL with the current TVS certificates.";
    static final String CERT_CHANGED = "Reset the phones so they load the new ITL; the verdict says whether they"
            + " will accept it.";
    static final String CERT_MISSING = "Restart the Cisco TFTP service so the trust list is rebuilt, check it with"
            + " 'show itl', then reset the phones.";
    static final String STALE_RECORD = "Phones replace these records when they accept the cluster's current ITL (see"
            + " the verdict).";
    static final String UNKNOWN_RECORD = "Check that the phone belongs to this cluster and that every node's"
            + " certificates were supplied.";
    static final String CERT_EXPIRED = "Regenerate the certificate (OS Administration > Security > Certificate"
            + " Management) one role at a time, then reset the phones and check them again.";
    static final String CERT_EXPIRES_SOON = "Plan the regeneration before it expires: one role at a time, on CUCM"
            + " 12+ with ITLRecovery unchanged so phones keep trusting the new ITL.";
    static final String ITL_TOO_LARGE = "Remove certificates phones do not need (decommissioned nodes, unused"
            + " trust certificates) and restart the Cisco TFTP service: phones fail to load trust lists over 64 KB.";
    static final String ROLLBACK_ITL = "Unless a rollback to a pre-8.0 release is under way, set the enterprise"
            + " parameter 'Prepare Cluster for Rollback to pre 8.0' to False and restart TFTP and TVS: phones holding"
            + " this list accept any file and HTTPS services fail on them.";
    static final String WEAK_RECOVERY_KEY = "Regenerate the ITLRecovery certificate with a 2048-bit key (run 'utils"
            + " itl reset localkey' first so phones keep trusting the cluster during the change).";
    static final String CTL_NO_VALID_SAST = "Delete the CTL on the affected phones (they accept the next CTL by leap"
            + " of faith); on a tokenless cluster run 'utils ctl update CTLFile' after every certificate change.";
    static final String CTL_RECORDS_EMPTIED = "The cluster left mixed mode ('utils ctl set-cluster non-secure-mode')."
            + " If unintended, set mixed mode again ('utils ctl set-cluster mixed-mode') and restart TFTP and"
            + " CallManager.";
    static final String SIGNATURE_INVALID = "Download the file again from the TFTP node; if it still fails, restart"
            + " the Cisco TFTP service so it signs the file again.";
    static final String TVS_NOT_GIVEN = "Give the cluster's TVS certificates (certificate files, or a live capture of"
            + " HOST:2445) so the check can tell whether TVS can vouch.";

    private Remedies() {
    }
}
