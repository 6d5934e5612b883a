package org.voicebench.certcheck.ui;

import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.RecordRef;

/** The text shown for the selected finding: what, what to do, and what is involved. */
@Messages({
    "# {0} - code", "# {1} - severity", "DETAIL_Title={0} ({1})",
    "DETAIL_Remedy=What to do:",
    "DETAIL_NoRemedy=Nothing needs doing.",
    "DETAIL_Records=Trust-list records:",
    "DETAIL_Certificates=Cluster certificates:",
    "# {0} - label", "# {1} - subject", "# {2} - serial", "# {3} - source",
    "DETAIL_Certificate={0}  {1}  serial {2}  ({3})"
})
final class FindingText {

    private FindingText() {
    }

    static String of(Finding f) {
        StringBuilder b = new StringBuilder();
        b.append(Bundle.DETAIL_Title(f.code().name(), f.severity().name())).append("\n\n");
        b.append(f.message()).append("\n\n");
        b.append(Bundle.DETAIL_Remedy()).append('\n');
        b.append(f.remedy().isEmpty() ? Bundle.DETAIL_NoRemedy() : f.remedy()).append('\n');
        if (!f.records().isEmpty()) {
            b.append('\n').append(Bundle.DETAIL_Records()).append(' ');
            b.append(String.join(", ", f.records().stream().map(RecordRef::toString).toList())).append('\n');
        }
        if (!f.certificates().isEmpty()) {
            b.append('\n').append(Bundle.DETAIL_Certificates()).append('\n');
            for (ClusterCertificate c : f.certificates()) {
                b.append("  ").append(Bundle.DETAIL_Certificate(c.label(), c.certificate().subject(),
                        c.certificate().serialHex(), c.source())).append('\n');
            }
        }
        return b.toString();
    }
}
