package org.voicebench.trust.ui;

import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.JMenu;
import org.openide.awt.Actions;
import org.openide.awt.Mnemonics;

/** An action that only stands for a submenu: the submenu's items do the work. */
public abstract class SubmenuAction extends AbstractAction {

    private final String label;

    /** {@code label} may mark its mnemonic with {@code &}. */
    protected SubmenuAction(String label) {
        super(Actions.cutAmpersand(label));
        this.label = label;
    }

    @Override
    public final void actionPerformed(ActionEvent e) {
        // the submenu's items do the work
    }

    /** A new, empty submenu with this action's label and mnemonic. */
    protected final JMenu newMenu() {
        JMenu menu = new JMenu();
        Mnemonics.setLocalizedText(menu, label);
        return menu;
    }
}
