package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

/** One phone's remote view (one window per phone, not kept across restarts); content: {@link RemotePanel}. */
@TopComponent.Description(preferredID = "RemoteViewTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - phone name", "CTL_RemoteView=Remote: {0}",
    "# {0} - address", "# {1} - model", "HINT_RemoteView={0} ({1})"
})
public final class RemoteViewTopComponent extends TopComponent {

    private final PhoneAddress address;
    private final RemotePanel panel;

    RemoteViewTopComponent(RemoteServices services, PhoneEntry entry) {
        this.address = entry.address();
        setName(Bundle.CTL_RemoteView(entry.displayName()));
        setToolTipText(Bundle.HINT_RemoteView(entry.address(), entry.model()));
        setLayout(new BorderLayout());
        panel = new RemotePanel(services, entry, new NbPhoneDialogs(services.profiles()));
        add(panel, BorderLayout.CENTER);
    }

    /** Opens the phone's remote view, or brings its open one to front. Swing thread. */
    static RemoteViewTopComponent open(RemoteServices services, PhoneEntry entry) {
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            if (tc instanceof RemoteViewTopComponent r && r.address.equals(entry.address())) {
                r.requestActive();
                return r;
            }
        }
        RemoteViewTopComponent r = new RemoteViewTopComponent(services, entry);
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(r);
        }
        r.open();
        r.requestActive();
        return r;
    }

    RemotePanel panel() {
        return panel;
    }

    @Override
    protected void componentActivated() {
        panel.screen().requestFocusInWindow();
    }

    @Override
    protected void componentClosed() {
        panel.close();
    }
}
