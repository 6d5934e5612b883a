package org.voicebench.lab.ui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.Toolkit;
import java.awt.datatransfer.Clipboard;
import java.awt.datatransfer.StringSelection;
import java.awt.event.HierarchyEvent;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.prefs.Preferences;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
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
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.Mnemonics;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The Phone Lab window's content: the Start lab form, Start/Start Demo Lab/Stop/Copy inventory,
 * Enable Web Access for the selected phones, and the table of the running lab's phones, refreshed
 * every {@link #REFRESH_MS} ms off the Swing thread while shown.
 * Starting and stopping run on a background thread; the password stays in memory only.
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
    "STATUS_StartingDemo=Starting the demo lab...",
    "PROGRESS_StartingDemo=Starting the demo lab",
    "STATUS_LabAlreadyRunning=A lab is running: stop it before starting the demo lab.",
    "# {0} - count", "STATUS_WebAccessOn=Web access enabled on {0} phone(s).",
    "STATUS_WebAccessAlreadyOn=Web access is already on for the selected phones.",
    "# {0} - reason", "STATUS_CannotEnableWebAccess=Cannot enable web access: {0}",
    "# {0} - address", "LOG_WebAccessOn=Web access enabled on {0}.",
    "ACSN_PhoneTable=Lab phones",
    "STATUS_NotRunning=No lab running.",
    "# {0} - count", "STATUS_Starting=Starting {0} phones...",
    "# {0} - count", "PROGRESS_Starting=Starting a phone lab of {0} phones",
    "# {0} - count", "# {1} - first phone address", "STATUS_Running={0} phones running, first at {1}.",
    "STATUS_Stopping=Stopping the lab...",
    "STATUS_Copied=Inventory CSV copied to the clipboard.",
    "# {0} - reason", "STATUS_CannotStart=Cannot start the lab: {0}",
    "STATUS_Cancelled=Start cancelled.",
    "# {0} - count", "# {1} - models", "LOG_Started=Started {0} phones ({1}):",
    "# {0} - address", "# {1} - model", "# {2} - name", "LOG_Phone=  {0}  {1}  {2}",
    "# {0} - count", "LOG_Stopped=Stopped the lab of {0} phones.",
    "# {0} - reason", "LOG_CannotStart=Cannot start the lab: {0}",
    "# {0} - count", "# {1} - scenario", "LOG_Cluster=Simulated cluster of {0} nodes, scenario {1}:",
    "# {0} - node", "# {1} - services", "LOG_Node=  {0}  {1}",
    "# {0} - scenario", "# {1} - description", "LOG_Scenario=Cluster scenario {0}: {1}.",
    "# {0} - scenario", "STATUS_Scenario=Cluster scenario now {0}."
})
public final class PhoneLabPanel extends JPanel {

    static final int REFRESH_MS = 2000;
    private static final RequestProcessor RP = new RequestProcessor(PhoneLabPanel.class.getName(), 1, true);

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
    private final Timer refreshTimer = new Timer(REFRESH_MS, e -> refresh());
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private boolean starting;
    private String demoClusterAddress = SimulatedCluster.DEFAULT_FIRST_ADDRESS;

    public PhoneLabPanel(Preferences prefs, RunningLab service) {
        super(new BorderLayout());
        this.prefs = prefs;
        this.service = service;
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
        enableWebAccess.addActionListener(e -> enableWebAccess());
        table.getSelectionModel().addListSelectionListener(e -> enableWebAccess.setEnabled(canEnableWebAccess()));
        stop.addActionListener(e -> stopLab());
        copy.addActionListener(e -> copyInventory());
        applyScenario.addActionListener(e -> applyScenario());
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
        JPanel p = new JPanel(new GridBagLayout());
        addField(p, 0, 0, Bundle.LBL_Phones(), phones);
        addField(p, 0, 2, Bundle.LBL_Models(), models);
        addField(p, 0, 4, Bundle.LBL_FirstAddress(), firstAddress);
        addField(p, 1, 0, Bundle.LBL_Port(), port);
        addField(p, 1, 2, Bundle.LBL_User(), user);
        addField(p, 1, 4, Bundle.LBL_Password(), password);
        addField(p, 2, 2, Bundle.LBL_Faults(), faults);
        faults.setToolTipText(Bundle.TIP_Faults());
        addField(p, 3, 0, Bundle.LBL_ClusterNodes(), clusterNodes);
        clusterNodes.setToolTipText(Bundle.TIP_ClusterNodes());
        addField(p, 3, 2, Bundle.LBL_Scenario(), scenario);
        scenario.setToolTipText(Bundle.TIP_Scenario());
        Mnemonics.setLocalizedText(pre12, Bundle.LBL_Pre12());
        Mnemonics.setLocalizedText(mixedMode, Bundle.LBL_MixedMode());
        JPanel options = new JPanel(new FlowLayout(FlowLayout.LEADING, 4, 0));
        options.add(pre12);
        options.add(mixedMode);
        GridBagConstraints o = new GridBagConstraints();
        o.gridx = 4;
        o.gridy = 3;
        o.gridwidth = 2;
        o.anchor = GridBagConstraints.LINE_START;
        p.add(options, o);
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
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 4;
        c.gridwidth = 6;
        c.anchor = GridBagConstraints.LINE_START;
        p.add(buttons, c);
        return p;
    }

    private static void addField(JPanel p, int row, int column, String label, JComponent field) {
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, label);
        l.setLabelFor(field);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = column;
        c.gridy = row;
        c.insets = new Insets(4, 8, 0, 4);
        c.anchor = GridBagConstraints.LINE_END;
        p.add(l, c);
        c.gridx = column + 1;
        c.anchor = GridBagConstraints.LINE_START;
        c.fill = GridBagConstraints.HORIZONTAL;
        p.add(field, c);
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
        char[] secret = password.getPassword();
        String problem = s.problem(secret);
        if (problem == null) {
            problem = cs.problem();
        }
        if (problem != null) {
            Arrays.fill(secret, '\0');
            status.setText(problem);
            return;
        }
        s.save(prefs);
        cs.save(prefs);
        launch(Bundle.STATUS_Starting(s.phones()), Bundle.PROGRESS_Starting(s.phones()), secret, false, () -> { },
                () -> {
                    LabRun run = LabStarter.start(s, cs, secret, LabLog::line);
                    return new StartedLab(run, report(s, run));
                });
    }

    /**
     * Starts the demo lab ({@link DemoLab}) with the form's first address, port and user, and its
     * password (a random one, held in memory only, when {@code randomPassword} or the field is
     * empty); {@code whenRunning} runs on the Swing thread once the demo is the running lab. On the
     * Swing thread.
     *
     * @return false when a lab is running or starting (the status says so), or the user is missing
     */
    boolean startDemo(boolean randomPassword, Runnable whenRunning) {
        if (starting || service.current().isPresent()) {
            status.setText(Bundle.STATUS_LabAlreadyRunning());
            return false;
        }
        String name = user.getText().trim();
        if (name.isEmpty()) {
            status.setText(Bundle.ERR_User());
            return false;
        }
        char[] typed = password.getPassword();
        boolean random = randomPassword || typed.length == 0;
        char[] secret = random ? DemoStarter.randomPassword() : typed;
        if (random) {
            Arrays.fill(typed, '\0');
        }
        String phonesAt = firstAddress.getText().trim();
        int phonePort = (Integer) port.getValue();
        String clusterAt = demoClusterAddress;
        launch(Bundle.STATUS_StartingDemo(), Bundle.PROGRESS_StartingDemo(), secret, true, whenRunning,
                () -> DemoStarter.start(new DemoLab.Options(new String(secret)).firstPhoneAddress(phonesAt)
                        .phonePort(phonePort).clusterFirstAddress(clusterAt), name, random));
        return true;
    }

    /** Where the demo's cluster listens (tests choose addresses no other test uses). */
    void demoClusterAddress(String address) {
        demoClusterAddress = address;
    }

    /** Starts a lab: on the background thread, publishes it unless cancelled, then logs its report. */
    @FunctionalInterface
    private interface Starter {
        StartedLab start() throws IOException;
    }

    private void launch(String startingText, String progressText, char[] secret, boolean showLog,
                        Runnable whenRunning, Starter starter) {
        starting = true;
        labChanged();
        status.setText(startingText);
        AtomicBoolean cancelled = new AtomicBoolean();
        AtomicReference<RequestProcessor.Task> task = new AtomicReference<>();
        ProgressHandle progress = ProgressHandle.createHandle(progressText, () -> {
            cancelled.set(true);
            RequestProcessor.Task t = task.get();
            if (t != null) {
                t.cancel(); // interrupts the start; a lab that started anyway is closed in runStart
            }
            return true;
        });
        task.set(RP.create(() -> runStart(starter, secret, progress, cancelled, showLog, whenRunning)));
        task.get().schedule(0);
    }

    /** On the background thread: start, then publish the lab unless the user cancelled meanwhile. */
    private void runStart(Starter starter, char[] secret, ProgressHandle progress, AtomicBoolean cancelled,
                          boolean showLog, Runnable whenRunning) {
        progress.start();
        String result;
        boolean running = false;
        try {
            StartedLab started = starter.start();
            LabRun run = started.run();
            if (cancelled.get()) {
                run.close();
                result = Bundle.STATUS_Cancelled();
            } else {
                service.publish(run);
                running = true;
                started.report().forEach(LabLog::line);
                if (showLog) {
                    LabLog.show();
                }
                result = Bundle.STATUS_Running(run.phones().phones().size(), run.phones().phone(0).hostAndPort());
            }
        } catch (IOException | RuntimeException e) {
            result = cancelled.get() ? Bundle.STATUS_Cancelled() : Bundle.STATUS_CannotStart(e.getMessage());
            if (!cancelled.get()) {
                LabLog.error(Bundle.LOG_CannotStart(e.getMessage()));
            }
        } finally {
            Arrays.fill(secret, '\0');
            progress.finish();
        }
        String shown = result;
        boolean published = running;
        SwingUtilities.invokeLater(() -> {
            starting = false;
            status.setText(shown);
            // the combo shows the running cluster's scenario (the demo's is not the form's)
            service.simulatedCluster().ifPresent(c -> scenario.setSelectedItem(c.scenario()));
            labChanged();
            if (published) {
                whenRunning.run();
            }
        });
    }

    /** What a started lab logs: its phones, then its cluster's nodes and services. */
    private static List<String> report(LabSettings s, LabRun run) {
        List<String> lines = new ArrayList<>();
        lines.add(Bundle.LOG_Started(run.phones().phones().size(), s.modelsText()));
        for (SimulatedPhone p : run.phones().phones()) {
            lines.add(Bundle.LOG_Phone(p.hostAndPort(), p.modelNumber(), p.name()));
        }
        run.clusterIfAny().ifPresent(cluster -> clusterReport(cluster, lines));
        return lines;
    }

    private static void clusterReport(SimulatedCluster cluster, List<String> lines) {
        lines.add(Bundle.LOG_Cluster(cluster.nodes().size(), cluster.scenario().cliName()));
        for (ClusterNode node : cluster.nodes()) {
            StringBuilder services = new StringBuilder();
            for (SimulatedCluster.Service service : node.services()) {
                services.append(service.label()).append(' ').append(node.hostAndPort(service)).append("  ");
            }
            services.append(node.itlHttpUrl());
            lines.add(Bundle.LOG_Node(node.fqdn(), services.toString()));
        }
    }

    /** Switches the running cluster's scenario off the Swing thread (new certificates, new ITL). */
    private void applyScenario() {
        ClusterScenario chosen = (ClusterScenario) scenario.getSelectedItem();
        service.simulatedCluster().ifPresent(cluster -> RP.post(() -> {
            cluster.apply(chosen);
            LabLog.line(Bundle.LOG_Scenario(chosen.cliName(), chosen.description()));
            SwingUtilities.invokeLater(() -> status.setText(Bundle.STATUS_Scenario(chosen.cliName())));
        }));
    }

    private void stopLab() {
        status.setText(Bundle.STATUS_Stopping());
        stop.setEnabled(false);
        RP.post(() -> {
            Optional<LabRun> stopped = service.stop();
            stopped.ifPresent(run -> LabLog.line(Bundle.LOG_Stopped(run.phones().phones().size())));
            SwingUtilities.invokeLater(() -> status.setText(Bundle.STATUS_NotRunning()));
        });
    }

    /** Turns the selected phones' web server on, off the Swing thread; the table shows it at once. */
    private void enableWebAccess() {
        Optional<PhoneLab> lab = service.current();
        List<String> addresses = selectedAddresses();
        if (lab.isEmpty() || addresses.isEmpty()) {
            return;
        }
        enableWebAccess.setEnabled(false);
        RP.post(() -> {
            String result;
            try {
                List<SimulatedPhone> switched = WebAccess.enable(lab.get(), addresses);
                switched.forEach(p -> LabLog.line(Bundle.LOG_WebAccessOn(p.hostAndPort())));
                result = switched.isEmpty() ? Bundle.STATUS_WebAccessAlreadyOn()
                        : Bundle.STATUS_WebAccessOn(switched.size());
            } catch (IOException e) {
                result = Bundle.STATUS_CannotEnableWebAccess(e.getMessage());
                LabLog.error(result);
            }
            String shown = result;
            SwingUtilities.invokeLater(() -> {
                status.setText(shown);
                enableWebAccess.setEnabled(canEnableWebAccess());
                refresh();
            });
        });
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

    /** Buttons and table follow the service: called on the Swing thread after every start and stop. */
    private void labChanged() {
        boolean running = service.current().isPresent();
        start.setEnabled(!running && !starting);
        startDemo.setEnabled(!running && !starting);
        enableWebAccess.setEnabled(canEnableWebAccess());
        stop.setEnabled(running);
        copy.setEnabled(running);
        applyScenario.setEnabled(service.simulatedCluster().isPresent());
        refresh();
    }

    private void showingChanged(boolean showing) {
        if (showing) {
            refreshTimer.start();
            refresh();
        } else {
            refreshTimer.stop();
        }
    }

    /** Reads the phones' state off the Swing thread; skipped while the previous read is still running. */
    private void refresh() {
        Optional<PhoneLab> lab = service.current();
        if (lab.isEmpty()) {
            model.setRows(List.of());
            return;
        }
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        RP.post(() -> {
            try {
                List<PhoneRow> rows = lab.get().phones().stream().map(PhoneRow::of).toList();
                SwingUtilities.invokeLater(() -> {
                    // a stop that came in meanwhile wins
                    model.setRows(service.current().orElse(null) == lab.get() ? rows : List.of());
                });
            } finally {
                refreshing.set(false);
            }
        });
    }

    /** True while the periodic refresh runs (the panel is showing). */
    boolean refreshing() {
        return refreshTimer.isRunning();
    }
}
