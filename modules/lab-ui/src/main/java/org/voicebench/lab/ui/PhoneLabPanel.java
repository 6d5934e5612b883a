package org.voicebench.lab.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.awt.event.HierarchyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.openide.awt.Mnemonics;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.ui.FormRows;

/**
 * The Phone Lab window's content: the Start lab form, Start/Start Demo Lab/Stop/Copy inventory,
 * Enable Web Access for the selected phones, and the table of the running lab's phones, refreshed
 * every {@link #REFRESH_MS} ms while shown. The panel only lays out and shows: starting, stopping and the
 * rest are {@link LabSession}'s, which works in the background; the password stays in memory only.
 */
@Messages({
    "LBL_Phones=&Phones:", "LBL_Models=&Models:", "LBL_FirstAddress=&First address:", "LBL_Port=P&ort:",
    "LBL_User=&User:", "LBL_Password=Pass&word:", "LBL_Faults=F&aults:",
    "LBL_ClusterNodes=Cluster &nodes:", "LBL_Scenario=Sc&enario:", "LBL_Pre12=Pre-12 ITL si&gning",
    "LBL_MixedMode=Mi&xed mode (CTL)",
    "TIP_ClusterNodes=Nodes of the simulated CUCM cluster the phones belong to (0: none)",
    "TIP_Scenario=What happened to the cluster since the phones got their ITL; Apply Scenario switches it while the lab runs",
    "BTN_ApplyScenario=A&pply Scenario",
    "TIP_Faults=Conditions to simulate, e.g. weblock=0.1,slow=200ms,latency=300ms,drop=0.05,authfail=0.1,httpsauth=0.2 (empty: none)",
    "BTN_Start=&Start Lab", "BTN_Stop=S&top Lab", "BTN_CopyInventory=&Copy Inventory CSV",
    "BTN_StartDemo=Start &Demo Lab",
    "TIP_StartDemo=Starts the fleet-audit demo: a 3-node cluster whose CallManager certificate was just regenerated,"
        + " 20 phones (most with yesterday's ITL) and its AXL/RIS API; uses the form's addresses, user and password"
        + " (a random password when empty)",
    "BTN_EnableWebAccess=Enable We&b Access",
    "TIP_EnableWebAccess=Turns the selected phones' web server on (on a real cluster: CUCM Product Specific"
        + " Configuration > Web Access, then reset the phone)",
    "ACSN_PhoneTable=Lab phones",
    "STATUS_Copied=Inventory CSV copied to the clipboard."
})
public final class PhoneLabPanel extends JPanel {

    static final int REFRESH_MS = 2000;

    private final Preferences prefs;
    private final RunningLab service;
    private final JSpinner phones = new JSpinner(new SpinnerNumberModel(8, 1, 1000, 1));
    private final JTextField models = new JTextField(24);
    private final JTextField firstAddress = new JTextField(12);
    private final JTextField faults = new JTextField(24);
    private final JSpinner port = new JSpinner(new SpinnerNumberModel(8080, 0, 65535, 1));
    private final JTextField user = new JTextField(12);
    private final JPasswordField password = new JPasswordField(12);
    private final JButton start = new JButton();
    private final JButton stop = new JButton();
    private final JButton copy = new JButton();
    private final JButton startDemo = new JButton();
    private final JButton enableWebAccess = new JButton();
    private final JSpinner clusterNodes = new JSpinner(new SpinnerNumberModel(3, 0, ClusterSettings.MAX_NODES, 1));
    private final JComboBox<ClusterScenario> scenario = new JComboBox<>(ClusterScenario.values());
    private final JCheckBox pre12 = new JCheckBox();
    private final JCheckBox mixedMode = new JCheckBox();
    private final JButton applyScenario = new JButton();
    private final JLabel status = new JLabel(Bundle.STATUS_NotRunning());
    private final LabTableModel model = new LabTableModel();
    private final JTable table = new JTable(model);
    /** Start, stop and the rest; its owner thread is the Swing thread. */
    private final LabSession session;
    private final Timer refreshTimer;

    public PhoneLabPanel(Preferences prefs, RunningLab service) {
        super(new BorderLayout());
        this.prefs = prefs;
        this.service = service;
        this.session = new LabSession(service, SwingUtilities::invokeLater, new Shower());
        refreshTimer = new Timer(REFRESH_MS, e -> session.refresh());
        // a port is a number, not a quantity: no thousands separator ("8080", not "8,080")
        port.setEditor(new JSpinner.NumberEditor(port, "#"));
        add(form(), BorderLayout.NORTH);
        table.setAutoCreateRowSorter(true);
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_PhoneTable());
        add(new JScrollPane(table), BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        show(LabSettings.load(prefs));
        show(ClusterSettings.load(prefs));
        start.addActionListener(e -> startLab());
        startDemo.addActionListener(e -> startDemo(false, () -> { }));
        enableWebAccess.addActionListener(e -> {
            enableWebAccess.setEnabled(false);
            session.enableWebAccess(selectedAddresses());
        });
        table.getSelectionModel().addListSelectionListener(e -> enableWebAccess.setEnabled(canEnableWebAccess()));
        stop.addActionListener(e -> {
            stop.setEnabled(false);
            session.stop();
        });
        copy.addActionListener(e -> copyInventory());
        applyScenario.addActionListener(e -> session.applyScenario((ClusterScenario) scenario.getSelectedItem()));
        // a lab stopped elsewhere (application exit, another module) shows here too
        service.addChangeListener(e -> SwingUtilities.invokeLater(this::labChanged));
        addHierarchyListener(e -> {
            if ((e.getChangeFlags() & HierarchyEvent.SHOWING_CHANGED) != 0) {
                showingChanged(isShowing());
            }
        });
        labChanged();
    }

    public JTable table() {
        return table;
    }

    /** The status line as shown. */
    public String statusText() {
        return status.getText();
    }

    private JPanel form() {
        JPanel p = FormRows.panel();
        FormRows.add(p, 0, 0, Bundle.LBL_Phones(), phones);
        FormRows.add(p, 0, 1, Bundle.LBL_Models(), models);
        FormRows.add(p, 0, 2, Bundle.LBL_FirstAddress(), firstAddress);
        FormRows.add(p, 1, 0, Bundle.LBL_Port(), port);
        FormRows.add(p, 1, 1, Bundle.LBL_User(), user);
        FormRows.add(p, 1, 2, Bundle.LBL_Password(), password);
        FormRows.add(p, 2, 1, Bundle.LBL_Faults(), faults);
        faults.setToolTipText(Bundle.TIP_Faults());
        FormRows.add(p, 3, 0, Bundle.LBL_ClusterNodes(), clusterNodes);
        clusterNodes.setToolTipText(Bundle.TIP_ClusterNodes());
        FormRows.add(p, 3, 1, Bundle.LBL_Scenario(), scenario);
        scenario.setToolTipText(Bundle.TIP_Scenario());
        Mnemonics.setLocalizedText(pre12, Bundle.LBL_Pre12());
        Mnemonics.setLocalizedText(mixedMode, Bundle.LBL_MixedMode());
        JPanel options = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        options.add(pre12);
        options.add(mixedMode);
        FormRows.span(p, 3, 2, 1, options);
        Mnemonics.setLocalizedText(applyScenario, Bundle.BTN_ApplyScenario());
        Mnemonics.setLocalizedText(start, Bundle.BTN_Start());
        Mnemonics.setLocalizedText(stop, Bundle.BTN_Stop());
        Mnemonics.setLocalizedText(copy, Bundle.BTN_CopyInventory());
        Mnemonics.setLocalizedText(startDemo, Bundle.BTN_StartDemo());
        startDemo.setToolTipText(Bundle.TIP_StartDemo());
        Mnemonics.setLocalizedText(enableWebAccess, Bundle.BTN_EnableWebAccess());
        enableWebAccess.setToolTipText(Bundle.TIP_EnableWebAccess());
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        buttons.add(start);
        buttons.add(startDemo);
        buttons.add(stop);
        buttons.add(copy);
        buttons.add(applyScenario);
        buttons.add(enableWebAccess);
        FormRows.span(p, 4, 0, 3, buttons);
        return p;
    }

    private void show(LabSettings s) {
        phones.setValue(s.phones());
        models.setText(s.modelsText());
        firstAddress.setText(s.firstAddress());
        port.setValue(s.port());
        user.setText(s.user());
        faults.setText(s.faults());
    }

    private void show(ClusterSettings c) {
        clusterNodes.setValue(Math.max(0, Math.min(ClusterSettings.MAX_NODES, c.nodes())));
        ClusterScenario chosen = ClusterScenario.BASELINE;
        try {
            chosen = ClusterScenario.parse(c.scenario());
        } catch (IllegalArgumentException e) {
            // a name from another version: start from the baseline
        }
        scenario.setSelectedItem(chosen);
        pre12.setSelected(c.pre12());
        mixedMode.setSelected(c.mixedMode());
    }

    private ClusterSettings clusterSettings() {
        return new ClusterSettings((Integer) clusterNodes.getValue(),
                ((ClusterScenario) scenario.getSelectedItem()).cliName(), pre12.isSelected(), mixedMode.isSelected());
    }

    private LabSettings settings() {
        return new LabSettings((Integer) phones.getValue(), LabSettings.parseModels(models.getText()),
                firstAddress.getText().trim(), (Integer) port.getValue(), user.getText().trim(), faults.getText().trim());
    }

    private void startLab() {
        LabSettings s = settings();
        ClusterSettings cs = clusterSettings();
        if (session.start(s, cs, password.getPassword()) == null) {
            s.save(prefs);
            cs.save(prefs);
        }
    }

    /**
     * Starts the demo lab with the form's first address, port and user, and its password (a random one, held in
     * memory only, when {@code randomPassword} or the field is empty); {@code whenRunning} runs on the Swing
     * thread once the demo is the running lab. On the Swing thread.
     *
     * @return false when a lab is running or starting (the status says so), or the user is missing
     */
    boolean startDemo(boolean randomPassword, Runnable whenRunning) {
        return session.startDemo(user.getText().trim(), password.getPassword(), randomPassword,
                firstAddress.getText().trim(), (Integer) port.getValue(), whenRunning);
    }

    /** Where the demo's cluster listens (tests choose addresses no other test uses). */
    void demoClusterAddress(String address) {
        session.demoClusterAddress(address);
    }

    /** Shows what the session tells, on the Swing thread (the session's owner). */
    private final class Shower implements LabSession.Listener {

        @Override
        public void status(String text) {
            status.setText(text);
        }

        @Override
        public void changed() {
            labChanged();
        }

        @Override
        public void running(ClusterScenario now) {
            // the combo shows the running cluster's scenario (the demo's is not the form's)
            if (now != null) {
                scenario.setSelectedItem(now);
            }
        }

        @Override
        public void rows(List<PhoneRow> rows) {
            model.refreshRows(rows);
        }
    }

    /** The selected phones' host:port, as the table shows them. */
    private List<String> selectedAddresses() {
        List<String> out = new ArrayList<>();
        for (int viewRow : table.getSelectedRows()) {
            out.add(model.row(table.convertRowIndexToModel(viewRow)).address());
        }
        return out;
    }

    private boolean canEnableWebAccess() {
        return service.current().isPresent() && table.getSelectedRowCount() > 0;
    }

    private void copyInventory() {
        service.current().ifPresent(lab -> {
            Clipboard clipboard = Lookup.getDefault().lookup(Clipboard.class);
            if (clipboard == null) {
                clipboard = Toolkit.getDefaultToolkit().getSystemClipboard();
            }
            StringSelection csv = new StringSelection(lab.inventoryCsv());
            clipboard.setContents(csv, csv);
            status.setText(Bundle.STATUS_Copied());
        });
    }

    /** Buttons and table follow the service and the session: after every start, stop and change. */
    private void labChanged() {
        boolean running = service.current().isPresent();
        boolean starting = session.starting();
        start.setEnabled(!running && !starting);
        startDemo.setEnabled(!running && !starting);
        enableWebAccess.setEnabled(canEnableWebAccess());
        stop.setEnabled(running);
        copy.setEnabled(running);
        applyScenario.setEnabled(service.simulatedCluster().isPresent());
        session.refresh();
    }

    private void showingChanged(boolean showing) {
        if (showing) {
            refreshTimer.start();
            session.refresh();
        } else {
            refreshTimer.stop();
        }
    }

    /** True while the periodic refresh runs (the panel is showing). */
    boolean refreshing() {
        return refreshTimer.isRunning();
    }
}
