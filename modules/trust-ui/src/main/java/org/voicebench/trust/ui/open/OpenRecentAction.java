package org.voicebench.trust.ui.open;

import java.nio.file.Path;
import java.util.List;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.event.MenuEvent;
import javax.swing.event.MenuListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.actions.Presenter;
import org.voicebench.trust.ui.SubmenuAction;

/** File &gt; Open Recent: a submenu filled from {@link RecentFiles} each time it opens. */
@ActionID(category = "File", id = "org.voicebench.trust.ui.open.OpenRecentAction")
@ActionRegistration(displayName = "#CTL_OpenRecentAction", lazy = false)
@ActionReference(path = "Menu/File", position = 110)
@Messages({
    "CTL_OpenRecentAction=Open &Recent",
    "LBL_NoRecentFiles=No recent files",
    "CTL_ClearRecent=&Clear List"
})
public final class OpenRecentAction extends SubmenuAction implements Presenter.Menu {

    public OpenRecentAction() {
        super(Bundle.CTL_OpenRecentAction());
    }

    @Override
    public JMenuItem getMenuPresenter() {
        JMenu menu = newMenu();
        menu.addMenuListener(new MenuListener() {
            @Override
            public void menuSelected(MenuEvent e) {
                fill(menu, RecentFiles.getDefault());
            }

            @Override
            public void menuDeselected(MenuEvent e) {
            }

            @Override
            public void menuCanceled(MenuEvent e) {
            }
        });
        // an empty JMenu is not shown as a submenu by some look and feels
        fill(menu, RecentFiles.getDefault());
        return menu;
    }

    static void fill(JMenu menu, RecentFiles recent) {
        menu.removeAll();
        List<Path> files = recent.list();
        if (files.isEmpty()) {
            JMenuItem none = new JMenuItem(Bundle.LBL_NoRecentFiles());
            none.setEnabled(false);
            menu.add(none);
            return;
        }
        int n = 1;
        for (Path p : files) {
            JMenuItem item = new JMenuItem((n < 10 ? n + " " : "") + p.getFileName());
            if (n < 10) {
                item.setMnemonic('0' + n);
            }
            item.setToolTipText(p.toString());
            item.addActionListener(e -> TrustListOpener.getDefault().open(p));
            menu.add(item);
            n++;
        }
        menu.addSeparator();
        JMenuItem clear = new JMenuItem();
        Mnemonics.setLocalizedText(clear, Bundle.CTL_ClearRecent());
        clear.addActionListener(e -> recent.clear());
        menu.add(clear);
    }
}
