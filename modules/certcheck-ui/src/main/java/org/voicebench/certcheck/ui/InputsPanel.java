package org.voicebench.certcheck.ui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import java.nio.file.Path;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.FormRows;
import org.voicebench.certcheck.SigningRule;

/** The form: the phone's trust list, what to compare it with, the signing rule. */
@Messages({
    "LBL_PhoneList=&Phone's trust list:",
    "TIP_PhoneList=The ITL or CTL the phones hold: a file, http://HOST:6970/ITLFile.tlv or tftp://HOST/ITLFile.tlv",
    "LBL_ClusterList=C&luster trust list:",
    "TIP_ClusterList=Optional: the cluster's current ITL or CTL, a file or http://HOST:6970/ITLFile.tlv or tftp://HOST/ITLFile.tlv",
    "LBL_Certificates=Cluster &certificates:",
    "TIP_Certificates=One certificate file (PEM, DER, PKCS#7) or folder per line; roles come from names like cucm-pub-CallManager.pem",
    "LBL_Hosts=Live &hosts:",
    "TIP_Hosts=One HOST:PORT[=ROLE@NODE] per line, e.g. cucm-pub:2445=TVS@cucm-pub; only the TLS handshake is made",
    "LBL_Config=Signed &config file:",
    "TIP_Config=Optional: SEP<MAC>.cnf.xml.sgn, checked as the phone would",
    "LBL_Signing=Si&gning rule:",
    "BTN_Browse=Browse...",
    "BTN_AddCertificates=Add...",
    "SIGNING_AUTO=Automatic (from the cluster's trust list or certificates)",
    "SIGNING_CUCM_12=CUCM 12.0 and later (ITLRecovery signs the ITL)",
    "SIGNING_PRE_12=Before CUCM 12.0 (CallManager signs the ITL)",
    "TITLE_ChoosePhoneList=Choose the Trust List the Phones Hold",
    "TITLE_ChooseClusterList=Choose the Cluster's Current Trust List",
    "TITLE_ChooseCertificates=Add Certificate Files or Folders",
    "TITLE_ChooseConfig=Choose a Signed Config File"
})
final class InputsPanel extends JPanel {

    private static final String CHOOSER_KEY = "org.voicebench.certcheck.ui.inputs";

    private final JTextField phone = new JTextField(40);
    private final JTextField cluster = new JTextField(40);
    private final JTextArea certificates = new JTextArea(3, 40);
    private final JTextArea hosts = new JTextArea(2, 40);
    private final JTextField config = new JTextField(40);
    private final JComboBox<SigningRule> signing = new JComboBox<>(SigningRule.values());

    InputsPanel() {
        super(new GridBagLayout());
        phone.setToolTipText(Bundle.TIP_PhoneList());
        cluster.setToolTipText(Bundle.TIP_ClusterList());
        certificates.setToolTipText(Bundle.TIP_Certificates());
        hosts.setToolTipText(Bundle.TIP_Hosts());
        config.setToolTipText(Bundle.TIP_Config());
        signing.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                super.getListCellRendererComponent(list, value, index, selected, focus);
                setText(value instanceof SigningRule r ? label(r) : "");
                return this;
            }
        });
        int row = 0;
        addRow(row++, Bundle.LBL_PhoneList(), phone, browse(phone, Bundle.TITLE_ChoosePhoneList()));
        addRow(row++, Bundle.LBL_ClusterList(), cluster, browse(cluster, Bundle.TITLE_ChooseClusterList()));
        addRow(row++, Bundle.LBL_Certificates(), new JScrollPane(certificates), labelled(certificates, addCertificates()));
        addRow(row++, Bundle.LBL_Hosts(), new JScrollPane(hosts), labelled(hosts, null));
        addRow(row++, Bundle.LBL_Config(), config, browse(config, Bundle.TITLE_ChooseConfig()));
        addRow(row, Bundle.LBL_Signing(), signing, null);
    }

    static String label(SigningRule r) {
        return switch (r) {
            case AUTO -> Bundle.SIGNING_AUTO();
            case CUCM_12 -> Bundle.SIGNING_CUCM_12();
            case PRE_12 -> Bundle.SIGNING_PRE_12();
        };
    }

    /**
     * The inputs as typed.
     *
     * @throws IllegalArgumentException naming what is missing or malformed
     */
    CheckInputs read() {
        return CheckInputs.parse(phone.getText(), cluster.getText(), certificates.getText(), hosts.getText(),
                config.getText(), (SigningRule) signing.getSelectedItem());
    }

    void setPhoneList(Path file) {
        phone.setText(file.toString());
    }

    /** Replaces the inputs with a lab's: phone list, cluster list and live hosts; no files, no config, automatic signing. */
    void fill(LabClusterInputs lab) {
        phone.setText(lab.phoneList().toString());
        cluster.setText(lab.clusterList());
        certificates.setText("");
        hosts.setText(lab.hosts());
        config.setText("");
        signing.setSelectedItem(SigningRule.AUTO);
    }

    String phoneListText() {
        return phone.getText();
    }

    private void addRow(int row, String label, JComponent field, JComponent button) {
        FormRows.add(this, row, label, field);
        if (button != null) {
            GridBagConstraints c = new GridBagConstraints();
            c.gridy = row;
            c.gridx = 2;
            c.anchor = GridBagConstraints.FIRST_LINE_START;
            c.insets = new Insets(4, 4, 0, 8);
            add(button, c);
        }
    }

    private static JComponent labelled(JTextArea area, JButton button) {
        area.setLineWrap(false);
        if (button == null) {
            return null;
        }
        JPanel p = new JPanel(new BorderLayout());
        p.add(button, BorderLayout.NORTH);
        return p;
    }

    private JButton browse(JTextField field, String title) {
        JButton b = new JButton(Bundle.BTN_Browse());
        b.addActionListener(e -> {
            File f = new FileChooserBuilder(CHOOSER_KEY).setTitle(title).setFilesOnly(true).showOpenDialog();
            if (f != null) {
                field.setText(f.getPath());
            }
        });
        return b;
    }

    private JButton addCertificates() {
        JButton b = new JButton(Bundle.BTN_AddCertificates());
        b.addActionListener(e -> {
            File[] files = new FileChooserBuilder(CHOOSER_KEY).setTitle(Bundle.TITLE_ChooseCertificates())
                    .showMultiOpenDialog();
            if (files != null) {
                StringBuilder text = new StringBuilder(certificates.getText().strip());
                for (File f : files) {
                    text.append(text.length() == 0 ? "" : "\n").append(f.getPath());
                }
                certificates.setText(text.toString());
            }
        });
        return b;
    }
}
