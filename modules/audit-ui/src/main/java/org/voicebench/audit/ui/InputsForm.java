package org.voicebench.audit.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.TrustList;
import org.voicebench.ui.FormRows;

/**
 * The audit's inputs: the cluster's ITL per TFTP node, earlier ITLs the phones may hold, the concurrency,
 * and which phones (set by the Phones window's "Audit Trust..."). Swing thread only.
 */
@Messages({
    "LBL_Locations=Cluster &ITLs (one per TFTP node: file, http://node:6970/ITLFile.tlv or tftp://node/ITLFile.tlv):",
    "LBL_Known=&Earlier ITLs the phones may hold (files, optional):",
    "LBL_Concurrency=C&oncurrency:",
    "# {0} - nodes", "LBL_LabKnown=+ the Phone Lab''s baseline ITL of {0} node(s)",
    "LBL_NoPhones=Phones: none. Select phones or a group in the Phones window and choose Audit Trust\u2026",
    "# {0} - phones", "# {1} - where", "LBL_Phones=Phones: {0} ({1})"
})
final class InputsForm extends JPanel {

    static final int DEFAULT_CONCURRENCY = 10;

    private final JTextArea locations = new JTextArea(3, 60);
    private final JTextArea known = new JTextArea(2, 60);
    private final JLabel labKnownLabel = new JLabel(" ");
    private final JSpinner concurrency = new JSpinner(new SpinnerNumberModel(DEFAULT_CONCURRENCY, 1, 200, 1));
    private final JLabel phones = new JLabel(Bundle.LBL_NoPhones());
    private List<TrustList> labKnown = List.of();

    InputsForm(JComponent labButton) {
        super(new GridBagLayout());
        locations.setName("locations");
        known.setName("knownItls");
        concurrency.setName("concurrency");
        phones.setName("phones");
        // labels above their (wide) text areas, so not FormRows.add's label-beside-field rows
        add(FormRows.label(Bundle.LBL_Locations(), locations), at(0, 0, 2, false));
        add(new JScrollPane(locations), at(0, 1, 1, true));
        if (labButton != null) {
            add(labButton, at(1, 1, 1, false));
        }
        add(FormRows.label(Bundle.LBL_Known(), known), at(0, 2, 2, false));
        add(new JScrollPane(known), at(0, 3, 1, true));
        add(labKnownLabel, at(0, 4, 2, false));
        JPanel row = new JPanel(new java.awt.FlowLayout(java.awt.FlowLayout.LEADING, 6, 0));
        row.add(FormRows.label(Bundle.LBL_Concurrency(), concurrency));
        row.add(concurrency);
        row.add(phones);
        add(row, at(0, 5, 2, false));
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

    boolean noLocations() {
        return locations.getText().isBlank();
    }

    /** Replaces the cluster ITL locations and the lab's earlier ITLs (From Phone Lab). */
    void fillFromLab(List<String> urls, List<TrustList> baselines) {
        locations.setText(String.join("\n", urls));
        labKnown = List.copyOf(baselines);
        labKnownLabel.setText(baselines.isEmpty() ? " " : Bundle.LBL_LabKnown(baselines.size()));
    }

    /** @throws IllegalArgumentException (message for the user) when an input is missing */
    ClusterInputs read() {
        return ClusterInputs.parse(locations.getText(), known.getText(), labKnown);
    }

    void setConcurrency(int n) {
        concurrency.setValue(n);
    }

    int concurrency() {
        return (Integer) concurrency.getValue();
    }

    void showPhones(int count, String where) {
        phones.setText(count == 0 ? Bundle.LBL_NoPhones() : Bundle.LBL_Phones(count, where));
    }

    String phonesText() {
        return phones.getText();
    }

    void setEditable(boolean on) {
        locations.setEditable(on);
        known.setEditable(on);
        concurrency.setEnabled(on);
    }
}
