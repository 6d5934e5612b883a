package org.voicebench.trust.ui.inspector;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.FileHashes;

/** The whole-file hashes a phone or {@code show itl} prints, in read-only fields for copying. */
@Messages({
    "LBL_Md5=&MD5:",
    "LBL_Sha1=SHA-&1:",
    "LBL_Sha256=SHA-&256:"
})
final class HashesPanel extends JPanel {

    private final JTextField md5 = field();
    private final JTextField sha1 = field();
    private final JTextField sha256 = field();

    HashesPanel(FileHashes hashes) {
        super(new GridBagLayout());
        row(0, Bundle.LBL_Md5(), md5, hashes.md5());
        row(1, Bundle.LBL_Sha1(), sha1, hashes.sha1());
        row(2, Bundle.LBL_Sha256(), sha256, hashes.sha256());
    }

    private static JTextField field() {
        JTextField f = new JTextField();
        f.setEditable(false);
        f.setFont(new java.awt.Font(java.awt.Font.MONOSPACED, java.awt.Font.PLAIN, f.getFont().getSize()));
        return f;
    }

    private void row(int y, String label, JTextField field, String value) {
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, label);
        l.setLabelFor(field);
        field.setText(value);
        field.setCaretPosition(0);
        add(l, new GridBagConstraints(0, y, 1, 1, 0, 0, GridBagConstraints.LINE_START, GridBagConstraints.NONE,
                new Insets(2, 8, 2, 4), 0, 0));
        add(field, new GridBagConstraints(1, y, 1, 1, 1, 0, GridBagConstraints.LINE_START, GridBagConstraints.HORIZONTAL,
                new Insets(2, 0, 2, 8), 0, 0));
    }

    String md5() {
        return md5.getText();
    }

    String sha1() {
        return sha1.getText();
    }

    String sha256() {
        return sha256.getText();
    }
}
