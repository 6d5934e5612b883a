package org.voicebench.certcheck.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.Verdict;

/** The verdict in a coloured band with the first steps of the reasoning under it. */
@Messages({
    "BANNER_None=No check run yet: choose the inputs and press Run Check.",
    "BANNER_OK=OK: phones keep trusting the cluster",
    "BANNER_RECOVERABLE_VIA_TVS=Recoverable via TVS: phones recover only if they reach a TVS that knows the new certificates",
    "BANNER_PHONES_WILL_REJECT=Phones will reject the cluster's files: the ITL must be deleted on them",
    "ACSN_Verdict=Verdict"
})
final class VerdictBanner extends JPanel {

    /** Reasoning lines shown in the banner; the Reasoning tab has all of them. */
    static final int REASONING_LINES = 3;

    private final JLabel headline = new JLabel(Bundle.BANNER_None());
    private final JTextArea reasoning = new JTextArea();
    private Verdict verdict;

    VerdictBanner() {
        super(new BorderLayout(0, 4));
        setBorder(BorderFactory.createEmptyBorder(8, 10, 8, 10));
        headline.setFont(headline.getFont().deriveFont(Font.BOLD, headline.getFont().getSize2D() + 2f));
        headline.getAccessibleContext().setAccessibleName(Bundle.ACSN_Verdict());
        reasoning.setEditable(false);
        reasoning.setOpaque(false);
        reasoning.setLineWrap(true);
        reasoning.setWrapStyleWord(true);
        reasoning.setBorder(null);
        add(headline, BorderLayout.NORTH);
        add(reasoning, BorderLayout.CENTER);
        colour(null);
    }

    void show(Verdict v, List<String> steps) {
        verdict = v;
        headline.setText(headline(v));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(REASONING_LINES, steps.size()); i++) {
            b.append(i == 0 ? "" : "\n").append("\u2022 ").append(steps.get(i));
        }
        reasoning.setText(b.toString());
        colour(v);
    }

    /** The verdict shown, or null before the first check. */
    Verdict verdict() {
        return verdict;
    }

    String headlineText() {
        return headline.getText();
    }

    String reasoningText() {
        return reasoning.getText();
    }

    static String headline(Verdict v) {
        return switch (v) {
            case OK -> Bundle.BANNER_OK();
            case RECOVERABLE_VIA_TVS -> Bundle.BANNER_RECOVERABLE_VIA_TVS();
            case PHONES_WILL_REJECT -> Bundle.BANNER_PHONES_WILL_REJECT();
        };
    }

    private void colour(Verdict v) {
        Color background = v == null ? new Color(0xE0E0E0) : switch (v) {
            case OK -> new Color(0x2E7D32);
            case RECOVERABLE_VIA_TVS -> new Color(0xE08A00);
            case PHONES_WILL_REJECT -> new Color(0xC62828);
        };
        Color text = v == null ? Color.DARK_GRAY : Color.WHITE;
        setBackground(background);
        headline.setForeground(text);
        reasoning.setForeground(text);
    }
}
