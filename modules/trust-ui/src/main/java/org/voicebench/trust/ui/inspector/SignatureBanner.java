package org.voicebench.trust.ui.inspector;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.Buttons;

/**
 * The verdict at the top of an inspector: green VALID with the signer, red INVALID, amber
 * UNVERIFIABLE with the reason. The text is selectable for copying into a ticket.
 */
@Messages({
    "CTL_VerifyAgainst=&Verify Against Trust List...",
    "ACSN_Banner=Signature verdict"
})
public final class SignatureBanner extends JPanel {

    static final Color VALID = new Color(0xc8, 0xe6, 0xc9);
    static final Color INVALID = new Color(0xff, 0xcd, 0xd2);
    static final Color UNVERIFIABLE = new Color(0xff, 0xe0, 0xb2);

    private final JTextArea text = new JTextArea();
    private final JButton verify = Buttons.labelled(Bundle.CTL_VerifyAgainst());
    private Verdict verdict;

    SignatureBanner(Runnable verifyAgainst) {
        super(new BorderLayout(8, 0));
        setBorder(BorderFactory.createEmptyBorder(6, 8, 6, 8));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setOpaque(false);
        text.setForeground(Color.BLACK);
        text.setFont(text.getFont().deriveFont(java.awt.Font.BOLD));
        text.getAccessibleContext().setAccessibleName(Bundle.ACSN_Banner());
        add(text, BorderLayout.CENTER);
        verify.addActionListener(e -> verifyAgainst.run());
        verify.setVisible(false);
        add(verify, BorderLayout.EAST);
    }

    /** Shows a verdict. */
    void show(Verdict v) {
        this.verdict = v;
        text.setText(v.text());
        setBackground(switch (v.status()) {
            case VALID -> VALID;
            case INVALID -> INVALID;
            case UNVERIFIABLE -> UNVERIFIABLE;
        });
    }

    /** Shows the Verify Against Trust List button (signed files). */
    void offerVerifyAgainst(boolean offer) {
        verify.setVisible(offer);
    }

    void setVerifying(boolean busy) {
        verify.setEnabled(!busy);
    }

    public Verdict verdict() {
        return verdict;
    }

    /** The banner's text as shown. */
    public String text() {
        return text.getText();
    }

    JButton verifyButton() {
        return verify;
    }
}
