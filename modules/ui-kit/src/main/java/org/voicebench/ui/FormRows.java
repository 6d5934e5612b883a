package org.voicebench.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import org.openide.awt.Mnemonics;

/**
 * One row of a form: a label with its mnemonic (the {@code &} of a localized text) naming its field, so that the
 * mnemonic focuses the field and screen readers read the label with it.
 */
public final class FormRows {

    private static final Insets GAPS = new Insets(4, 8, 4, 8);

    private FormRows() {
    }

    /**
     * A label for {@code field} (for a scroll pane: for the component it scrolls); {@code text} may hold a
     * mnemonic marker ({@code &User:}).
     */
    public static JLabel label(String text, JComponent field) {
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, text);
        l.setLabelFor(field instanceof JScrollPane s ? s.getViewport().getView() : field);
        return l;
    }

    /** A panel for {@link #add} rows. */
    public static JPanel panel() {
        return new JPanel(new GridBagLayout());
    }

    /** Adds the label and its field as row {@code row} of a {@link GridBagLayout} panel; the field takes the width. */
    public static JLabel add(JPanel form, int row, String label, JComponent field) {
        return add(form, row, 0, label, field);
    }

    /**
     * Adds the label and its field at row {@code row}, pair {@code pair} (forms with several label-field pairs per
     * row: pair 0 is the first two grid columns, pair 1 the next two).
     */
    public static JLabel add(JPanel form, int row, int pair, String label, JComponent field) {
        JLabel l = label(label, field);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 2 * pair;
        c.gridy = row;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = GAPS;
        form.add(l, c);
        c.gridx++;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        form.add(field, c);
        return l;
    }

    /** Adds a component spanning {@code pairs} label-field pairs at row {@code row}, from pair {@code pair}. */
    public static void span(JPanel form, int row, int pair, int pairs, JComponent component) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 2 * pair;
        c.gridy = row;
        c.gridwidth = 2 * pairs;
        c.anchor = GridBagConstraints.LINE_START;
        c.insets = GAPS;
        form.add(component, c);
    }
}
