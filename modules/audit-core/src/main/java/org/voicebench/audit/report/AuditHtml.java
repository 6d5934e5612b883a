package org.voicebench.audit.report;

import static org.voicebench.certcheck.report.ReportHtml.escape;

import java.util.Map;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.PhoneAudit;

/**
 * The audit as one self-contained HTML page (inline styles and SVG chart, no scripts, no external
 * resources) for the change ticket: the counts, the states by model as a chart, and every phone with
 * what was found, planned, done and why. Every text from phones and files is escaped; the markup is
 * well-formed XML.
 */
public final class AuditHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
            table{border-collapse:collapse;margin:0.5em 0 1.5em;width:100%}
            th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top;font-size:0.92em}
            th{background:#f0f0f0}
            .banner{padding:0.8em 1em;border-radius:6px;color:#fff;margin-bottom:1em}
            .ok{background:#2e7d32}.bad{background:#c62828}
            .state{font-weight:bold}
            """;
    private static final int BAR_WIDTH = 520;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 120;

    private AuditHtml() {
    }

    public static String render(AuditReport report) {
        StringBuilder out = new StringBuilder(32_768);
        int phones = report.rows().size();
        long trusted = report.rows().stream().filter(r -> r.state().trusted()).count();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(escape("Trust audit: " + trusted + " of " + phones + " phones trust the cluster"))
                .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<div class=\"banner ").append(report.allTrusted() ? "ok" : "bad").append("\"><h1>")
                .append(escape(trusted + " of " + phones + " phones trust the cluster"))
                .append("</h1>").append(escape((report.fixRun() ? "Audit with fix" : "Audit") + ", "
                        + report.started() + " to " + report.finished())).append("</div>\n");
        out.append("<p>Cluster ITLs compared with:</p>\n<ul>\n");
        for (String itl : report.clusterItls()) {
            out.append("<li>").append(escape(itl)).append("</li>\n");
        }
        out.append("</ul>\n");
        counts(out, report.counts());
        chart(out, report.countsByModel());
        phones(out, report);
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
        int max = byModel.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int height = ROW_HEIGHT * byModel.size() + 40;
        out.append("<h2>States by model</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"phones per state for each model\">\n");
        int y = 0;
        for (Map.Entry<String, Map<AuditState, Integer>> model : byModel.entrySet()) {
            out.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">").append(escape(model.getKey()))
                    .append("</text>\n");
            int x = LABEL_WIDTH;
            int total = 0;
            for (Map.Entry<AuditState, Integer> part : model.getValue().entrySet()) {
                int w = Math.max(1, part.getValue() * BAR_WIDTH / max);
                out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                        .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"")
                        .append(StateColors.css(part.getKey())).append("\"><title>").append(escape(model.getKey()))
                        .append(": ").append(part.getValue()).append(' ').append(part.getKey().name())
                        .append("</title></rect>\n");
                x += w;
                total += part.getValue();
            }
            out.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 17).append("\" font-size=\"12\">")
                    .append(total).append("</text>\n");
            y += ROW_HEIGHT;
        }
        int x = 0;
        for (AuditState s : AuditState.values()) {
            if (byModel.values().stream().anyMatch(m -> m.containsKey(s))) {
                out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 14).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(StateColors.css(s)).append("\"/><text x=\"").append(x + 16).append("\" y=\"")
                        .append(y + 25).append("\" font-size=\"12\">").append(s.name()).append("</text>\n");
                x += 30 + 8 * s.name().length();
            }
        }
        out.append("</svg>\n");
    }

    private static void phones(StringBuilder out, AuditReport report) {
        out.append("<h2>Phones</h2>\n<table class=\"phones\">\n<tr><th>Phone</th><th>Address</th><th>Model</th>"
                + "<th>TFTP server</th><th>Compared with</th><th>Found</th><th>Plan</th><th>Macro</th><th>State</th>"
                + "<th>Why</th></tr>\n");
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
                    .append(row.state().name()).append("</td><td>").append(escape(row.reason())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
