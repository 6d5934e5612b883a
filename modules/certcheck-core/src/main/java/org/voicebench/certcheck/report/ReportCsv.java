package org.voicebench.certcheck.report;

import java.util.List;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.RecordRow;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.trust.TrustRecord;

/**
 * A {@link TrustCheckReport} as CSV tables for spreadsheets and scripts (RFC 4180: CRLF line ends,
 * fields with a comma, quote or line break in double quotes, quotes doubled). Each table starts
 * with a header line; the columns are stable (only ever added at the end).
 */
public final class ReportCsv {

    /** Columns of {@link #findings}. */
    public static final List<String> FINDING_COLUMNS = List.of("severity", "code", "message", "remedy", "records",
            "certificates");
    /** Columns of {@link #certificates}. */
    public static final List<String> CERTIFICATE_COLUMNS = List.of("role", "node", "subject", "serial", "sha256",
            "not_after", "status", "phone_records", "detail", "sources");
    /** Columns of {@link #records}. */
    public static final List<String> RECORD_COLUMNS = List.of("index", "function", "subject", "serial", "status",
            "cluster_certificate", "detail");

    private ReportCsv() {
    }

    /** One line per finding, most severe first (as the report orders them). */
    public static String findings(TrustCheckReport report) {
        StringBuilder out = new StringBuilder();
        line(out, FINDING_COLUMNS);
        for (Finding f : report.findings()) {
            line(out, List.of(f.severity().name(), f.code().name(), f.message(), f.remedy(),
                    ReportText.records(f.records()), ReportText.certificates(f.certificates())));
        }
        return out.toString();
    }

    /** The certificate-by-certificate matrix: one line per cluster certificate. */
    public static String certificates(TrustCheckReport report) {
        StringBuilder out = new StringBuilder();
        line(out, CERTIFICATE_COLUMNS);
        for (CertificateRow row : report.certificates()) {
            ClusterCertificate c = row.certificate();
            line(out, List.of(c.role().label(), ReportText.orEmpty(c.node()), c.certificate().subject(),
                    c.certificate().serialHex(), c.sha256(), c.certificate().notAfter().toString(), row.status().name(),
                    ReportText.indexes(row.records()), ReportText.orEmpty(row.detail()), String.join("; ", c.sources())));
        }
        return out.toString();
    }

    /** One line per record of the phone's trust list. */
    public static String records(TrustCheckReport report) {
        StringBuilder out = new StringBuilder();
        line(out, RECORD_COLUMNS);
        for (RecordRow row : report.records()) {
            TrustRecord r = row.record();
            line(out, List.of(String.valueOf(r.index()), ReportText.orEmpty(r.functionLabel()),
                    ReportText.orEmpty(r.subjectName()), ReportText.orEmpty(r.serialHex()), row.status().name(),
                    row.match() == null ? "" : row.match().label(), ReportText.orEmpty(row.detail())));
        }
        return out.toString();
    }

    /** A field as RFC 4180 writes it. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0 && v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
            return v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }
}
