package org.voicebench.certcheck.report;

import java.util.List;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.RecordRow;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * A {@link TrustCheckReport} as one self-contained HTML page (styles inline, no scripts, no
 * external resources) to mail or attach to a change ticket: the verdict banner, the reasoning,
 * the findings with their remedies, the certificate-by-certificate matrix and the per-record
 * table. Every text from the inputs is escaped (file names and certificate subjects are
 * attacker-controlled). The markup is also well-formed XML, so tools can read it.
 */
public final class ReportHtml {

    /** The look every self-contained report shares: page, tables, headings. */
    private static final String BASE_STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
            th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:0.92em}
            th{background:#f0f0f0}
            """;
    /** A green (ok) or red (bad) banner at the top of a fleet report. */
    public static final String BANNER_STYLE = """
            .banner{padding:0.8em 1em;border-radius:6px;color:#fff;margin-bottom:1em}
            .ok{background:#2e7d32}.bad{background:#c62828}
            """;
    private static final String STYLE = """
            .verdict{padding:0.8em 1em;border-radius:6px;color:#fff;margin-bottom:1em}
            .verdict h1{margin:0 0 0.3em;font-size:1.4em}
            .OK{background:#2e7d32}.RECOVERABLE_VIA_TVS{background:#e08a00}.PHONES_WILL_REJECT{background:#c62828}
            .sev{font-weight:bold}.CRITICAL{color:#c62828}.WARNING{color:#b36b00}.INFO{color:#1565c0}
            .inputs td:first-child{width:12em;font-weight:bold}
            """;

    private ReportHtml() {
    }

    /** The whole page. */
    public static String render(TrustCheckReport report) {
        StringBuilder out = page("Trust check: " + report.verdict().name() + " - " + report.phoneList().source(), STYLE);
        banner(out, report);
        inputs(out, report);
        reasoning(out, report.reasoning());
        findings(out, report.findings());
        certificates(out, report.certificates());
        records(out, report.records());
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    /**
     * Opens a self-contained page for another report: the doctype, the escaped title, the shared style and
     * {@code style}, the body; the caller closes it with {@code </body></html>}.
     */
    public static StringBuilder page(String title, String style) {
        StringBuilder out = new StringBuilder(32_768);
        return out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape(title)).append("</title>\n<style>").append(BASE_STYLE).append(style)
                .append("</style>\n</head>\n<body>\n");
    }

    /** A banner ({@link #BANNER_STYLE}): green when {@code ok}, else red, with a heading and a line (both escaped). */
    public static void banner(StringBuilder out, boolean ok, String heading, String line) {
        out.append("<div class=\"banner ").append(ok ? "ok" : "bad").append("\"><h1>").append(escape(heading))
                .append("</h1>").append(escape(line)).append("</div>\n");
    }

    /** Text made safe for element content and attribute values (also for other self-contained reports). */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters are not allowed in HTML (nor XML) text: show them as a replacement
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append('\uFFFD');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    private static void banner(StringBuilder out, TrustCheckReport r) {
        Verdict v = r.verdict();
        out.append("<div class=\"verdict ").append(v.name()).append("\" id=\"verdict\">\n<h1>")
                .append(escape(v.name())).append("</h1>\n<p>").append(escape(ReportText.meaning(v)))
                .append("</p>\n</div>\n");
    }

    private static void inputs(StringBuilder out, TrustCheckReport r) {
        out.append("<h2>Inputs</h2>\n<table class=\"inputs\" id=\"inputs\">\n");
        row(out, "Phone trust list", describe(r.phoneList()));
        row(out, "Cluster trust list", r.clusterList() == null ? "not given" : describe(r.clusterList()));
        row(out, "Signed config file", r.configFile() == null ? "not given" : r.configFile().source());
        row(out, "Cluster certificates", String.valueOf(r.certificates().size()));
        row(out, "Checked at", r.checkedAt().toString());
        out.append("</table>\n");
    }

    private static String describe(TrustList list) {
        return list.source() + " (" + list.type() + ", " + list.records().size() + " records)";
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append("<tr><td>").append(escape(name)).append("</td><td>").append(escape(value)).append("</td></tr>\n");
    }

    private static void reasoning(StringBuilder out, List<String> steps) {
        out.append("<h2>Reasoning</h2>\n<ol id=\"reasoning\">\n");
        for (String s : steps) {
            out.append("<li>").append(escape(s)).append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static void findings(StringBuilder out, List<Finding> findings) {
        out.append("<h2>Findings (").append(findings.size()).append(")</h2>\n<table id=\"findings\">\n");
        header(out, "Severity", "Code", "Finding", "Remedy", "Records", "Certificates");
        for (Finding f : findings) {
            out.append("<tr><td class=\"sev ").append(f.severity().name()).append("\">")
                    .append(escape(f.severity().name())).append("</td>");
            cells(out, f.code().name(), f.message(), f.remedy(), ReportText.records(f.records()),
                    ReportText.certificates(f.certificates()));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static void certificates(StringBuilder out, List<CertificateRow> rows) {
        out.append("<h2>Cluster certificates against the phone&#39;s trust list</h2>\n<table id=\"certificates\">\n");
        header(out, "Role", "Node", "Subject", "Serial", "Expires", "Status", "Phone records", "Detail");
        for (CertificateRow row : rows) {
            ClusterCertificate c = row.certificate();
            out.append("<tr>");
            cells(out, c.role().label(), ReportText.orEmpty(c.node()), c.certificate().subject(),
                    c.certificate().serialHex(), c.certificate().notAfter().toString(), row.status().name(),
                    ReportText.indexes(row.records()), row.detail());
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static void records(StringBuilder out, List<RecordRow> rows) {
        out.append("<h2>Records of the phone&#39;s trust list</h2>\n<table id=\"records\">\n");
        header(out, "#", "Function", "Subject", "Serial", "Status", "Cluster certificate", "Detail");
        for (RecordRow row : rows) {
            TrustRecord r = row.record();
            out.append("<tr>");
            cells(out, String.valueOf(r.index()), r.functionLabel(), r.subjectName(), r.serialHex(),
                    row.status().name(), row.match() == null ? "" : row.match().label(), row.detail());
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static void header(StringBuilder out, String... names) {
        out.append("<tr>");
        for (String n : names) {
            out.append("<th>").append(escape(n)).append("</th>");
        }
        out.append("</tr>\n");
    }

    private static void cells(StringBuilder out, String... values) {
        for (String v : values) {
            out.append("<td>").append(escape(v)).append("</td>");
        }
    }
}
