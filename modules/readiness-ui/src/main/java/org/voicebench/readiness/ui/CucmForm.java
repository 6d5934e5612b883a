package org.voicebench.readiness.ui;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.util.NbBundle.Messages;
import org.voicebench.lab.ui.api.CucmEndpoint;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.ui.FormRows;

/**
 * CUCM's AXL: host[:port], the application user, its password (held by the field while the window is open, never
 * saved), and the SHA-256 fingerprint of its tomcat certificate (empty: the system's CAs). Filled from the Phone Lab it
 * uses the lab's password, held by the lab. Empty host: no CUCM (the check reads only the phones' pages; no campaign).
 * Swing thread only.
 */
@Messages({
    "LBL_CucmHost=C&UCM (AXL) host[:port]:", "LBL_CucmUser=AXL &user:", "LBL_CucmPassword=Pass&word:",
    "LBL_CucmFingerprint=Certificate S&HA-256:",
    "TIP_CucmHost=The publisher whose AXL reads the phones' Web and Settings Access (getPhone) and changes them in the"
            + " access campaign (updatePhone, applyPhone); empty: only the phones' own pages are read",
    "TIP_CucmFingerprint=The SHA-256 fingerprint of CUCM's tomcat certificate (show cert own tomcat); empty: trusted"
            + " through the system's certificate authorities",
    "LBL_CucmLab=(the Phone Lab's password)",
    "# {0} - host", "ERR_CucmHost=CUCM host: ''{0}'' is not HOST or HOST:PORT",
    "ERR_CucmUser=Give CUCM's AXL user.",
    "# {0} - reason", "ERR_CucmFingerprint=Certificate SHA-256: {0}"
})
final class CucmForm extends JPanel {

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:\\[\\]\\s]+)(?::(\\d{1,5}))?");
    /** The lab's RIS has no rate limit worth keeping to. */
    private static final int LAB_RIS_PER_MINUTE = 600;

    private final JTextField host = new JTextField(22);
    private final JTextField user = new JTextField(12);
    private final JPasswordField password = new JPasswordField(12);
    private final JTextField fingerprint = new JTextField(30);
    private final JLabel labNote = new JLabel(" ");
    /** The lab's credentials while the form shows the lab's CUCM, else null. */
    private Supplier<PhoneCredentials> lab;
    private String labHost;

    CucmForm() {
        super(new java.awt.GridBagLayout());
        host.setName("cucmHost");
        user.setName("cucmUser");
        password.setName("cucmPassword");
        fingerprint.setName("cucmFingerprint");
        labNote.setName("cucmLabNote");
        host.setToolTipText(Bundle.TIP_CucmHost());
        fingerprint.setToolTipText(Bundle.TIP_CucmFingerprint());
        FormRows.add(this, 0, 0, Bundle.LBL_CucmHost(), host);
        FormRows.add(this, 0, 1, Bundle.LBL_CucmUser(), user);
        FormRows.add(this, 0, 2, Bundle.LBL_CucmPassword(), password);
        FormRows.add(this, 1, 0, Bundle.LBL_CucmFingerprint(), fingerprint);
        FormRows.span(this, 1, 1, 2, labNote);
        host.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                hostEdited();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                hostEdited();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                hostEdited();
            }
        });
    }

    /** Another host typed: the lab's password no longer applies. */
    private void hostEdited() {
        if (lab != null && !host.getText().strip().equals(labHost)) {
            lab = null;
            labHost = null;
            password.setEnabled(true);
            labNote.setText(" ");
        }
    }

    /** Shows the running lab's CUCM, reached with the lab's credentials. */
    void fillFromLab(CucmEndpoint endpoint, Supplier<PhoneCredentials> credentials) {
        labHost = endpoint.hostAndPort();
        host.setText(labHost);
        lab = credentials;
        user.setText(endpoint.user());
        password.setText("");
        password.setEnabled(false);
        fingerprint.setText(endpoint.fingerprint());
        labNote.setText(Bundle.LBL_CucmLab());
    }

    /**
     * The CUCM link the form describes, or null when no host is given.
     *
     * @throws IllegalArgumentException (message for the user) when the host, user or fingerprint is wrong
     */
    CucmLink link() {
        String h = host.getText().strip();
        if (h.isEmpty()) {
            return null;
        }
        Matcher m = HOST_PORT.matcher(h);
        if (!m.matches()) {
            throw new IllegalArgumentException(Bundle.ERR_CucmHost(h));
        }
        String name = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        int port = m.group(2) == null ? CucmConnection.DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Bundle.ERR_CucmHost(h));
        }
        String u = user.getText().strip();
        if (u.isEmpty()) {
            throw new IllegalArgumentException(Bundle.ERR_CucmUser());
        }
        CucmTrust trust;
        try {
            trust = fingerprint.getText().isBlank() ? CucmTrust.systemTrustStore()
                    : CucmTrust.pinned(fingerprint.getText().strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Bundle.ERR_CucmFingerprint(e.getMessage()), e);
        }
        Supplier<PhoneCredentials> credentials;
        if (lab != null) {
            credentials = lab;
        } else {
            char[] kept = password.getPassword(); // for this run only: each opening gets its own copy
            credentials = () -> new PhoneCredentials(u, kept.clone());
        }
        return new CucmLink(name, port, trust, credentials, lab != null ? LAB_RIS_PER_MINUTE
                : RisClient.DEFAULT_REQUESTS_PER_MINUTE, u);
    }

    void setEditable(boolean on) {
        host.setEditable(on);
        user.setEditable(on);
        password.setEditable(on);
        fingerprint.setEditable(on);
    }
}
