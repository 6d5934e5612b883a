package org.voicebench.audit.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.readiness.ui.api.ReadinessWindow;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.OutputLog;
import org.voicebench.ui.ReportExports;
import org.voicebench.ui.ReportExports.Format;

/**
 * The Trust Audit window's content. Run Audit assesses the phones on a background thread (a progress handle
 * that cancels, rows appearing live); Plan Fix shows audit-core's plan; Fix N Phones asks, then erases and
 * verifies in the background, rows turning to their final state; exports write the report atomically.
 * Cancelling interrupts the worker: an assessment is dropped, a fix returns what each phone reached.
 * The panel only lays out and renders: the runs, the plan and the cancelling are {@link AuditSession}'s,
 * which hands its steps to the Swing thread.
 */
@Messages({
    "TAB_TrustAudit=Trust Audit",
    "BTN_Run=&Run Audit", "BTN_Cancel=Ca&ncel", "BTN_Plan=&Plan Fix", "BTN_FixNone=&Fix Phones\u2026",
    "# {0} - phones", "BTN_Fix=&Fix {0} Phones\u2026",
    "BTN_FromLab=From Phone &Lab",
    "TIP_FromLab=Use the running Phone Lab's cluster: each node's ITL URL, and its baseline ITLs as earlier ITLs",
    "BTN_Readiness=Rea&diness\u2026",
    "TIP_Readiness=Before a certificate change: open the Readiness window with these phones and cluster ITLs",
    "TAB_Fleet=Fleet", "TAB_Plan=Plan", "ACSN_Plan=Fix plan", "ACSN_Status=Status", "ACSN_Error=Problem",
    "# {0} - node", "SOURCE_Baseline=baseline ITL of {0}",
    "ERR_NoPhones=No phones to audit: add phones in the Phones window (or start the Phone Lab), or select phones"
            + " or a group there and choose Audit Trust\u2026",
    "# {0} - reason", "ERR_FromLab=Cannot use the Phone Lab: {0}",
    "# {0} - reason", "ERR_Audit=Cannot audit: {0}",
    "# {0} - error", "ERR_Unexpected=The audit failed unexpectedly: {0} (details in the log)",
    "# {0} - reason", "ERR_Fix=The fix could not run: {0}",
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
    "# {0} - phones", "CONFIRM_OverCti={0} of them are erased over CTI: CUCM delivers the keys, no screen can be read"
            + " between them.",
    "# {0} - phones", "PROGRESS_Fix=Fixing and verifying the ITL of {0} phone(s)",
    "# {0} - done", "# {1} - total", "STATUS_Fixing={0} of {1} phone(s) verified",
    "# {0} - counts", "STATUS_Fixed=Fix finished: {0}",
    "# {0} - counts", "STATUS_FixCancelled=Fix cancelled; each phone shows what it reached: {0}",
    "REPORT_Name=Trust Audit",
    "# {0} - phones", "# {1} - cluster ITLs", "LOG_Start=Auditing {0} phone(s) against {1}",
    "# {0} - phones", "LOG_FixStart=Fixing the ITL of {0} phone(s): restarts first, erases where needed",
    "PHONES_FromPhonesWindow=from the Phones window",
    "# {0} - groups", "PHONES_Groups=from the Phones window: {0}",
    "PHONES_Default=the Phones window's Lab group when the Phone Lab runs, else its whole list"
})
final class AuditPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(AuditPanel.class.getName());
    /** The "Trust Audit" tab of the Output window: what each run found and did. */
    static final OutputLog OUTPUT = new OutputLog(Bundle.TAB_TrustAudit());

    /** Reading the lab's baselines, writing exports: independent jobs beside the session's runs. */
    private final BackgroundWork work = new BackgroundWork(AuditPanel.class.getName());

    private final PhoneLabService lab;
    private final Dialogs dialogs;
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
    private final CtiChoices ctiChoices = new CtiChoices(this::replan);
    private final ReportExports exports;
    private final JButton readiness = new JButton();
    private final JLabel status = new JLabel(" ");
    private final JLabel error = new JLabel(" ");

    /** The run/plan/fix/cancel logic; its owner thread is the Swing thread. */
    private final AuditSession session;
    /** The phones chosen with Audit Trust..., or null: then the default phones at each run. */
    private PhoneSet phones;
    private Supplier<PhoneSet> defaultPhones = () -> null;
    private Consumer<List<PhoneEntry>> onPhonesTouched = p -> { };
    private Consumer<Map<PhoneAddress, KeyTransport>> onKeysUsed = k -> { };
    /** Opens the Readiness window, or null when its module is not there (the button is hidden then). */
    private Consumer<ReadinessWindow.Request> onReadiness;

    /**
     * @param lab the Phone Lab (From Phone Lab, and the fast settings for its phones), or null for none
     */
    AuditPanel(PhoneLabService lab, Dialogs dialogs, TrustListDownloader downloader) {
        this(lab, dialogs, downloader, FixKeys.WEB);
    }

    /**
     * @param keys how fixes reach the phones: the web only, or also CTI
     */
    AuditPanel(PhoneLabService lab, Dialogs dialogs, TrustListDownloader downloader, FixKeys keys) {
        super(new BorderLayout());
        this.lab = lab;
        this.dialogs = dialogs;
        this.session = new AuditSession(downloader, SwingUtilities::invokeLater, new Renderer(), keys);
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
        eraseAll.addActionListener(e -> replan());
        exports = new ReportExports(Bundle.REPORT_Name(), "trust-audit", List.of(Format.HTML, Format.CSV, Format.JSON),
                dialogs, work, this::reportWriter, ReportExports.Feedback.of(status::setText, this::showError, OUTPUT));
        setUp(readiness, "readiness", Bundle.BTN_Readiness(), this::openReadiness);
        readiness.setToolTipText(Bundle.TIP_Readiness());
        readiness.setVisible(false);
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
        exports.buttons().forEach(buttons::add);
        buttons.add(readiness);
        buttons.add(status);
        JPanel north = new JPanel(new BorderLayout());
        north.add(inputs, BorderLayout.NORTH);
        JPanel actions = new JPanel(new BorderLayout());
        actions.add(buttons, BorderLayout.NORTH);
        actions.add(ctiChoices, BorderLayout.SOUTH);
        north.add(actions, BorderLayout.CENTER);
        north.add(error, BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.add(north, BorderLayout.NORTH);
        top.add(banner, BorderLayout.SOUTH);
        tabs.addTab(Bundle.TAB_Fleet(), results);
        tabs.addTab(Bundle.TAB_Plan(), new JScrollPane(planTable));
        add(top, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        ctiChanged();
        buttons();
    }

    /** The plan shown is made again after a choice changed. */
    private void replan() {
        if (session.plan() != null) {
            planFix();
        }
    }

    /** Re-reads whether fixes can use CTI (the options were saved, the lab started or stopped). Swing thread. */
    void ctiChanged() {
        ctiChoices.show(session.ctiUsable(), session.ctiDescription());
        replan();
    }

    /** Told how each phone's keys went in a fix (the Phones window shows it). Swing thread. */
    void setOnKeysUsed(Consumer<Map<PhoneAddress, KeyTransport>> listener) {
        onKeysUsed = listener == null ? k -> { } : listener;
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
        Map<PhoneAddress, KeyTransport> keys = new LinkedHashMap<>();
        for (AuditRow row : r.rows()) {
            if (fixRun && row.macro() != null && row.macro().touched()) {
                keys.put(row.phone().phone().address(), row.macro().transport());
            }
        }
        if (!keys.isEmpty()) {
            onKeysUsed.accept(keys);
        }
    }

    /** Shows Readiness..., which hands the phones and cluster ITLs to {@code opener}; null hides it. Swing thread. */
    void setOnReadiness(Consumer<ReadinessWindow.Request> opener) {
        onReadiness = opener;
        readiness.setVisible(opener != null);
    }

    /** Readiness...: the phones the next audit would run on and the cluster's ITLs as given (none when not given yet). */
    void openReadiness() {
        PhoneSet set = phones != null ? phones : defaultPhones.get();
        if (onReadiness == null) {
            return;
        }
        if (set == null || set.phones().isEmpty()) {
            showError(Bundle.ERR_NoPhones());
            return;
        }
        ClusterInputs in;
        try {
            in = inputs.read();
        } catch (IllegalArgumentException e) {
            in = new ClusterInputs(List.of(), List.of(), List.of()); // the Readiness window takes the lab's, or asks
        }
        onReadiness.accept(new ReadinessWindow.Request(set.phones(), set.client(), set.profiles(), in.locations(),
                in.knownFiles(), in.labKnown()));
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
        if (inputs.noLocations() && !session.isRunning()) {
            fillFromLab();
        }
    }

    /** The running lab's cluster as the audit's inputs: each node's ITL URL, and its baseline ITL. */
    private record LabItls(List<String> urls, List<TrustList> baselines) {
    }

    /** Fills the inputs from the running lab's cluster: each node's ITL URL and its baseline ITL. */
    void fillFromLab() {
        ClusterDescription c = lab == null ? null : lab.cluster().orElse(null);
        if (c == null) {
            return;
        }
        work.post(null, ctx -> {
            List<String> urls = new ArrayList<>();
            List<TrustList> baselines = new ArrayList<>();
            for (ClusterNodeDescription n : c.nodes()) {
                urls.add(n.itlHttpUrl());
                baselines.add(TrustLists.read(n.baselineItl(), Bundle.SOURCE_Baseline(n.name())));
            }
            return new LabItls(urls, baselines);
        }, itls -> {
            inputs.fillFromLab(itls.urls(), itls.baselines());
            error.setText(" ");
        }, e -> {
            String message = Bundle.ERR_FromLab(e.getMessage());
            LOG.log(Level.INFO, message, e);
            showError(message);
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
        session.assess(set, set.settings(labPhones()).withConcurrency(inputs.concurrency()), in);
        rows.clear();
        planModel.show(null);
        banner.show(null);
        refresh();
        error.setText(" ");
        status.setText(Bundle.STATUS_Loading());
        tabs.setSelectedIndex(0);
        OUTPUT.line(Bundle.LOG_Start(set.phones().size(), String.join(", ", in.locations())));
        buttons();
    }

    /** Shows audit-core's plan for the audited phones in the Plan tab. */
    void planFix() {
        FixPlan p = session.plan(ctiChoices.choices(eraseAll.isSelected()));
        if (p == null) {
            return;
        }
        planModel.show(p);
        tabs.setSelectedIndex(1);
        status.setText(Bundle.STATUS_Planned(p.restarting().size(), p.erasing().size(), p.skipped().size()));
        buttons();
    }

    /** Asks, then runs the plan in the background; rows turn to their final state as phones are verified. */
    void fix() {
        FixPlan p = session.plan();
        if (!session.canFix()
                || !dialogs.confirm(Bundle.CONFIRM_Fix(p.restarting().size(), p.erasing().size(), p.macro().name())
                        + (p.overCti().isEmpty() ? "" : "\n" + Bundle.CONFIRM_OverCti(p.overCti().size())))
                || !session.fix()) {
            return;
        }
        rows.fixing(p.acting());
        tabs.setSelectedIndex(0);
        error.setText(" ");
        OUTPUT.line(Bundle.LOG_FixStart(p.acting().size()));
        buttons();
    }

    /**
     * Cancels what runs: an assessment is dropped (rows shown so far stay), a fix is interrupted and still
     * reports what each phone reached.
     */
    void cancel() {
        session.cancel();
        buttons();
    }

    /** Renders what the session tells, on the Swing thread (the session's owner). */
    private final class Renderer implements AuditSession.Listener {

        @Override
        public void phoneAssessed(PhoneAudit phone, int done, int total) {
            rows.assessed(phone);
            status.setText(Bundle.STATUS_Assessing(done, total));
            refresh();
        }

        @Override
        public void assessed(AuditReport r) {
            finished(r, false, Bundle.STATUS_Assessed(Counts.text(r.counts())));
        }

        @Override
        public void macroFinished(String macro, PhoneResult result) {
            rows.macroFinished(macro, result);
        }

        @Override
        public void phoneVerified(AuditRow row, int done, int total) {
            rows.verified(row);
            status.setText(Bundle.STATUS_Fixing(done, total));
            refresh();
        }

        @Override
        public void fixed(AuditReport r, boolean cancelled) {
            String counts = Counts.text(r.counts());
            finished(r, true, cancelled ? Bundle.STATUS_FixCancelled(counts) : Bundle.STATUS_Fixed(counts));
        }

        private void finished(AuditReport r, boolean fixRun, String text) {
            rows.report(r);
            touched(r, fixRun);
            banner.show(r);
            refresh();
            status.setText(text);
            OUTPUT.line(text);
            buttons();
        }

        @Override
        public void failed(String message) {
            status.setText(" ");
            showError(message);
            OUTPUT.error(message);
            buttons();
        }

        @Override
        public void assessmentCancelled() {
            status.setText(Bundle.STATUS_Cancelled());
            OUTPUT.line(Bundle.STATUS_Cancelled());
            buttons();
        }

        @Override
        public void fixDropped() {
            buttons();
        }
    }

    private void refresh() {
        Instant started = session.started();
        Instant from = started != null ? started : Instant.now();
        AuditReport report = session.report();
        results.refresh(new AuditReport(from, Instant.now(), List.of(), report != null && report.fixRun(), rows.rows()));
    }

    /** Writes the report shown now, or null while there is none. */
    private ReportExports.Writer reportWriter() {
        AuditReport r = session.report();
        return r == null ? null : (format, target) -> AuditExport.write(r, format, target);
    }

    private void showError(String message) {
        error.setText(message);
    }

    private void buttons() {
        boolean busy = session.isRunning();
        AuditReport report = session.report();
        boolean fixable = report != null && !report.fixRun();
        FixPlan p = session.plan();
        int erasing = p == null ? 0 : p.acting().size();
        run.setEnabled(!busy);
        cancel.setEnabled(busy);
        inputs.setEditable(!busy);
        fromLab.setEnabled(!busy && lab != null && lab.cluster().isPresent());
        plan.setEnabled(!busy && fixable);
        eraseAll.setEnabled(!busy && fixable);
        ctiChoices.setEnabled(!busy && fixable);
        Mnemonics.setLocalizedText(fix, erasing == 0 ? Bundle.BTN_FixNone() : Bundle.BTN_Fix(erasing));
        fix.setEnabled(!busy && fixable && erasing > 0);
        boolean shown = report != null && !busy;
        exports.setEnabled(shown);
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
        return session.report();
    }

    boolean isRunning() {
        return session.isRunning();
    }

    String statusText() {
        return status.getText();
    }

    String errorText() {
        return error.getText();
    }
}
