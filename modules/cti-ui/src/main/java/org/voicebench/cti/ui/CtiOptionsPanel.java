package org.voicebench.cti.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.FlowLayout;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.TransportMode;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.FormRows;

/**
 * The Options &gt; CTI form: the user's JTAPI jar (Browse), the CTI Manager hosts, the application user, its
 * password (to the Keyring; an empty field keeps the saved one), associating the phones for the run, the default
 * key transport. Only lays out: {@link CtiOptionsController} loads and saves. Swing thread.
 */
@Messages({
    "LBL_Jar=JTAPI &jar:", "BTN_Browse=&Browse\u2026", "TITLE_Jar=Choose the jtapi.jar of your CUCM",
    "TIP_Jar=The jtapi.jar of your own CUCM (Cisco Unified CM Administration > Application > Plugins > Cisco JTAPI);"
            + " VoiceBench never ships or downloads it",
    "LBL_Hosts=CTI Manager &hosts:", "TIP_Hosts=One or more CTI Manager hosts (TCP 2748), tried in order: host[:port], comma-separated",
    "LBL_User=Application &user:", "TIP_User=The application user with Standard CTI Enabled that controls the phones",
    "LBL_Password=&Password:",
    "NOTE_Password=Kept in the NetBeans keyring only, never in preferences or files. Leave empty to keep the saved password.",
    "BTN_Associate=Add the phones to the user's &controlled devices for the run",
    "NOTE_Associate=Needs the phones to come from CUCM (AXL), as the command line's audit --axl lists them; the user's"
            + " list is put back exactly afterwards and roles are never changed.",
    "LBL_Transport=Default &transport:",
    "TRANSPORT_Web=web: every key to the phone's web server",
    "TRANSPORT_Cti=cti: every key over CTI (no screen can be read)",
    "TRANSPORT_Auto=auto: the web server; CTI for phones whose web access is off or that refuse the credentials",
    "# {0} - user", "# {1} - host", "NOTE_Lab=No CTI is configured here: while the Phone Lab runs, its CTI is used (the"
            + " stand-in JTAPI jar, user {0} at {1}), which reaches only the lab."
})
final class CtiOptionsPanel extends JPanel {

    private final Dialogs dialogs;
    private final JTextField jar = new JTextField(32);
    private final JButton browse = new JButton();
    private final JTextField hosts = new JTextField(32);
    private final JTextField user = new JTextField(16);
    private final JPasswordField password = new JPasswordField(16);
    private final JCheckBox associate = new JCheckBox();
    private final JComboBox<TransportMode> transport = new JComboBox<>(TransportMode.values());
    private final JLabel labNote = new JLabel(" ");
    private final JLabel problem = new JLabel(" ");
    private Runnable onChange = () -> { };

    CtiOptionsPanel(Dialogs dialogs) {
        super(new BorderLayout());
        this.dialogs = dialogs;
        name(jar, "jar", Bundle.TIP_Jar());
        name(hosts, "hosts", Bundle.TIP_Hosts());
        name(user, "user", Bundle.TIP_User());
        password.setName("password");
        associate.setName("associate");
        Mnemonics.setLocalizedText(associate, Bundle.BTN_Associate());
        transport.setName("transport");
        transport.setRenderer(new TransportRenderer());
        browse.setName("browse");
        Mnemonics.setLocalizedText(browse, Bundle.BTN_Browse());
        browse.addActionListener(e -> browse());
        labNote.setName("labNote");
        problem.setName("problem");
        problem.setForeground(new Color(0xB71C1C));

        JPanel jarRow = new JPanel(new BorderLayout(4, 0));
        jarRow.add(jar, BorderLayout.CENTER);
        jarRow.add(browse, BorderLayout.EAST);
        JPanel form = FormRows.panel();
        FormRows.add(form, 0, Bundle.LBL_Jar(), jarRow).setLabelFor(jar);
        FormRows.add(form, 1, Bundle.LBL_Hosts(), hosts);
        FormRows.add(form, 2, Bundle.LBL_User(), user);
        FormRows.add(form, 3, Bundle.LBL_Password(), password);
        FormRows.span(form, 4, 0, 1, note(Bundle.NOTE_Password()));
        FormRows.span(form, 5, 0, 1, associate);
        FormRows.span(form, 6, 0, 1, note(Bundle.NOTE_Associate()));
        FormRows.add(form, 7, Bundle.LBL_Transport(), transport);
        FormRows.span(form, 8, 0, 1, labNote);
        FormRows.span(form, 9, 0, 1, problem);
        JPanel top = new JPanel(new FlowLayout(FlowLayout.LEADING, 0, 0));
        top.add(form);
        add(top, BorderLayout.NORTH);
        listen();
    }

    private static void name(JTextField field, String name, String tip) {
        field.setName(name);
        field.setToolTipText(tip);
    }

    private static JLabel note(String text) {
        JLabel l = new JLabel(wrapped(text));
        l.setBorder(BorderFactory.createEmptyBorder(0, 16, 0, 0));
        l.setEnabled(false);
        return l;
    }

    /** Long notes wrap at a width that fits the Options dialog's default size, instead of widening the panel. */
    private static String wrapped(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return "<html><div style='width:520px'>" + escaped + "</div></html>";
    }

    private void listen() {
        DocumentListener d = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                changed();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                changed();
            }
        };
        for (JTextField f : new JTextField[] {jar, hosts, user, password}) {
            f.getDocument().addDocumentListener(d);
        }
        associate.addActionListener(e -> changed());
        transport.addActionListener(e -> changed());
    }

    private void changed() {
        String p = problem();
        problem.setText(p == null ? " " : p);
        onChange.run();
    }

    void setOnChange(Runnable value) {
        onChange = value == null ? () -> { } : value;
    }

    private void browse() {
        Path chosen = dialogs.openFile(Bundle.TITLE_Jar(), "jar");
        if (chosen != null) {
            jar.setText(chosen.toString());
        }
    }

    /** Shows saved values; the password field starts empty (the saved one stays unless a new one is typed). */
    void show(CtiValues values, String labText) {
        jar.setText(values.jar());
        hosts.setText(values.hosts());
        user.setText(values.user());
        password.setText("");
        associate.setSelected(values.associate());
        transport.setSelectedItem(values.transport());
        labNote.setText(labText == null || !values.empty() ? " " : wrapped(labText));
        changed();
    }

    CtiValues values() {
        return new CtiValues(jar.getText(), hosts.getText(), user.getText(), associate.isSelected(),
                (TransportMode) transport.getSelectedItem());
    }

    boolean passwordTyped() {
        return password.getDocument().getLength() > 0;
    }

    /** The typed password (the caller clears it); the field is emptied. */
    char[] takePassword() {
        char[] typed = password.getPassword();
        password.setText("");
        return typed;
    }

    void clearPassword() {
        char[] typed = password.getPassword();
        Arrays.fill(typed, '\0');
        password.setText("");
    }

    /** What keeps the values from being saved, or null. */
    String problem() {
        return values().problem();
    }

    /** The lab's CTI, as the form says it is used while none is configured. */
    static String labText(String user, String host) {
        return Bundle.NOTE_Lab(user, host);
    }

    private static final class TransportRenderer extends DefaultListCellRenderer {
        @Override
        public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                boolean focused) {
            String text = value == null ? "" : switch ((TransportMode) value) {
                case WEB -> Bundle.TRANSPORT_Web();
                case CTI -> Bundle.TRANSPORT_Cti();
                case AUTO -> Bundle.TRANSPORT_Auto();
            };
            return super.getListCellRendererComponent(list, text, index, selected, focused);
        }
    }
}
