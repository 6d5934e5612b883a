package org.voicebench.trust.ui.samples;

import javax.swing.Action;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.awt.Actions;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;
import org.voicebench.trust.ui.SubmenuAction;

/** Help &gt; Sample Trust Lists: the sample actions and the Start window, as a submenu. */
@ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.SampleTrustListsMenu")
@ActionRegistration(displayName = "#CTL_SampleTrustListsMenu", lazy = false)
@ActionReference(path = "Menu/Help", position = 50)
@Messages("CTL_SampleTrustListsMenu=Sample &Trust Lists")
public final class SampleTrustListsMenu extends SubmenuAction implements Presenter.Menu {

    private static final String[] IDS = {
        "org.voicebench.trust.ui.samples.OpenSampleItlAction",
        "org.voicebench.trust.ui.samples.OpenSampleCtlAction",
        "org.voicebench.trust.ui.samples.CompareSampleItlsAction",
        null,
        "org.voicebench.trust.ui.samples.StartPageAction"
    };

    public SampleTrustListsMenu() {
        super(Bundle.CTL_SampleTrustListsMenu());
    }

    @Override
    public JMenuItem getMenuPresenter() {
        JMenu menu = newMenu();
        for (String id : IDS) {
            if (id == null) {
                menu.addSeparator();
                continue;
            }
            Action a = Actions.forID("Help", id);
            if (a != null) {
                JMenuItem item = new JMenuItem();
                Actions.connect(item, a, false);
                menu.add(item);
            }
        }
        return menu;
    }
}
