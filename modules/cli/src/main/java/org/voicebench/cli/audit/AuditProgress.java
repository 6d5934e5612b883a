package org.voicebench.cli.audit;

import java.io.PrintWriter;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;

/** One line on stderr per phone and phase, as the audit's worker threads report them. */
final class AuditProgress implements AuditListener {

    private final PrintWriter err;

    AuditProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void phoneAssessed(PhoneAudit phone, int done, int total) {
        line("[assess " + done + "/" + total + "] " + who(phone) + ": " + phone.state()
                + (phone.assessment().reason().isEmpty() ? "" : " (" + phone.assessment().reason() + ")"));
    }

    @Override
    public void restartFinished(PhoneResult r, int done, int total) {
        line("[restart " + done + "/" + total + "] " + ended(r));
    }

    @Override
    public void restartDidNotFix(PhoneAudit phone, String why) {
        line("[restart] " + who(phone) + ": not fixed, erasing next (" + why + ")");
    }

    @Override
    public void macroFinished(PhoneResult r, int done, int total) {
        line("[erase " + done + "/" + total + "] " + ended(r));
    }

    private static String ended(PhoneResult r) {
        return r.address() + (r.name().isEmpty() ? "" : " " + r.name()) + ": " + r.outcome()
                + (r.outcome().succeeded() || r.outcome() == Outcome.CANCELLED ? ""
                        : " at step " + r.step() + (r.message().isEmpty() ? "" : ": " + r.message()));
    }

    @Override
    public void phoneVerified(AuditRow row, int done, int total) {
        line("[verify " + done + "/" + total + "] " + who(row.phone()) + ": " + row.state() + " (" + row.reason() + ")");
    }

    void line(String text) {
        synchronized (err) {
            err.println(text);
            err.flush();
        }
    }

    private static String who(PhoneAudit p) {
        return p.address() + (p.phone().name().isEmpty() ? "" : " " + p.phone().name());
    }
}
