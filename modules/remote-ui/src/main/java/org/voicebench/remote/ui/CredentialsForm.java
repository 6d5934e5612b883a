package org.voicebench.remote.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.FormRows;

/** User and password for a phone or a group; the password goes to the keyring only. */
@Messages({
    "LBL_CredUser=&User:", "LBL_CredPassword=&Password:",
    "HINT_Credentials=The CUCM end user associated with the phones (controlled devices). The password is kept in the"
            + " keyring, never in the phone list.",
    "ERR_UserMissing=Give the user name.",
    "ERR_UserColon=A user name cannot contain ':'."
})
final class CredentialsForm extends JPanel {

    private final JTextField user = new JTextField(18);
    private final JPasswordField password = new JPasswordField(18);

    CredentialsForm(String initialUser) {
        super(new GridBagLayout());
        user.setText(initialUser);
        FormRows.add(this, 0, Bundle.LBL_CredUser(), user);
        FormRows.add(this, 1, Bundle.LBL_CredPassword(), password);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 2;
        c.gridwidth = 2;
        c.insets = new Insets(8, 8, 4, 8);
        add(new JLabel("<html><body style='width: 280px'>" + Bundle.HINT_Credentials()), c);
    }

    String problem() {
        String u = user.getText().strip();
        if (u.isEmpty()) {
            return Bundle.ERR_UserMissing();
        }
        return u.indexOf(':') >= 0 ? Bundle.ERR_UserColon() : null;
    }

    /** The typed values; clears the password field. */
    PhoneDialogs.Credentials take() {
        char[] p = password.getPassword();
        password.setText("");
        return new PhoneDialogs.Credentials(user.getText().strip(), p);
    }
}
