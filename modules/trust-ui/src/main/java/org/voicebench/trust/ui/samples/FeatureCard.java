package org.voicebench.trust.ui.samples;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.UIManager;

/**
 * One part of VoiceBench on the Start window: its name, what it is for in a voice engineer's words,
 * and the buttons that open it. The text is HTML of a fixed width and the buttons wrap to rows no
 * wider than it, so that a card's size is known before it is laid out and two cards fit side by
 * side in a 1024-pixel window. Colours come from the look and feel, so the card reads in FlatLaf
 * Light and Dark alike.
 */
final class FeatureCard extends JPanel {

    /**
     * Width of a card's text in CSS pixels of Swing's HTML, which draws them a third larger: about
     * 440 screen pixels.
     */
    static final int TEXT_WIDTH = 330;
    /** Space between a card's edge and its content, in pixels. */
    static final int INSET = 12;
    private static final int BUTTON_GAP = 6;

    FeatureCard(String title, String text, List<JButton> buttons) {
        super(new BorderLayout(0, 6));
        setName(title);
        Color line = UIManager.getColor("Component.borderColor");
        setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createLineBorder(line != null ? line : UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(10, INSET, 10, INSET)));
        JLabel heading = new JLabel(title);
        heading.setFont(heading.getFont().deriveFont(Font.BOLD, heading.getFont().getSize2D() + 3f));
        add(heading, BorderLayout.NORTH);
        JLabel description = new JLabel("<html><body style='width:" + TEXT_WIDTH + "px'>" + text + "</body></html>");
        description.setVerticalAlignment(SwingConstants.TOP); // the buttons of a row's cards line up at the bottom
        add(description, BorderLayout.CENTER);
        add(rows(buttons, description.getPreferredSize().width), BorderLayout.SOUTH);
    }

    /** The buttons in rows as wide as the text at most (a single button wider than that gets a row of its own). */
    private static JPanel rows(List<JButton> buttons, int width) {
        JPanel rows = new JPanel();
        rows.setLayout(new BoxLayout(rows, BoxLayout.Y_AXIS));
        rows.setOpaque(false);
        JPanel row = null;
        for (JButton b : buttons) {
            int needed = b.getPreferredSize().width;
            if (row == null || row.getPreferredSize().width + BUTTON_GAP + needed > width) {
                if (row != null) {
                    rows.add(Box.createVerticalStrut(BUTTON_GAP));
                }
                row = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
                row.setOpaque(false);
                row.setAlignmentX(Component.LEFT_ALIGNMENT);
                rows.add(row);
            } else {
                row.add(Box.createHorizontalStrut(BUTTON_GAP));
            }
            row.add(b);
        }
        return rows;
    }
}
