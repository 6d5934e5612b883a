package org.voicebench.certcheck.ui;

import java.awt.BorderLayout;
import java.nio.file.Path;
import org.openide.util.NbBundle.Messages;
import org.openide.modules.Places;
import org.openide.windows.TopComponent;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.openide.windows.WindowManager;

/** The Trust Check window (one per application, in the editor area); content: {@link TrustCheckPanel}. */
@TopComponent.Description(preferredID = TrustCheckTopComponent.ID, persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "editor", openAtStartup = false, position = 600)
@Messages({
    "CTL_TrustCheckTopComponent=Trust Check",
    "HINT_TrustCheckTopComponent=Will phones holding this trust list still trust the cluster?"
})
public final class TrustCheckTopComponent extends TopComponent {

    static final String ID = "TrustCheckTopComponent";

    private final TrustCheckPanel panel;

    public TrustCheckTopComponent() {
        setName(Bundle.CTL_TrustCheckTopComponent());
        setToolTipText(Bundle.HINT_TrustCheckTopComponent());
        setLayout(new BorderLayout());
        panel = new TrustCheckPanel(CheckRunner.withDefaults(), PhoneLabService.getDefault(),
                Places.getCacheSubdirectory("voicebench/lab").toPath());
        add(panel, BorderLayout.CENTER);
    }

    /** The registered window (created on first use); on the Swing thread. */
    public static TrustCheckTopComponent findInstance() {
        TopComponent tc = WindowManager.getDefault().findTopComponent(ID);
        return tc instanceof TrustCheckTopComponent check ? check : new TrustCheckTopComponent();
    }

    /** Opens (or brings to front) the window; with a file, sets it as the phone's trust list. */
    public static TrustCheckTopComponent openWith(Path phoneList) {
        TrustCheckTopComponent tc = findInstance();
        if (phoneList != null) {
            tc.panel.presetPhoneList(phoneList);
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    public TrustCheckPanel panel() {
        return panel;
    }
}
