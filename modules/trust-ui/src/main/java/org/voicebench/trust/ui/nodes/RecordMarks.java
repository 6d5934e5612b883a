package org.voicebench.trust.ui.nodes;

import java.time.Instant;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustRecord;

/**
 * What the tree marks on a record: signer of the file, expired certificate, certificate not yet
 * valid, certificate that cannot be decoded.
 *
 * @param signer the record whose key checked the file's signature
 * @param expired the certificate is past its end of validity
 * @param notYetValid the certificate's validity has not started
 * @param unreadable the record carries a certificate that cannot be decoded
 */
public record RecordMarks(boolean signer, boolean expired, boolean notYetValid, boolean unreadable) {

    /** The marks of {@code record}, judged at {@code now}; {@code signerRecord} is a 1-based index or null. */
    public static RecordMarks of(TrustRecord record, Integer signerRecord, Instant now) {
        CertificateInfo c = record.certificate();
        return new RecordMarks(signerRecord != null && signerRecord == record.index(),
                c != null && c.expiredAt(now), c != null && c.notYetValidAt(now), record.certificateProblem() != null);
    }

    /** Whether anything is wrong with the certificate. */
    public boolean problem() {
        return expired || notYetValid || unreadable;
    }
}
