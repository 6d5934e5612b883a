package org.voicebench.remote.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.UIManager;

/** The failure banner on top of a remote view: hidden while all is well, the exact cause otherwise. */
final class Banner extends JPanel {

    private static final Color BACKGROUND = new Color(0xFFF0C8);
    private final JTextArea text = new JTextArea();

    Banner() {
        super(new BorderLayout());
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setFont(UIManager.getFont("Label.font"));
        text.setName("banner");
        setBackground(BACKGROUND);
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, Color.ORANGE),
                BorderFactory.createEmptyBorder(6, 8, 6, 8)));
        add(text, BorderLayout.CENTER);
        setVisible(false);
    }

    void show(String message) {
        text.setText(message);
        getAccessibleContext().setAccessibleName(message);
        setVisible(true);
        revalidate();
    }

    void clear() {
        if (isVisible()) {
            text.setText("");
            setVisible(false);
            revalidate();
        }
    }

    /** The text shown, or "" while hidden. */
    String message() {
        return isVisible() ? text.getText() : "";
    }
}
