package org.voicebench.audit.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditReport;

/** The answer at the top: green when every phone is MATCH or FIXED, red otherwise, grey before a result. */
@Messages({
    "BANNER_None=Run the audit to see which phones trust the cluster.",
    "# {0} - phones", "BANNER_AllTrusted=All {0} phone(s) trust the cluster (MATCH or FIXED).",
    "# {0} - phones not trusting", "# {1} - phones", "BANNER_NotTrusted={0} of {1} phone(s) do not trust the cluster yet."
})
final class AuditBanner extends JPanel {

    static final Color GREEN = new Color(0x2E7D32);
    static final Color RED = new Color(0xC62828);

    private final JLabel text = new JLabel();
    private Boolean trusted;

    AuditBanner() {
        super(new BorderLayout());
        setName("banner");
        text.setName("bannerText");
        text.setFont(text.getFont().deriveFont(Font.BOLD, text.getFont().getSize2D() + 2f));
        setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        add(text, BorderLayout.CENTER);
        show(null);
    }

    /** Shows the report's answer, or the empty state for null. */
    void show(AuditReport report) {
        if (report == null || report.rows().isEmpty()) {
            trusted = null;
            text.setText(Bundle.BANNER_None());
            setBackground(new Color(0xE0E0E0));
            text.setForeground(Color.DARK_GRAY);
            return;
        }
        trusted = report.allTrusted();
        int all = report.rows().size();
        long bad = report.rows().stream().filter(r -> !r.state().trusted()).count();
        text.setText(trusted ? Bundle.BANNER_AllTrusted(all) : Bundle.BANNER_NotTrusted(bad, all));
        setBackground(trusted ? GREEN : RED);
        text.setForeground(Color.WHITE);
    }

    /** True green, false red, null none. */
    Boolean trusted() {
        return trusted;
    }

    String text() {
        return text.getText();
    }
}
