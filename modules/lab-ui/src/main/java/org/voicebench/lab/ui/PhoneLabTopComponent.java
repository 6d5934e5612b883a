package org.voicebench.lab.ui;

import java.awt.BorderLayout;
import org.openide.util.NbBundle.Messages;
import org.openide.util.NbPreferences;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** The Phone Lab window (one per application, in the output area); content: {@link PhoneLabPanel}. */
@TopComponent.Description(preferredID = PhoneLabTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "output", openAtStartup = false, position = 500)
@Messages("CTL_PhoneLabTopComponent=Phone Lab")
public final class PhoneLabTopComponent extends TopComponent {

    static final String ID = "PhoneLabTopComponent";

    private final PhoneLabPanel panel;

    public PhoneLabTopComponent() {
        setName(Bundle.CTL_PhoneLabTopComponent());
        setLayout(new BorderLayout());
        panel = new PhoneLabPanel(NbPreferences.forModule(PhoneLabTopComponent.class), RunningLab.getDefault());
        add(panel, BorderLayout.CENTER);
    }

    /** The registered window (created on first use); on the Swing thread. */
    public static PhoneLabTopComponent findInstance() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof PhoneLabTopComponent lab ? lab : new PhoneLabTopComponent();
    }

    public PhoneLabPanel panel() {
        return panel;
    }
}
