package org.voicebench.lab.ui;

import java.awt.event.ActionEvent;
import javax.swing.Action;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;

/** Opens the Phone Lab window and starts the demo lab there; for {@code --demo}, then the Trust Audit window. */
@Messages("LOG_NoTrustAudit=The Trust Audit window is not installed: start the audit from the command line instead"
        + " (voicebench-cli audit).")
final class DemoLaunch {

    /** The Trust Audit window's open action (audit-ui registers it; category Window). */
    static final String TRUST_AUDIT_ID = "org.voicebench.audit.ui.OpenTrustAuditAction";

    private DemoLaunch() {
    }

    /** {@code --demo}: once the main window shows, the demo with a random password, then the Trust Audit window. */
    static void whenUiReady() {
        WindowManager.getDefault().invokeWhenUIReady(() -> openAndStart(true, DemoLaunch::openTrustAudit));
    }

    /** On the Swing thread: opens the Phone Lab window and starts the demo lab in it. */
    static void openAndStart(boolean randomPassword, Runnable whenRunning) {
        PhoneLabTopComponent tc = PhoneLabTopComponent.findInstance();
        tc.open();
        tc.requestActive();
        tc.panel().startDemo(randomPassword, whenRunning);
    }

    /** Opens the Trust Audit window when its module is there; logs that it is not otherwise. */
    static void openTrustAudit() {
        Action open = trustAuditAction();
        if (open == null) {
            LabSession.OUTPUT.line(Bundle.LOG_NoTrustAudit());
        } else {
            open.actionPerformed(new ActionEvent(open, ActionEvent.ACTION_PERFORMED, "open"));
        }
    }

    static Action trustAuditAction() {
        return Actions.forID("Window", TRUST_AUDIT_ID);
    }
}
