package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** The results of one macro's runs (content: {@link MacroRunPanel}); closing it cancels a run still going. */
@TopComponent.Description(preferredID = "MacroRunTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - macro name", "CTL_MacroRun=Run: {0}",
    "HINT_MacroRun=Results of a macro run, phone by phone"
})
final class MacroRunTopComponent extends TopComponent {

    private final MacroRunPanel panel;

    private MacroRunTopComponent(MacroRunPanel panel) {
        this.panel = panel;
        setName(Bundle.CTL_MacroRun(panel.macro().name()));
        setToolTipText(Bundle.HINT_MacroRun());
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
    }

    /** Shows the panel in a new window of the output area. Swing thread. */
    static void show(MacroRunPanel panel) {
        MacroRunTopComponent tc = new MacroRunTopComponent(panel);
        Mode output = WindowManager.getDefault().findMode("output");
        if (output != null) {
            output.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
    }

    @Override
    protected void componentClosed() {
        panel.cancelRun();
    }
}
