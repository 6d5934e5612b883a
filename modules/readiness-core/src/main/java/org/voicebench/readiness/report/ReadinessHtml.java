package org.voicebench.readiness.report;

import static org.voicebench.certcheck.report.ReportHtml.escape;

import java.util.List;
import org.voicebench.audit.report.StackedBars;
import org.voicebench.certcheck.NextItl;
import org.voicebench.readiness.Outcome;
import org.voicebench.readiness.PhoneAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.certcheck.report.ReportHtml;

/**
 * The readiness report as one self-contained HTML page (inline styles and SVG, no scripts) for the change ticket:
 * the verdict, the change and what it does to each node's ITL, outcomes by model as a chart, and every phone, the
 * blocking ones first. Every text from phones and files is escaped.
 */
public final class ReadinessHtml {

    private static final String STYLE = ReportHtml.BANNER_STYLE + ".outcome{font-weight:bold}\n";

    private ReadinessHtml() {
    }

    public static String render(ReadinessReport report) {
        int blocked = report.factoryResetOnly().size();
        String headline = blocked == 0 ? "No phone would need a factory reset after the change"
                : blocked + " of " + report.phones().size() + " phones would need a factory reset after the change";
        StringBuilder out = ReportHtml.page("Readiness: " + headline, STYLE);
        ReportHtml.banner(out, report.ready(), headline, "Change: " + String.join(" + ", report.change()) + "; checked "
                + report.started());
        nextItls(out, report.nextItls());
        counts(out, report);
        StackedBars.svg(out, "Outcomes by model", report.countsByModel(), List.of(Outcome.values()), OutcomeColors::css);
        phones(out, report);
        return out.append("</body>\n</html>\n").toString();
    }

    private static void nextItls(StringBuilder out, List<NextItl> next) {
        out.append("<h2>The cluster's ITLs after the change</h2>\n<table class=\"next\">\n<tr><th>Node</th><th>Signed by"
                + " today</th><th>Signed by after</th><th>Records that change</th></tr>\n");
        for (NextItl n : next) {
            StringBuilder recs = new StringBuilder();
            n.changed().forEach(r -> recs.append(recs.length() == 0 ? "" : "; ").append(r.index()).append(' ')
                    .append(r.function()).append(' ').append(r.role()));
            out.append("<tr><td>").append(escape(n.node())).append("</td><td>").append(escape(n.signerBefore()))
                    .append("</td><td>").append(escape(n.signerAfter())).append("</td><td>")
                    .append(escape(recs.length() == 0 ? "none" : recs.toString())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }

    private static void counts(StringBuilder out, ReadinessReport report) {
        out.append("<h2>Phones by outcome</h2>\n<table class=\"counts\">\n<tr>");
        report.counts().forEach((o, n) -> out.append("<th style=\"color:").append(OutcomeColors.css(o)).append("\">")
                .append(o.name()).append("</th>"));
        out.append("</tr>\n<tr>");
        report.counts().forEach((o, n) -> out.append("<td>").append(n).append("</td>"));
        out.append("</tr>\n</table>\n");
    }

    private static void phones(StringBuilder out, ReadinessReport report) {
        out.append("<h2>Phones (blocking first)</h2>\n<table class=\"phones\">\n<tr><th>Phone</th><th>Address</th>"
                + "<th>Model</th><th>Registered</th><th>Web</th><th>Settings</th><th>Auth URL</th><th>ITL today</th>"
                + "<th>After the change</th><th>Outcome</th><th>Why</th></tr>\n");
        for (PhoneReadiness p : report.phones()) {
            PhoneAccess a = p.access();
            out.append("<tr><td>").append(escape(p.name())).append("</td><td>").append(escape(p.today().address()))
                    .append("</td><td>").append(escape(p.model())).append("</td><td>")
                    .append(a.registered() == null ? "?" : a.registered() ? "yes" : "no").append("</td><td>")
                    .append(a.webAccess() == null ? "?" : a.webAccess().name()).append("</td><td>")
                    .append(a.settingsAccess() == null ? "?" : a.settingsAccess().name()).append("</td><td>")
                    .append(a.authenticationScheme().name()).append("</td><td>").append(p.today().state().name())
                    .append("</td><td>").append(p.after().verdict().name()).append("</td><td class=\"outcome\" style=\"color:")
                    .append(OutcomeColors.css(p.outcome())).append("\">").append(p.outcome().name()).append("</td><td>")
                    .append(escape(p.reason())).append("</td></tr>\n");
        }
        out.append("</table>\n");
    }
}
