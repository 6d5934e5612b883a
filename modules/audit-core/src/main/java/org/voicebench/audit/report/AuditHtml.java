package org.voicebench.audit.report;

import static org.voicebench.certcheck.report.ReportHtml.escape;

import java.util.Map;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.certcheck.report.ReportHtml;

/**
 * The audit as one self-contained HTML page (inline styles and SVG chart, no scripts, no external
 * resources) for the change ticket: the counts, the states by model as a chart, and every phone with
 * what was found, planned, done and why. Every text from phones and files is escaped; the markup is
 * well-formed XML. Installed {@link ReportColumn}s add columns to the phones' table.
 *
 * @since VoiceBench 0.1 (audit-core 0.1.0)
 */
public final class AuditHtml {

    private static final String STYLE = ReportHtml.BANNER_STYLE + ".state{font-weight:bold}\n";

    private AuditHtml() {
    }

    /** The page with the {@link ReportColumn#installed() installed} columns after <i>Why</i>. */
    public static String render(AuditReport report) {
        return render(report, ReportColumn.installed());
    }

    /**
     * The page with these extra columns after <i>Why</i> (headed by their titles; the first of each id).
     *
     * @since VoiceBench 0.1 (audit-core 0.1.0)
     */
    public static String render(AuditReport report, java.util.List<ReportColumn> extra) {
        java.util.List<ReportColumn> columns = ReportColumns.distinct(extra);
        int phones = report.rows().size();
        long trusted = report.rows().stream().filter(r -> r.state().trusted()).count();
        String heading = trusted + " of " + phones + " phones trust the cluster";
        StringBuilder out = ReportHtml.page("Trust audit: " + heading, STYLE);
        ReportHtml.banner(out, report.allTrusted(), heading, (report.fixRun() ? "Audit with fix" : "Audit") + ", "
                + report.started() + " to " + report.finished());
        out.append("<p>Cluster ITLs compared with:</p>\n<ul>\n");
        for (String itl : report.clusterItls()) {
            out.append("<li>").append(escape(itl)).append("</li>\n");
        }
        out.append("</ul>\n");
        counts(out, report.counts());
        chart(out, report.countsByModel());
        phones(out, report, columns);
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private static void counts(StringBuilder out, Map<AuditState, Integer> counts) {
        out.append("<h2>Phones by state</h2>\n<table class=\"counts\">\n<tr>");
        counts.forEach((s, n) -> {
            if (n > 0) {
                out.append("<th style=\"color:").append(StateColors.css(s)).append("\">").append(s.name()).append("</th>");
            }
        });
        out.append("</tr>\n<tr>");
        counts.forEach((s, n) -> {
            if (n > 0) {
                out.append("<td>").append(n).append("</td>");
            }
        });
        out.append("</tr>\n</table>\n");
    }

    /** A stacked bar per model, widths proportional to the largest model's phone count. */
    private static void chart(StringBuilder out, Map<String, Map<AuditState, Integer>> byModel) {
        StackedBars.svg(out, "States by model", byModel, java.util.List.of(AuditState.values()), StateColors::css);
    }

    private static void phones(StringBuilder out, AuditReport report, java.util.List<ReportColumn> columns) {
        out.append("<h2>Phones</h2>\n<table class=\"phones\">\n<tr><th>Phone</th><th>Address</th><th>Model</th>"
                + "<th>TFTP server</th><th>Compared with</th><th>Found</th><th>Plan</th><th>Macro</th><th>State</th>"
                + "<th>Why</th>");
        columns.forEach(c -> out.append("<th>").append(escape(c.title())).append("</th>"));
        out.append("</tr>\n");
        for (AuditRow row : report.rows()) {
            PhoneAudit p = row.phone();
            out.append("<tr><td>").append(escape(p.phone().displayName())).append("</td><td>")
                    .append(escape(p.address())).append("</td><td>").append(escape(p.model())).append("</td><td>")
                    .append(escape(p.tftpServer())).append("</td><td>").append(escape(p.clusterItlFile())).append("</td><td>")
                    .append(p.state().name()).append("</td><td>")
                    .append(row.plan() == null ? "" : escape((row.plan().action().name().toLowerCase(java.util.Locale.ROOT) + ": ")
                            + row.plan().reason())).append("</td><td>")
                    .append(row.macro() == null ? "" : escape(row.macro().outcome().name())).append("</td><td class=\"state\""
                            + " style=\"color:").append(StateColors.css(row.state())).append("\">")
                    .append(row.state().name()).append("</td><td>").append(escape(row.reason())).append("</td>");
            columns.forEach(c -> out.append("<td>").append(escape(ReportColumns.value(c, row))).append("</td>"));
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }
}
