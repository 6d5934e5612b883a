package org.voicebench.readiness.ui;

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.TextLines;
import org.voicebench.readiness.PlannedChange;
import org.voicebench.trust.TrustList;
import org.voicebench.ui.FormRows;

/**
 * The check's inputs (the phones, the cluster's ITL per TFTP node, earlier ITLs, the planned change, CUCM, blind keys,
 * concurrency) and the campaign's (an HTTP Authentication URL during the change, the journal, dry run). Swing thread
 * only.
 */
@Messages({
    "LBL_ClusterItls=Cluster &ITLs today (one per TFTP node: file, http://node:6970/ITLFile.tlv or tftp://node/ITLFile.tlv):",
    "LBL_KnownItls=&Earlier ITLs the phones may hold (files, optional):",
    "# {0} - nodes", "LBL_LabKnown=+ the Phone Lab''s baseline ITL of {0} node(s)",
    "LBL_Concurrency=C&oncurrency:",
    "BTN_AllowBlind=Allow &blind keys (count erase keys no guard can check as a way to fix)",
    "# {0} - CTI", "LBL_Cti=Erase over CTI counts: {0}",
    "LBL_NoCti=No CTI configured (Tools > Options > CTI): erase over CTI does not count.",
    "LBL_HttpAuth=HTTP &Authentication URL during the change (optional):",
    "TIP_HttpAuth=Set on the phones whose Authentication URL is HTTPS (a phone with a rejected ITL cannot validate"
            + " HTTPS and refuses every user), e.g. http://cucm-pub:8080/ccmcip/authenticate.jsp",
    "LBL_Journal=&Journal:", "BTN_Browse=Bro&wse\u2026",
    "TIP_Journal=Where Prepare records every original setting before CUCM is changed (an existing journal is resumed);"
            + " empty: a new one in the user directory",
    "BTN_DryRun=Dr&y run (show what Prepare would change; change nothing)",
    "LBL_NoPhones=Phones: none. Select phones or a group in the Phones window and choose Check Readiness\u2026",
    "# {0} - phones", "# {1} - where", "LBL_Phones=Phones: {0} ({1})"
})
final class ReadinessForm extends JPanel {

    static final int DEFAULT_CONCURRENCY = 10;

    private final JTextArea clusterItls = new JTextArea(3, 60);
    private final JTextArea knownItls = new JTextArea(2, 60);
    private final JLabel labKnownLabel = new JLabel(" ");
    private final ChangeEditor change;
    private final CucmForm cucm = new CucmForm();
    private final JCheckBox allowBlind = new JCheckBox();
    private final JLabel cti = new JLabel(" ");
    private final JSpinner concurrency = new JSpinner(new SpinnerNumberModel(DEFAULT_CONCURRENCY, 1, 200, 1));
    private final JTextField httpAuthUrl = new JTextField(30);
    private final JTextField journal = new JTextField(36);
    private final JButton browse = new JButton();
    private final JCheckBox dryRun = new JCheckBox();
    private final JLabel phones = new JLabel(Bundle.LBL_NoPhones());
    private List<TrustList> labKnown = List.of();
    private List<String> labNodes = List.of();

    /**
     * @param labButton From Phone Lab, or null without a lab
     * @param problem   told what is wrong with a change typed ("" when nothing)
     * @param onBrowse  Browse... for the journal
     */
    ReadinessForm(JComponent labButton, Consumer<String> problem, Runnable onBrowse) {
        super(new GridBagLayout());
        change = new ChangeEditor(problem);
        clusterItls.setName("clusterItls");
        knownItls.setName("knownItls");
        concurrency.setName("concurrency");
        phones.setName("phones");
        allowBlind.setName("allowBlind");
        cti.setName("cti");
        httpAuthUrl.setName("httpAuthUrl");
        journal.setName("journal");
        browse.setName("browseJournal");
        dryRun.setName("dryRun");
        Mnemonics.setLocalizedText(allowBlind, Bundle.BTN_AllowBlind());
        Mnemonics.setLocalizedText(browse, Bundle.BTN_Browse());
        Mnemonics.setLocalizedText(dryRun, Bundle.BTN_DryRun());
        httpAuthUrl.setToolTipText(Bundle.TIP_HttpAuth());
        journal.setToolTipText(Bundle.TIP_Journal());
        browse.addActionListener(e -> onBrowse.run());

        int y = 0;
        add(phones, at(0, y++, 2, false));
        add(FormRows.label(Bundle.LBL_ClusterItls(), clusterItls), at(0, y++, 2, false));
        add(new JScrollPane(clusterItls), at(0, y, 1, true));
        if (labButton != null) {
            add(labButton, at(1, y, 1, false));
        }
        y++;
        add(FormRows.label(Bundle.LBL_KnownItls(), knownItls), at(0, y++, 2, false));
        add(new JScrollPane(knownItls), at(0, y++, 1, true));
        add(labKnownLabel, at(0, y++, 2, false));
        add(change, at(0, y++, 1, true));
        add(cucm, at(0, y++, 2, true));
        // one short row each, so the form fits a window narrower than a wide screen
        add(row(allowBlind, FormRows.label(Bundle.LBL_Concurrency(), concurrency), concurrency), at(0, y++, 2, false));
        add(row(cti), at(0, y++, 2, false));
        add(row(FormRows.label(Bundle.LBL_HttpAuth(), httpAuthUrl), httpAuthUrl), at(0, y++, 2, false));
        add(row(FormRows.label(Bundle.LBL_Journal(), journal), journal, browse, dryRun), at(0, y, 2, false));
        clusterItls.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                offerNodes();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                offerNodes();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                offerNodes();
            }
        });
    }

    private static JPanel row(JComponent... parts) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEADING, 6, 0));
        for (JComponent c : parts) {
            row.add(c);
        }
        return row;
    }

    private static GridBagConstraints at(int x, int y, int width, boolean grow) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = width;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.fill = grow ? GridBagConstraints.BOTH : GridBagConstraints.NONE;
        c.weightx = grow ? 1 : 0;
        c.insets = new Insets(2, 6, 2, 6);
        return c;
    }

    /** The change editor offers the lab's node names, else the host names of the ITL URLs given. */
    private void offerNodes() {
        LinkedHashSet<String> names = new LinkedHashSet<>(labNodes);
        for (String line : TextLines.of(clusterItls.getText())) {
            String host = hostOf(line);
            if (host != null) {
                names.add(host);
            }
        }
        change.setNodes(new ArrayList<>(names));
    }

    /** {@code cucm-pub} of {@code http://cucm-pub.example.com:6970/ITLFile.tlv}; null for an address or a file. */
    static String hostOf(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("tftp://")) {
            return null;
        }
        try {
            String host = URI.create(location).getHost();
            if (host == null || host.isEmpty() || host.matches("[0-9.]+") || host.contains(":")) {
                return null;
            }
            int dot = host.indexOf('.');
            return dot < 0 ? host : host.substring(0, dot);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    boolean noClusterItls() {
        return clusterItls.getText().isBlank();
    }

    /** Replaces the cluster ITLs with the lab's, its baselines as earlier ITLs, and offers its node names. */
    void fillFromLab(List<String> urls, List<TrustList> baselines, List<String> nodeNames) {
        labNodes = List.copyOf(nodeNames);
        clusterItls.setText(String.join("\n", urls));
        labKnown = List.copyOf(baselines);
        labKnownLabel.setText(baselines.isEmpty() ? " " : Bundle.LBL_LabKnown(baselines.size()));
        offerNodes();
    }

    /** Replaces the cluster ITLs and earlier ITLs (from the Trust Audit). */
    void setItls(List<String> locations, List<Path> knownFiles, List<TrustList> known) {
        clusterItls.setText(String.join("\n", locations));
        knownItls.setText(String.join("\n", knownFiles.stream().map(Path::toString).toList()));
        labKnown = List.copyOf(known);
        labKnownLabel.setText(known.isEmpty() ? " " : Bundle.LBL_LabKnown(known.size()));
    }

    ChangeEditor change() {
        return change;
    }

    CucmForm cucm() {
        return cucm;
    }

    /**
     * The inputs of a check ({@code forCheck}: a change is needed) or of a restore.
     *
     * @throws IllegalArgumentException (message for the user) when an input is missing or wrong
     */
    ReadinessInputs read(boolean forCheck, boolean ctiConfigured) {
        PlannedChange planned = forCheck ? ReadinessInputs.change(change.changes())
                : change.changes().isEmpty() ? null : ReadinessInputs.change(change.changes());
        return new ReadinessInputs(TextLines.of(clusterItls.getText()), TextLines.of(knownItls.getText()).stream().map(Path::of).toList(),
                labKnown, planned, cucm.link(), ctiConfigured, allowBlind.isSelected(), (Integer) concurrency.getValue());
    }

    String httpAuthUrl() {
        return httpAuthUrl.getText().strip();
    }

    /** The journal typed, or null. */
    Path journal() {
        String t = journal.getText().strip();
        return t.isEmpty() ? null : Path.of(t);
    }

    void setJournal(Path file) {
        journal.setText(file == null ? "" : file.toString());
    }

    boolean dryRun() {
        return dryRun.isSelected();
    }

    void showCti(String description) {
        cti.setText(description.isEmpty() ? Bundle.LBL_NoCti() : Bundle.LBL_Cti(description));
    }

    void showPhones(int count, String where) {
        phones.setText(count == 0 ? Bundle.LBL_NoPhones() : Bundle.LBL_Phones(count, where));
    }

    String phonesText() {
        return phones.getText();
    }

    void setEditable(boolean on) {
        clusterItls.setEditable(on);
        knownItls.setEditable(on);
        change.setEditable(on);
        cucm.setEditable(on);
        concurrency.setEnabled(on);
        allowBlind.setEnabled(on);
        httpAuthUrl.setEditable(on);
        journal.setEditable(on);
        browse.setEnabled(on);
        dryRun.setEnabled(on);
    }
}
