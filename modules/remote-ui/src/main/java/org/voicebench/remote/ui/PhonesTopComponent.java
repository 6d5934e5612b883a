package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.TopComponent;

/** Window &gt; Phones: the engineer's phones (content: {@link PhonesPanel}). */
@TopComponent.Description(preferredID = PhonesTopComponent.ID, iconBase = "org/voicebench/remote/ui/phone.png",
        persistenceType = TopComponent.PERSISTENCE_ALWAYS)
@TopComponent.Registration(mode = "explorer", openAtStartup = false, position = 300)
@ActionID(category = "Window", id = "org.voicebench.remote.ui.PhonesTopComponent")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 310),
    @ActionReference(path = "Toolbars/File", position = 600)
})
@TopComponent.OpenActionRegistration(displayName = "#CTL_PhonesAction", preferredID = PhonesTopComponent.ID)
@Messages({"CTL_PhonesAction=&Phones", "CTL_PhonesTopComponent=Phones",
    "HINT_PhonesTopComponent=Your phones, their status, credentials and remote views"})
public final class PhonesTopComponent extends TopComponent implements ExplorerManager.Provider {

    static final String ID = "PhonesTopComponent";

    private final PhonesPanel panel;

    public PhonesTopComponent() {
        setName(Bundle.CTL_PhonesTopComponent());
        setToolTipText(Bundle.HINT_PhonesTopComponent());
        setLayout(new BorderLayout());
        RemoteServices services = RemoteServices.getDefault();
        panel = new PhonesPanel(services, new NbPhoneDialogs(services.profiles()), e -> RemoteViewTopComponent.open(services, e));
        add(panel, BorderLayout.CENTER);
        associateLookup(ExplorerUtils.createLookup(panel.getExplorerManager(), getActionMap()));
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return panel.getExplorerManager();
    }

    PhonesPanel panel() {
        return panel;
    }
}
