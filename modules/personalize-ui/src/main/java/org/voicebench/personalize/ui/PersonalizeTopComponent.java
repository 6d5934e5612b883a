package org.voicebench.personalize.ui;

import java.awt.BorderLayout;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** One Personalize window (content: {@link PersonalizePanel}); closing it cancels a push still going. */
@TopComponent.Description(preferredID = "PersonalizeTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@Messages({
    "# {0} - phones", "CTL_Personalize=Personalize: {0} phone(s)",
    "HINT_Personalize=Background and ring tone for the phones selected in the Phones window"
})
final class PersonalizeTopComponent extends TopComponent {

    private final PersonalizePanel panel;

    private PersonalizeTopComponent(PersonalizePanel panel, int phones) {
        this.panel = panel;
        setName(Bundle.CTL_Personalize(phones));
        setToolTipText(Bundle.HINT_Personalize());
        setLayout(new BorderLayout());
        add(panel, BorderLayout.CENTER);
    }

    /** Shows the panel in a new window of the editor area. Swing thread. */
    static void show(PersonalizePanel panel) {
        PersonalizeTopComponent tc = new PersonalizeTopComponent(panel, panel.table().getModel().getRowCount());
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
    }

    @Override
    protected void componentClosed() {
        panel.close();
    }
}
