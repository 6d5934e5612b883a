package org.voicebench.audit.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.openide.util.RequestProcessor;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * The Trust Audit window's content. Run Audit assesses the phones on a background thread (a progress handle
 * that cancels, rows appearing live); Plan Fix shows audit-core's plan; Fix N Phones asks, then erases and
 * verifies in the background, rows turning to their final state; exports write the report atomically.
 * Cancelling interrupts the worker: an assessment is dropped, a fix returns what each phone reached.
 */
@Messages({
    "BTN_Run=&Run Audit", "BTN_Cancel=Ca&ncel", "BTN_Plan=&Plan Fix", "BTN_FixNone=&Fix Phones\u2026",
    "# {0} - phones", "BTN_Fix=&Fix {0} Phones\u2026",
    "BTN_FromLab=From Phone &Lab",
    "TIP_FromLab=Use the running Phone Lab's cluster: each node's ITL URL, and its baseline ITLs as earlier ITLs",
    "BTN_ExportHtml=Export &HTML\u2026", "BTN_ExportCsv=Export &CSV\u2026", "BTN_ExportJson=Export &JSON\u2026",
    "TAB_Fleet=Fleet", "TAB_Plan=Plan", "ACSN_Plan=Fix plan", "ACSN_Status=Status", "ACSN_Error=Problem",
    "# {0} - node", "SOURCE_Baseline=baseline ITL of {0}",
    "ERR_NoPhones=No phones to audit: add phones in the Phones window (or start the Phone Lab), or select phones"
            + " or a group there and choose Audit Trust\u2026",
    "# {0} - reason", "ERR_FromLab=Cannot use the Phone Lab: {0}",
    "# {0} - reason", "ERR_Audit=Cannot audit: {0}",
    "# {0} - error", "ERR_Unexpected=The audit failed unexpectedly: {0} (details in the log)",
    "# {0} - reason", "ERR_Fix=The fix could not run: {0}",
    "# {0} - file", "# {1} - reason", "ERR_Export=Cannot write {0}: {1}",
    "STATUS_Loading=Reading the cluster's ITLs\u2026",
    "# {0} - phones", "PROGRESS_Assess=Auditing the ITL of {0} phone(s)",
    "# {0} - done", "# {1} - total", "STATUS_Assessing={0} of {1} phone(s) assessed",
    "# {0} - counts", "STATUS_Assessed=Audit finished: {0}",
    "STATUS_Cancelled=Audit cancelled.",
    "# {0} - restarting", "# {1} - erasing", "# {2} - skipped",
    "STATUS_Planned=Plan: restart {0} phone(s), erase the ITL of {1}, skip {2}.",
    "BTN_EraseAll=&Erase all (no restarts)",
    "TIP_EraseAll=Erase the ITL of every mismatched phone, also those the comparer says a restart fixes",
    "# {0} - phones", "# {1} - macro",
    "# {0} - restarting", "# {1} - erasing", "# {2} - erase macro",
    "CONFIRM_Fix=Restart {0} phone(s) and erase the ITL of {1} phone(s) with the {2} macro?\nA restarted phone that still does"
            + " not trust the cluster is erased too; an erased phone takes the next ITL it is given on trust.",
    "# {0} - phones", "PROGRESS_Fix=Fixing and verifying the ITL of {0} phone(s)",
    "# {0} - done", "# {1} - total", "STATUS_Fixing={0} of {1} phone(s) verified",
    "# {0} - counts", "STATUS_Fixed=Fix finished: {0}",
    "# {0} - counts", "STATUS_FixCancelled=Fix cancelled; each phone shows what it reached: {0}",
    "# {0} - file", "STATUS_Exported=Saved {0}",
    "TITLE_ExportHtml=Export Trust Audit as HTML", "TITLE_ExportCsv=Export Trust Audit as CSV",
    "TITLE_ExportJson=Export Trust Audit as JSON",
    "# {0} - phones", "# {1} - cluster ITLs", "LOG_Start=Auditing {0} phone(s) against {1}",
    "# {0} - phones", "LOG_FixStart=Fixing the ITL of {0} phone(s): restarts first, erases where needed",
    "PHONES_FromPhonesWindow=from the Phones window",
    "# {0} - groups", "PHONES_Groups=from the Phones window: {0}",
    "PHONES_Default=the Phones window's Lab group when the Phone Lab runs, else its whole list"
})
final class AuditPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(AuditPanel.class.getName());
    /** Interruptible: Cancel interrupts the audit's thread, which cancels the audit. */
    private static final RequestProcessor RP = new RequestProcessor(AuditPanel.class.getName(), 1, true);
    private static final RequestProcessor WRITES = new RequestProcessor(AuditPanel.class.getName() + ".write", 1);

    private final PhoneLabService lab;
    private final AuditDialogs dialogs;
    private final TrustListDownloader downloader;
    private final JButton fromLab = new JButton();
    private final InputsForm inputs;
    private final AuditRowsModel rows = new AuditRowsModel();
    private final ResultsView results = new ResultsView(rows);
    private final PlanModel planModel = new PlanModel();
    private final JTable planTable = new JTable(planModel);
    private final JTabbedPane tabs = new JTabbedPane();
    private final AuditBanner banner = new AuditBanner();
    private final JButton run = new JButton();
    private final JButton cancel = new JButton();
    private final JButton plan = new JButton();
    private final JButton fix = new JButton();
    private final JCheckBox eraseAll = new JCheckBox();
    private final JButton exportHtml = new JButton();
    private final JButton exportCsv = new JButton();
    private final JButton exportJson = new JButton();
    private final JLabel status = new JLabel(" ");
    private final JLabel error = new JLabel(" ");

    // the audit shown (Swing thread)
    /** The phones chosen with Audit Trust..., or null: then the default phones at each run. */
    private PhoneSet phones;
    private Supplier<PhoneSet> defaultPhones = () -> null;
    private Consumer<List<PhoneEntry>> onPhonesTouched = p -> { };
    private FleetAudit audit;
    /** The profiles of the audit shown (the phones may be replaced meanwhile). */
    private ModelProfiles profiles;
    private ClusterItls cluster;
    private Instant started;
    private AuditReport report;
    /** Which run's callbacks may change the window; bumped by every run and by cancelling an assessment. */
    private int generation;
    private RequestProcessor.Task running;

    /**
     * @param lab the Phone Lab (From Phone Lab, and the fast settings for its phones), or null for none
     */
    AuditPanel(PhoneLabService lab, AuditDialogs dialogs, TrustListDownloader downloader) {
        super(new BorderLayout());
        this.lab = lab;
        this.dialogs = dialogs;
        this.downloader = downloader;
        fromLab.setName("fromLab");
        Mnemonics.setLocalizedText(fromLab, Bundle.BTN_FromLab());
        fromLab.setToolTipText(Bundle.TIP_FromLab());
        fromLab.addActionListener(e -> fillFromLab());
        inputs = new InputsForm(lab == null ? null : fromLab);
        setUp(run, "runAudit", Bundle.BTN_Run(), this::runAudit);
        setUp(cancel, "cancel", Bundle.BTN_Cancel(), this::cancel);
        setUp(plan, "planFix", Bundle.BTN_Plan(), this::planFix);
        setUp(fix, "fix", Bundle.BTN_FixNone(), this::fix);
        eraseAll.setName("eraseAll");
        Mnemonics.setLocalizedText(eraseAll, Bundle.BTN_EraseAll());
        eraseAll.setToolTipText(Bundle.TIP_EraseAll());
        eraseAll.addActionListener(e -> {
            if (planModel.plan() != null) {
                planFix();
            }
        });
        setUp(exportHtml, "exportHtml", Bundle.BTN_ExportHtml(), () -> exportInteractively(AuditExport.HTML));
        setUp(exportCsv, "exportCsv", Bundle.BTN_ExportCsv(), () -> exportInteractively(AuditExport.CSV));
        setUp(exportJson, "exportJson", Bundle.BTN_ExportJson(), () -> exportInteractively(AuditExport.JSON));
        status.setName("status");
        status.getAccessibleContext().setAccessibleName(Bundle.ACSN_Status());
        error.setName("error");
        error.setForeground(new Color(0xB71C1C));
        error.getAccessibleContext().setAccessibleName(Bundle.ACSN_Error());
        error.setBorder(BorderFactory.createEmptyBorder(0, 8, 2, 8));
        planTable.setName("plan");
        planTable.getAccessibleContext().setAccessibleName(Bundle.ACSN_Plan());
        planTable.setAutoCreateRowSorter(true);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        for (JButton b : List.of(run, cancel, plan, fix)) {
            buttons.add(b);
        }
        buttons.add(eraseAll);
        for (JButton b : List.of(exportHtml, exportCsv, exportJson)) {
            buttons.add(b);
        }
        buttons.add(status);
        JPanel north = new JPanel(new BorderLayout());
        north.add(inputs, BorderLayout.NORTH);
        north.add(buttons, BorderLayout.CENTER);
        north.add(error, BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.add(north, BorderLayout.NORTH);
        top.add(banner, BorderLayout.SOUTH);
        tabs.addTab(Bundle.TAB_Fleet(), results);
        tabs.addTab(Bundle.TAB_Plan(), new JScrollPane(planTable));
        add(top, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        buttons();
    }

    /**
     * Told which phones an audit probed or a fix acted on, so that other windows (the Phones window's status and
     * ITL columns) can show their state now. Swing thread.
     */
    void setOnPhonesTouched(Consumer<List<PhoneEntry>> listener) {
        onPhonesTouched = listener == null ? p -> { } : listener;
    }

    private void touched(AuditReport r, boolean fixRun) {
        List<PhoneEntry> phones = r.rows().stream().filter(row -> !fixRun || !row.done().isEmpty())
                .map(row -> row.phone().phone()).toList();
        if (!phones.isEmpty()) {
            onPhonesTouched.accept(phones);
        }
    }

    private static void setUp(JButton b, String name, String text, Runnable action) {
        b.setName(name);
        Mnemonics.setLocalizedText(b, text);
        b.addActionListener(e -> action.run());
    }

    /**
     * The phones audited when none were chosen with Audit Trust... (the Phones window's Lab group or whole
     * list), asked at each run because the lab and the list change.
     */
    void setDefaultPhones(Supplier<PhoneSet> value) {
        defaultPhones = value;
        if (phones == null) {
            showDefaultPhones();
        }
    }

    private void showDefaultPhones() {
        PhoneSet set = defaultPhones.get();
        inputs.showPhones(set == null ? 0 : set.phones().size(), Bundle.PHONES_Default());
    }

    /** The phones the next audit runs on (from the Phones window's "Audit Trust..."). */
    void setPhones(PhoneSet value) {
        phones = value;
        String groups = value == null ? "" : value.phones().stream().map(e -> e.group())
                .filter(g -> g != null && !g.isBlank()).distinct().collect(Collectors.joining(", "));
        inputs.showPhones(value == null ? 0 : value.phones().size(),
                groups.isEmpty() ? Bundle.PHONES_FromPhonesWindow() : Bundle.PHONES_Groups(groups));
        buttons();
    }

    /** From Phone Lab on opening, when no cluster ITL is given yet and a lab with a cluster runs. */
    void fillFromLabIfEmpty() {
        if (inputs.noLocations() && running == null) {
            fillFromLab();
        }
    }

    /** Fills the inputs from the running lab's cluster: each node's ITL URL and its baseline ITL. */
    void fillFromLab() {
        ClusterDescription c = lab == null ? null : lab.cluster().orElse(null);
        if (c == null) {
            return;
        }
        WRITES.post(() -> {
            try {
                List<String> urls = new ArrayList<>();
                List<TrustList> baselines = new ArrayList<>();
                for (ClusterNodeDescription n : c.nodes()) {
                    urls.add(n.itlHttpUrl());
                    baselines.add(TrustLists.read(n.baselineItl(), Bundle.SOURCE_Baseline(n.name())));
                }
                SwingUtilities.invokeLater(() -> {
                    inputs.fillFromLab(urls, baselines);
                    error.setText(" ");
                });
            } catch (TrustListFormatException | RuntimeException e) {
                String message = Bundle.ERR_FromLab(e.getMessage());
                LOG.log(Level.INFO, message, e);
                SwingUtilities.invokeLater(() -> showError(message));
            }
        });
    }

    /** The running lab's phones, for the choice of settings. */
    private Set<PhoneAddress> labPhones() {
        if (lab == null) {
            return Set.of();
        }
        return lab.phones().stream().map(LabPhone::address).collect(Collectors.toSet());
    }

    /** Starts an audit of the phones with the form's inputs; a missing input is shown and nothing runs. */
    void runAudit() {
        PhoneSet set = phones != null ? phones : defaultPhones.get();
        if (set == null || set.phones().isEmpty()) {
            showError(Bundle.ERR_NoPhones());
            return;
        }
        ClusterInputs in;
        try {
            in = inputs.read();
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        if (phones == null) {
            inputs.showPhones(set.phones().size(), Bundle.PHONES_Default());
        }
        FleetAudit a = new FleetAudit(set.client(), set.profiles(),
                set.settings(labPhones()).withConcurrency(inputs.concurrency()));
        int id = ++generation;
        audit = a;
        profiles = set.profiles();
        cluster = null;
        report = null;
        started = Instant.now();
        rows.clear();
        planModel.show(null);
        banner.show(null);
        refresh();
        error.setText(" ");
        status.setText(Bundle.STATUS_Loading());
        tabs.setSelectedIndex(0);
        AuditLog.line(Bundle.LOG_Start(set.phones().size(), String.join(", ", in.locations())));
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.PROGRESS_Assess(set.phones().size()), () -> {
            SwingUtilities.invokeLater(this::cancel);
            return true;
        });
        running = RP.create(() -> assess(id, a, set, in, handle));
        running.schedule(0);
        buttons();
    }

    /** On the background thread. */
    private void assess(int id, FleetAudit a, PhoneSet set, ClusterInputs in, ProgressHandle handle) {
        int total = set.phones().size();
        handle.start(total);
        handle.switchToIndeterminate();
        try {
            ClusterItls itls = in.loadCluster(downloader);
            List<TrustList> known = in.knownItls();
            handle.switchToDeterminate(total);
            WorkerProgress progress = new WorkerProgress(handle, total);
            Instant from = Instant.now();
            List<PhoneAudit> found = a.assess(set.phones(), itls, known, new AuditListener() {
                @Override
                public void phoneAssessed(PhoneAudit phone, int done, int all) {
                    progress.progress(done, n -> Bundle.STATUS_Assessing(n, all));
                    later(id, () -> {
                        rows.assessed(phone);
                        status.setText(Bundle.STATUS_Assessing(done, all));
                        refresh();
                    });
                }
            });
            AuditReport r = a.report(from, itls, found);
            later(id, () -> assessed(itls, from, r));
        } catch (AuditInputException e) {
            LOG.log(Level.INFO, e.getMessage(), e);
            later(id, () -> failed(Bundle.ERR_Audit(e.getMessage())));
        } catch (InterruptedException | CancellationException e) {
            // Cancel interrupted the downloads (CancellationException) or the probes: the run was dropped
            LOG.log(Level.FINE, "audit cancelled", e);
        } catch (RuntimeException e) {
            // a bug, not the user's input: the trace goes to the log, the window says so in one line
            LOG.log(Level.WARNING, "trust audit failed", e);
            later(id, () -> failed(Bundle.ERR_Unexpected(e.toString())));
        } finally {
            handle.finish();
        }
    }

    private void assessed(ClusterItls itls, Instant from, AuditReport r) {
        running = null;
        cluster = itls;
        started = from;
        report = r;
        rows.report(r);
        touched(r, false);
        banner.show(r);
        refresh();
        String counts = Counts.text(r.counts());
        status.setText(Bundle.STATUS_Assessed(counts));
        AuditLog.line(Bundle.STATUS_Assessed(counts));
        buttons();
    }

    private void failed(String message) {
        running = null;
        status.setText(" ");
        showError(message);
        AuditLog.error(message);
        buttons();
    }

    /** Shows audit-core's plan for the audited phones in the Plan tab. */
    void planFix() {
        if (report == null || report.fixRun()) {
            return;
        }
        FixPlan p = FixPlan.of(rows.audits(), profiles, PlanOptions.defaults().withEraseAll(eraseAll.isSelected()));
        planModel.show(p);
        tabs.setSelectedIndex(1);
        status.setText(Bundle.STATUS_Planned(p.restarting().size(), p.erasing().size(), p.skipped().size()));
        buttons();
    }

    /** Asks, then runs the plan in the background; rows turn to their final state as phones are verified. */
    void fix() {
        FixPlan p = planModel.plan();
        if (p == null || p.acting().isEmpty() || running != null || report == null || report.fixRun()) {
            return;
        }
        int n = p.acting().size();
        if (!dialogs.confirm(Bundle.CONFIRM_Fix(p.restarting().size(), p.erasing().size(), p.macro().name()))) {
            return;
        }
        int id = ++generation;
        FleetAudit a = audit;
        ClusterItls itls = cluster;
        Instant from = started;
        List<PhoneAudit> audited = rows.audits();
        rows.fixing(p.acting());
        tabs.setSelectedIndex(0);
        error.setText(" ");
        AuditLog.line(Bundle.LOG_FixStart(n));
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.PROGRESS_Fix(n), () -> {
            SwingUtilities.invokeLater(this::cancel);
            return true;
        });
        running = RP.create(() -> fixWork(id, a, itls, from, audited, p, handle));
        running.schedule(0);
        buttons();
    }

    /** On the background thread. */
    private void fixWork(int id, FleetAudit a, ClusterItls itls, Instant from, List<PhoneAudit> audited, FixPlan p,
            ProgressHandle handle) {
        int total = p.acting().size();
        handle.start(total);
        WorkerProgress progress = new WorkerProgress(handle, total);
        try {
            AuditReport r = a.fix(from, itls, audited, p, new AuditListener() {
                @Override
                public void restartFinished(PhoneResult result, int done, int all) {
                    later(id, () -> rows.macroFinished(p.options().restart().name(), result));
                }

                @Override
                public void macroFinished(PhoneResult result, int done, int all) {
                    later(id, () -> rows.macroFinished(p.macro().name(), result));
                }

                @Override
                public void phoneVerified(AuditRow row, int done, int all) {
                    progress.progress(done, n -> Bundle.STATUS_Fixing(n, all));
                    later(id, () -> {
                        rows.verified(row);
                        status.setText(Bundle.STATUS_Fixing(done, all));
                        refresh();
                    });
                }
            });
            boolean cancelled = Thread.interrupted(); // fix returns what the phones reached, flag set
            later(id, () -> fixed(r, cancelled));
        } catch (IOException e) {
            LOG.log(Level.INFO, e.getMessage(), e);
            later(id, () -> failed(Bundle.ERR_Fix(e.getMessage())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "trust audit fix failed", e);
            later(id, () -> failed(Bundle.ERR_Unexpected(e.toString())));
        } finally {
            handle.finish();
        }
    }

    private void fixed(AuditReport r, boolean cancelled) {
        running = null;
        report = r;
        rows.report(r);
        touched(r, true);
        banner.show(r);
        refresh();
        String counts = Counts.text(r.counts());
        String text = cancelled ? Bundle.STATUS_FixCancelled(counts) : Bundle.STATUS_Fixed(counts);
        status.setText(text);
        AuditLog.line(text);
        buttons();
    }

    /**
     * Cancels what runs: an assessment is dropped (rows shown so far stay), a fix is interrupted and still
     * reports what each phone reached.
     */
    void cancel() {
        if (running == null) {
            return;
        }
        boolean assessing = cluster == null;
        if (running.cancel() && !assessing) {
            running = null; // a fix removed from the queue before it started: nothing will report
            generation++;
        }
        if (assessing) {
            generation++;
            running = null;
            status.setText(Bundle.STATUS_Cancelled());
            AuditLog.line(Bundle.STATUS_Cancelled());
        }
        buttons();
    }

    /** Runs {@code change} on the Swing thread unless a newer run (or a cancel) superseded run {@code id}. */
    private void later(int id, Runnable change) {
        SwingUtilities.invokeLater(() -> {
            if (id == generation) {
                change.run();
            }
        });
    }

    private void refresh() {
        Instant from = started != null ? started : Instant.now();
        results.refresh(new AuditReport(from, Instant.now(), List.of(), report != null && report.fixRun(), rows.rows()));
    }

    private void exportInteractively(AuditExport format) {
        if (report == null) {
            return;
        }
        String title = switch (format) {
            case HTML -> Bundle.TITLE_ExportHtml();
            case CSV -> Bundle.TITLE_ExportCsv();
            case JSON -> Bundle.TITLE_ExportJson();
        };
        Path target = dialogs.saveFile(title, "trust-audit." + format.extension(), format.extension());
        if (target != null) {
            export(format, target);
        }
    }

    /** Writes the shown report off the Swing thread; completes with the file, or null after a failure (shown). */
    CompletableFuture<Path> export(AuditExport format, Path target) {
        AuditReport r = report;
        CompletableFuture<Path> done = new CompletableFuture<>();
        WRITES.post(() -> {
            try {
                Path written = format.write(r, target);
                SwingUtilities.invokeLater(() -> {
                    status.setText(Bundle.STATUS_Exported(written));
                    AuditLog.line(Bundle.STATUS_Exported(written));
                });
                done.complete(written);
            } catch (IOException | RuntimeException e) {
                String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
                String message = Bundle.ERR_Export(target, reason);
                LOG.log(Level.INFO, message, e);
                SwingUtilities.invokeLater(() -> {
                    showError(message);
                    AuditLog.error(message);
                });
                done.complete(null);
            }
        });
        return done;
    }

    private void showError(String message) {
        error.setText(message);
    }

    private void buttons() {
        boolean busy = running != null;
        boolean fixable = report != null && !report.fixRun();
        FixPlan p = planModel.plan();
        int erasing = p == null ? 0 : p.acting().size();
        run.setEnabled(!busy);
        cancel.setEnabled(busy);
        inputs.setEditable(!busy);
        fromLab.setEnabled(!busy && lab != null && lab.cluster().isPresent());
        plan.setEnabled(!busy && fixable);
        eraseAll.setEnabled(!busy && fixable);
        Mnemonics.setLocalizedText(fix, erasing == 0 ? Bundle.BTN_FixNone() : Bundle.BTN_Fix(erasing));
        fix.setEnabled(!busy && fixable && erasing > 0);
        boolean shown = report != null && !busy;
        exportHtml.setEnabled(shown);
        exportCsv.setEnabled(shown);
        exportJson.setEnabled(shown);
    }

    /** Re-reads whether a lab runs (the lab service says so on any thread). */
    void labChanged() {
        buttons();
        if (phones == null) {
            // after the Phones window's own listener has moved the lab's phones into its Lab group
            SwingUtilities.invokeLater(this::showDefaultPhones);
        }
    }

    /** Cancels a run still going (the window closed). */
    void closed() {
        cancel();
    }

    // --- for tests ---

    AuditRowsModel rows() {
        return rows;
    }

    ResultsView results() {
        return results;
    }

    PlanModel planModel() {
        return planModel;
    }

    AuditBanner banner() {
        return banner;
    }

    InputsForm inputs() {
        return inputs;
    }

    AuditReport report() {
        return report;
    }

    boolean isRunning() {
        return running != null;
    }

    String statusText() {
        return status.getText();
    }

    String errorText() {
        return error.getText();
    }
}
