package org.voicebench.trust.ui;

import javax.swing.JButton;
import org.openide.awt.Mnemonics;

/** Buttons with a mnemonic. */
public final class Buttons {

    private Buttons() {
    }

    /** A button labelled {@code text}, its mnemonic marked with {@code &}. */
    public static JButton labelled(String text) {
        JButton b = new JButton();
        Mnemonics.setLocalizedText(b, text);
        return b;
    }
}
