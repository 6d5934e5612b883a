package org.voicebench.audit;

import java.util.Objects;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * One phone as the audit found it.
 *
 * @param phone        the phone as listed (or discovered)
 * @param model        the model it reports ({@code CP-8845}), else as listed; "" when unknown
 * @param firmware     the firmware it reports, "" when unknown
 * @param tftpServer   its {@code TFTPServer1}, "" when it does not say
 * @param clusterItl   the cluster ITL it was compared with (file or URL: its node's {@code ITLSEP<MAC>.tlv} when
 *                     the node has one, else its {@code ITLFile.tlv}), "" when it was not asked
 * @param assessment   its ITL state and why
 * @param recovery     for a mismatch whose ITL is known: the comparer's verdict; else null
 * @param recoveryNote for a mismatch: will it recover on its own or must its ITL be deleted; else ""
 */
public record PhoneAudit(PhoneEntry phone, String model, String firmware, String tftpServer, String clusterItl,
                         ItlAssessment assessment, Verdict recovery, String recoveryNote) {

    public PhoneAudit {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(assessment, "assessment");
        model = model == null ? "" : model;
        firmware = firmware == null ? "" : firmware;
        tftpServer = tftpServer == null ? "" : tftpServer;
        clusterItl = clusterItl == null ? "" : clusterItl;
        recoveryNote = recoveryNote == null ? "" : recoveryNote;
    }

    /** The phone's address ({@code host:port}). */
    public String address() {
        return phone.address().toString();
    }

    public ItlState state() {
        return assessment.state();
    }

    /**
     * The name of the file it was compared with, as its TFTP node serves it: {@code ITLSEP<MAC>.tlv} (its own
     * ITL, which it loads instead of the default), {@code ITLFile.tlv}, or the name of the file given; "" when
     * it was not compared.
     */
    public String clusterItlFile() {
        return clusterItl.substring(Math.max(clusterItl.lastIndexOf('/'), clusterItl.lastIndexOf('\\')) + 1);
    }
}
