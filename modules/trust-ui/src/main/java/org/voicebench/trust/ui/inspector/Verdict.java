package org.voicebench.trust.ui.inspector;

import java.nio.file.Path;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * A signature verdict with what it was checked against: the file's own records, or another
 * trust list (a {@code .sgn} checked as a phone holding that list would).
 *
 * @param result the verifier's answer
 * @param trustList the list whose records {@link SignatureResult#signerRecord()} indexes
 * @param against the other trust list's path, or {@code null} when the file checked itself
 */
@Messages({
    "# {0} - record index", "# {1} - record function and subject",
    "BANNER_Valid=Signature VALID: signed by record {0} ({1})",
    "# {0} - detail", "BANNER_ValidNoRecord=Signature VALID: {0}",
    "# {0} - what does not match", "BANNER_Invalid=Signature INVALID: {0}",
    "# {0} - reason", "BANNER_Unverifiable=Signature UNVERIFIABLE: {0}",
    "# {0} - banner text", "# {1} - trust list file", "BANNER_Against={0} (checked against {1})",
    "# {0} - function", "# {1} - subject", "LBL_RecordDescription={0}, {1}"
})
public record Verdict(SignatureResult result, TrustList trustList, Path against) {

    public SignatureStatus status() {
        return result.status();
    }

    /**
     * One line for the banner. VALID names the signer record; INVALID and UNVERIFIABLE give the
     * verifier's reason (which names the record that failed).
     */
    public String text() {
        String detail = result.detail() == null ? "" : result.detail();
        String signer = describe(signerRecord());
        String text = switch (result.status()) {
            case VALID -> signer != null ? Bundle.BANNER_Valid(Integer.toString(result.signerRecord()), signer)
                    : Bundle.BANNER_ValidNoRecord(detail);
            case INVALID -> Bundle.BANNER_Invalid(detail);
            case UNVERIFIABLE -> Bundle.BANNER_Unverifiable(detail);
        };
        return against == null ? text : Bundle.BANNER_Against(text, against.getFileName().toString());
    }

    /** The signer record in {@link #trustList()}, or {@code null}. */
    public TrustRecord signerRecord() {
        Integer i = result.signerRecord();
        if (i == null || trustList == null || i < 1 || i > trustList.records().size()) {
            return null;
        }
        return trustList.records().get(i - 1);
    }

    private static String describe(TrustRecord r) {
        if (r == null) {
            return null;
        }
        String function = r.functionLabel() != null ? r.functionLabel() : "?";
        String subject = r.subjectName() != null ? r.subjectName() : r.dnsName() != null ? r.dnsName() : "";
        return Bundle.LBL_RecordDescription(function, subject);
    }
}
