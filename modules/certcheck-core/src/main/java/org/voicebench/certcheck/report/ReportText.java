package org.voicebench.certcheck.report;

import java.util.List;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.RecordRef;
import org.voicebench.certcheck.Verdict;

/** The words the CSV and HTML reports share, so both name records, certificates and verdicts alike. */
final class ReportText {

    private ReportText() {
    }

    /** {@code phone #3; cluster #1}. */
    static String records(List<RecordRef> records) {
        return String.join("; ", records.stream().map(RecordRef::toString).toList());
    }

    /** {@code CallManager@cucm-pub (CN=cucm-pub.lab.example.com, serial 1a2b)}; several joined by "; ". */
    static String certificates(List<ClusterCertificate> certificates) {
        return String.join("; ", certificates.stream().map(ReportText::certificate).toList());
    }

    static String certificate(ClusterCertificate c) {
        return c.label() + " (" + c.certificate().subject() + ", serial " + c.certificate().serialHex() + ")";
    }

    /** Record indexes as {@code 2, 3}. */
    static String indexes(List<Integer> indexes) {
        return String.join(", ", indexes.stream().map(String::valueOf).toList());
    }

    /** One sentence per verdict, for readers who do not know the codes. */
    static String meaning(Verdict v) {
        return switch (v) {
            case OK -> "Phones keep working: they accept the cluster's trust lists and config files with what they hold.";
            case RECOVERABLE_VIA_TVS -> "Phones recover only through a TVS that knows the new certificates:"
                    + " they must be online and reach it.";
            case PHONES_WILL_REJECT -> "Phones reject the cluster's files: the ITL must be deleted on them.";
        };
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
