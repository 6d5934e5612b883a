package org.voicebench.cli.compare;

import java.io.PrintWriter;
import java.util.List;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.RecordRef;
import org.voicebench.certcheck.RecordRow;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.cli.text.Column;
import org.voicebench.cli.text.SubjectShortener;
import org.voicebench.cli.text.TextTable;
import org.voicebench.cli.text.Wrapped;
import org.voicebench.trust.TrustList;

/**
 * The human-readable {@code compare}: the inputs, the verdict and its reasoning, the findings with
 * remedies (most severe first), then the certificate and record tables.
 */
final class CompareReport {

    private final PrintWriter out;
    private final int width;

    CompareReport(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    void print(TrustCheckReport r) {
        Wrapped.print(out, "Phone list:   ", describe(r.phoneList()), width);
        Wrapped.print(out, "Cluster list: ", r.clusterList() == null ? "not given" : describe(r.clusterList()), width);
        if (r.configFile() != null) {
            Wrapped.print(out, "Config file:  ", r.configFile().source(), width);
        }
        out.println("Certificates: " + r.certificates().size() + " cluster certificates");
        out.println();
        out.println("Verdict: " + r.verdict());
        for (int i = 0; i < r.reasoning().size(); i++) {
            Wrapped.print(out, String.format("  %d. ", i + 1), r.reasoning().get(i), width);
        }
        out.println();
        out.println("Findings (" + r.findings().size() + ")");
        for (Finding f : r.findings()) {
            String lead = String.format("  %-8s  %s  ", f.severity(), f.code());
            Wrapped.print(out, lead, f.message(), width);
            String indent = " ".repeat(lead.length());
            if (!f.remedy().isEmpty()) {
                Wrapped.print(out, indent + "Remedy: ", f.remedy(), width);
            }
            if (!f.records().isEmpty()) {
                Wrapped.print(out, indent + "Records: ", String.join(", ", f.records().stream()
                        .map(RecordRef::toString).toList()), width);
            }
            if (!f.certificates().isEmpty()) {
                Wrapped.print(out, indent + "Certificates: ", String.join(", ", f.certificates().stream()
                        .map(ClusterCertificate::label).distinct().toList()), width);
            }
        }
        out.println();
        out.println("Cluster certificates");
        certificateTable(r.certificates()).print(out, "  ", width);
        out.println();
        out.println("Records of the phone's list");
        recordTable(r.records()).print(out, "  ", width);
    }

    private static String describe(TrustList l) {
        return l.source() + " (" + l.type() + ", " + l.records().size() + " records, " + l.size() + " bytes, SHA-1 "
                + l.hashes().sha1() + ")";
    }

    private static TextTable certificateTable(List<CertificateRow> rows) {
        TextTable t = new TextTable(Column.fixed("Certificate"), Column.fixed("Status"), Column.fixed("Records"),
                Column.shrinkable("Subject", 20, 2).shortenWith(new SubjectShortener()),
                Column.shrinkable("Serial", 12, 1), Column.fixed("Expires"));
        for (CertificateRow row : rows) {
            ClusterCertificate c = row.certificate();
            t.row(c.label(), row.status().name(), String.join(",", row.records().stream().map(String::valueOf).toList()),
                    c.certificate().subject(), c.certificate().serialHex(),
                    c.certificate().notAfter().toString().substring(0, 10));
        }
        return t;
    }

    private static TextTable recordTable(List<RecordRow> rows) {
        TextTable t = new TextTable(Column.fixed("#").rightAlign(), Column.fixed("Function"), Column.fixed("Status"),
                Column.shrinkable("Name", 16, 1).shortenWith(new SubjectShortener()),
                Column.shrinkable("Detail", 20, 2));
        for (RecordRow row : rows) {
            String name = row.record().subjectName() != null ? row.record().subjectName() : row.record().dnsName();
            t.row(String.valueOf(row.record().index()), row.record().functionLabel(), row.status().name(), name,
                    row.detail());
        }
        return t;
    }
}
