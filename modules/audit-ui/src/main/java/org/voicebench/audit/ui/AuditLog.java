package org.voicebench.audit.ui;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.IOProvider;
import org.openide.windows.InputOutput;

/** The "Trust Audit" tab of the Output window: what each run found and did, with the time. */
@Messages("TAB_TrustAudit=Trust Audit")
final class AuditLog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private AuditLog() {
    }

    static void line(String text) {
        InputOutput io = IOProvider.getDefault().getIO(Bundle.TAB_TrustAudit(), false);
        io.getOut().println(LocalTime.now().format(TIME) + "  " + text);
    }

    static void error(String text) {
        InputOutput io = IOProvider.getDefault().getIO(Bundle.TAB_TrustAudit(), false);
        io.getErr().println(LocalTime.now().format(TIME) + "  " + text);
        io.select();
    }
}
