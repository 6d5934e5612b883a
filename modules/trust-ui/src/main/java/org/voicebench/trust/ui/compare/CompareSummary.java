package org.voicebench.trust.ui.compare;

import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.Header;
import org.voicebench.trust.TrustListDiff;

/** The lines above the compare table: signer change, header changes, record counts. */
@Messages({
    "# {0} - old signer", "# {1} - new signer", "SUM_SignerChanged=Signer CHANGED: {0} \u2192 {1}",
    "# {0} - signer", "SUM_SignerSame=Signer unchanged: {0}",
    "# {0} - field", "# {1} - old value", "# {2} - new value", "SUM_Header=Header {0}: {1} \u2192 {2}",
    "SUM_NoHeaderChanges=No header changes",
    "# {0} - unchanged", "# {1} - added", "# {2} - removed", "# {3} - changed",
    "SUM_Counts=Records: {0} unchanged, {1} added, {2} removed, {3} changed",
    "SUM_Identical=The two files carry the same header fields and records.",
    "SUM_None=(none)",
    "# {0} - name", "# {1} - serial", "SUM_Signer={0} (serial {1})"
})
public final class CompareSummary {

    private CompareSummary() {
    }

    public static List<String> lines(TrustListDiff d) {
        List<String> out = new ArrayList<>();
        String oldSigner = signer(d.oldFile().header());
        String newSigner = signer(d.newFile().header());
        out.add(d.signerChanged() ? Bundle.SUM_SignerChanged(oldSigner, newSigner) : Bundle.SUM_SignerSame(newSigner));
        if (d.headerChanges().isEmpty()) {
            out.add(Bundle.SUM_NoHeaderChanges());
        }
        for (TrustListDiff.FieldChange c : d.headerChanges()) {
            out.add(Bundle.SUM_Header(c.field(), text(c.oldValue()), text(c.newValue())));
        }
        out.add(Bundle.SUM_Counts(Integer.toString(d.unchanged()), Integer.toString(d.added().size()),
                Integer.toString(d.removed().size()), Integer.toString(d.changed().size())));
        if (d.identical()) {
            out.add(Bundle.SUM_Identical());
        }
        return out;
    }

    private static String signer(Header h) {
        return Bundle.SUM_Signer(text(h.signerName()), text(h.signerSerialHex()));
    }

    private static String text(String s) {
        return s == null ? Bundle.SUM_None() : s;
    }
}
