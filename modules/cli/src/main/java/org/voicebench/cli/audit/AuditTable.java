package org.voicebench.cli.audit;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PlanItem;
import org.voicebench.cli.text.Column;
import org.voicebench.cli.text.TextTable;

/** The audit as text: the plan before a fix, the phones' table and the counts after. */
final class AuditTable {

    private final PrintWriter out;
    private final int width;

    AuditTable(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    void plan(FixPlan plan) {
        List<PlanItem> restarting = plan.restarting();
        List<PlanItem> erasing = plan.erasing();
        List<PlanItem> skipped = plan.skipped();
        out.println("Plan: " + actions(plan) + ", skip " + skipped.size()
                + " (phones that match are left alone; a restart that does not fix a phone is followed by an erase)");
        if (!restarting.isEmpty()) {
            out.println("Restart:");
            items(restarting);
        }
        if (!erasing.isEmpty()) {
            out.println("Erase:");
            items(erasing);
        }
        if (!skipped.isEmpty()) {
            out.println("Skip:");
            items(skipped);
        }
        out.flush();
    }

    /** {@code restart 13 phone(s) and erase the ITL on 2 phone(s)}: what a confirmation asks about. */
    static String actions(FixPlan plan) {
        int restarts = plan.restarting().size();
        int erases = plan.erasing().size();
        String restart = "restart " + restarts + " phone(s)";
        String erase = "erase the ITL on " + erases + " phone(s) with " + plan.macro().name();
        return restarts > 0 && erases > 0 ? restart + " and " + erase : restarts > 0 ? restart : erase;
    }

    private void items(List<PlanItem> items) {
        TextTable t = new TextTable(Column.shrinkable("NAME", 8, 2), Column.fixed("ADDRESS"), Column.fixed("MODEL"),
                Column.fixed("FOUND"), Column.shrinkable("REASON", 20, 1));
        for (PlanItem i : items) {
            t.row(i.phone().phone().name(), i.phone().address(), i.phone().model(), i.phone().state().name(), i.reason());
        }
        t.print(out, "  ", width);
    }

    void phones(AuditReport report) {
        TextTable t = new TextTable(Column.shrinkable("NAME", 8, 2), Column.fixed("ADDRESS"), Column.fixed("MODEL"),
                Column.fixed("FOUND"), Column.fixed("STATE"), Column.shrinkable("REASON", 20, 1));
        for (AuditRow r : report.rows()) {
            t.row(r.phone().phone().name(), r.phone().address(), r.phone().model(), r.phone().state().name(),
                    r.state().name(), r.reason());
        }
        t.print(out, "", width);
        out.println(summary(report));
        out.flush();
    }

    /** {@code 5 phone(s): 4 FIXED, 1 MATCH; all trust the cluster}. */
    static String summary(AuditReport report) {
        Map<AuditState, Integer> counts = report.counts();
        long trusted = report.rows().stream().filter(r -> r.state().trusted()).count();
        return report.rows().size() + " phone(s): " + counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + (report.allTrusted() ? "; all trust the cluster"
                        : "; " + (report.rows().size() - trusted) + " do not trust the cluster");
    }
}
