package org.voicebench.cli.readiness;

import java.io.PrintWriter;
import java.util.Locale;
import org.voicebench.certcheck.NextItl;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignPlan;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.PhoneAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;

/** The readiness report, the campaign plan and its result as text for a terminal. */
final class ReadinessTable {

    private final PrintWriter out;

    ReadinessTable(PrintWriter out) {
        this.out = out;
    }

    void report(ReadinessReport r) {
        out.println("Change: " + String.join(" + ", r.change()));
        for (NextItl n : r.nextItls()) {
            out.println("  " + n.node() + ": signed by " + n.signerBefore() + " -> " + n.signerAfter() + "; "
                    + (n.changed().isEmpty() ? "no record changes" : n.changed().size() + " record(s) change: "
                    + String.join(", ", n.changed().stream().map(c -> c.index() + " " + c.function() + " " + c.role()).toList())));
        }
        out.printf(Locale.ROOT, "%-18s %-16s %-21s %-8s %-4s %-8s %-10s %-5s %-9s %-18s %s%n", "OUTCOME", "PHONE", "ADDRESS",
                "MODEL", "REG", "WEB", "SETTINGS", "AUTH", "ITL", "AFTER", "WHY");
        for (PhoneReadiness p : r.phones()) {
            PhoneAccess a = p.access();
            out.printf(Locale.ROOT, "%-18s %-16s %-21s %-8s %-4s %-8s %-10s %-5s %-9s %-18s %s%n", p.outcome(), p.name(),
                    p.today().address(), p.model(), a.registered() == null ? "?" : a.registered() ? "yes" : "no",
                    a.webAccess() == null ? "?" : a.webAccess(), a.settingsAccess() == null ? "?" : a.settingsAccess(),
                    a.authenticationScheme() == PhoneAccess.Scheme.UNKNOWN ? "?" : a.authenticationScheme(),
                    p.today().state(), p.after().verdict(), p.reason());
        }
        StringBuilder counts = new StringBuilder();
        r.counts().forEach((o, n) -> {
            if (n > 0) {
                counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(o);
            }
        });
        out.println(r.phones().size() + " phone(s): " + counts + (r.ready() ? "; no phone would need a factory reset"
                : "; " + r.factoryResetOnly().size() + " would need a factory reset"));
        out.flush();
    }

    void plan(CampaignPlan plan) {
        out.println("Prepare: " + plan.summary());
        for (CampaignPhone p : plan.phones()) {
            out.println("  " + p.device() + " " + p.address() + ": " + String.join("; ", p.changes()));
        }
        plan.unreadable().forEach((d, why) -> out.println("  " + d + ": left alone, its configuration cannot be read: " + why));
        if (!plan.unchanged().isEmpty()) {
            out.println("  " + plan.unchanged().size() + " phone(s) already have Web and Settings Access");
        }
        out.flush();
    }

    void campaign(CampaignResult r) {
        out.println((r.restore() ? "Restore" : "Prepare") + (r.cancelled() ? " cancelled (run again with the same journal"
                + " to resume)" : "") + ":");
        for (CampaignPhone p : r.phones()) {
            out.println("  " + p.state() + " " + p.device() + " " + p.address() + (p.note().isEmpty() ? "" : ": " + p.note()));
        }
        out.println(r.failures().isEmpty() ? "  every phone " + (r.restore() ? "is back as it was" : "took its settings")
                : "  " + r.failures().size() + " phone(s) did not " + (r.restore() ? "go back" : "take them"));
        out.flush();
    }
}
