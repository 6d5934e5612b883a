package org.voicebench.trust.ui.compare;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.JTextField;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.FileChoosers;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.inspector.InspectorTopComponent;
import org.voicebench.trust.ui.inspector.InspectorWindows;

/** One side of the comparison: the chosen file and the ways to choose it. */
@Messages({
    "CTL_Choose=Choose...",
    "CTL_FromInspector=From Open Inspector",
    "LBL_NoInspectors=No inspector is open",
    "# {0} - OLD or NEW", "TITLE_ChooseSide=Choose the {0} Trust List"
})
final class SidePanel extends JPanel {

    private final JTextField path = new JTextField(40);
    private final String side;
    private final BiConsumer<Path, TrustList> chosen;

    /**
     * @param label the side's label with mnemonic
     * @param side the side's name for the chooser's title
     * @param chosen receives a chosen file, with its parsed list when it comes from an inspector
     */
    SidePanel(String label, String side, BiConsumer<Path, TrustList> chosen) {
        super(new BorderLayout(6, 0));
        this.side = side;
        this.chosen = chosen;
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, label);
        l.setLabelFor(path);
        path.setEditable(false);
        JButton choose = new JButton(Bundle.CTL_Choose());
        choose.addActionListener(e -> choose());
        JButton fromInspector = new JButton(Bundle.CTL_FromInspector());
        fromInspector.addActionListener(e -> inspectorMenu().show(fromInspector, 0, fromInspector.getHeight()));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        buttons.add(choose);
        buttons.add(fromInspector);
        add(l, BorderLayout.WEST);
        add(path, BorderLayout.CENTER);
        add(buttons, BorderLayout.EAST);
    }

    void show(Path file) {
        path.setText(file.toString());
        path.setCaretPosition(0);
    }

    void choose() {
        Path p = FileChoosers.openOne(Bundle.TITLE_ChooseSide(side));
        if (p != null) {
            chosen.accept(p, null);
        }
    }

    private JPopupMenu inspectorMenu() {
        JPopupMenu menu = new JPopupMenu();
        for (InspectorTopComponent tc : InspectorWindows.opened()) {
            InspectedFile f = tc.file();
            JMenuItem item = new JMenuItem(f.fileName());
            item.setToolTipText(f.path().toString());
            item.addActionListener(e -> chosen.accept(f.path(), f.list()));
            menu.add(item);
        }
        if (menu.getComponentCount() == 0) {
            JMenuItem none = new JMenuItem(Bundle.LBL_NoInspectors());
            none.setEnabled(false);
            menu.add(none);
        }
        return menu;
    }
}
