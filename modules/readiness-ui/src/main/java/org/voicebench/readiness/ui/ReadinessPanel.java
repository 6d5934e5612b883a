package org.voicebench.readiness.ui;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.FlowLayout;
import java.awt.Font;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.openide.awt.Mnemonics;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.readiness.CampaignJournal;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignPlan;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.CampaignState;
import org.voicebench.readiness.Outcome;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.readiness.report.OutcomeColors;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.ui.BackgroundWork;
import org.voicebench.ui.Dialogs;
import org.voicebench.ui.OutputLog;
import org.voicebench.ui.ReportExports;
import org.voicebench.ui.ReportExports.Format;
import org.voicebench.ui.StackedBarChart;

/**
 * The Readiness window's content: the inputs, Run Check (phones judged live, the blocking ones first once it ends),
 * the banner, counts and the chart of outcomes by model, what the change does to each node's ITL, Prepare Access...
 * (the plan read from CUCM, a confirmation naming the phones and the changes, or a dry run), Restore... (from a
 * journal), each phone's campaign state, and the exports. It only lays out and renders: the runs are
 * {@link ReadinessSession}'s, which hands its steps to the Swing thread.
 */
@Messages({
    "TAB_Readiness=Readiness",
    "BTN_Check=&Run Check", "BTN_Cancel=Ca&ncel", "BTN_Prepare=&Prepare Access\u2026", "BTN_Restore=R&estore\u2026",
    "BTN_FromLab=From Phone &Lab",
    "TIP_FromLab=Use the running Phone Lab's cluster: each node's ITL URL, its baseline ITLs as earlier ITLs, its CUCM",
    "TAB_Phones=Phones", "TAB_Change=After the change", "TAB_Campaign=Access campaign",
    "ACSN_Phones=Phones and how each could be fixed after the change", "ACSN_NextItls=The cluster's ITLs after the change",
    "ACSN_Campaign=The access campaign, per phone", "ACSN_Status=Status", "ACSN_Error=Problem", "ACSN_Counts=Counts",
    "ACSN_Chart=Outcomes by model", "CHART_Empty=The chart of outcomes by model appears once phones are checked.",
    "BANNER_None=Run the check to see which phones could only be fixed by a factory reset after the change.",
    "# {0} - phones", "BANNER_Ready=No phone would need a factory reset after the change ({0} phone(s) checked).",
    "# {0} - blocked", "# {1} - phones", "BANNER_NotReady={0} of {1} phone(s) would need a factory reset after the change.",
    "ERR_NoPhones=No phones to check: add phones in the Phones window (or start the Phone Lab), or select phones or a"
            + " group there and choose Check Readiness\u2026",
    "# {0} - reason", "ERR_FromLab=Cannot use the Phone Lab: {0}",
    "# {0} - node", "SOURCE_Baseline=baseline ITL of {0}",
    "# {0} - phones", "# {1} - change", "LOG_Check=Checking {0} phone(s) for {1}",
    "# {0} - counts", "STATUS_Checked=Check finished: {0}",
    "STATUS_Cancelled=Cancelled.",
    "STATUS_Planning=Reading each phone's configuration from CUCM\u2026",
    "# {0} - unchanged", "STATUS_NothingToPrepare=Every phone already has Web and Settings Access ({0} phone(s)); nothing"
            + " to prepare.",
    "# {0} - summary", "STATUS_DryRun=Dry run, nothing was changed: Prepare would {0}.",
    "# {0} - what", "# {1} - journal",
    "CONFIRM_Prepare={0}?\nEvery original setting is written to the journal {1} first; Restore\u2026 puts every phone back"
            + " from it after the change.",
    "# {0} - journal", "# {1} - phones", "# {2} - done",
    "CONFIRM_Resume=Resume the access campaign of the journal {0} ({1} phone(s), {2} done)?",
    "# {0} - phones", "# {1} - journal",
    "CONFIRM_Restore=Put the settings of {0} phone(s) back exactly as the journal {1} recorded them, through AXL updatePhone"
            + " and applyPhone?",
    "# {0} - summary", "LOG_Prepare=Prepare: {0}",
    "# {0} - journal", "LOG_Restore=Restore from {0}",
    "# {0} - done", "# {1} - failed", "STATUS_Prepared=Prepare finished: {0} phone(s) took the settings, {1} did not.",
    "# {0} - done", "# {1} - failed", "STATUS_Restored=Restore finished: {0} phone(s) back as they were, {1} not.",
    "STATUS_CampaignCancelled=Cancelled: the journal says where each phone got to; run again to resume.",
    "TITLE_Journal=Access campaign journal", "TITLE_RestoreJournal=Restore from journal",
    "REPORT_Name=Readiness",
    "PHONES_FromPhonesWindow=from the Phones window",
    "# {0} - groups", "PHONES_Groups=from the Phones window: {0}",
    "PHONES_FromAudit=from the Trust Audit",
    "PHONES_Default=the Phones window's Lab group when the Phone Lab runs, else its whole list"
})
final class ReadinessPanel extends JPanel {

    private static final Logger LOG = Logger.getLogger(ReadinessPanel.class.getName());
    /** The "Readiness" tab of the Output window. */
    static final OutputLog OUTPUT = new OutputLog(Bundle.TAB_Readiness());

    /** Reading the lab's baselines, writing exports: jobs beside the session's runs. */
    private final BackgroundWork work = new BackgroundWork(ReadinessPanel.class.getName());

    private final PhoneLabService lab;
    private final Dialogs dialogs;
    private final Supplier<String> cti;
    private final JButton fromLab = new JButton();
    private final JLabel error = new JLabel(" ");
    private final ReadinessForm form;
    private final Tables.PhonesModel rows = new Tables.PhonesModel();
    private final Tables.NextItlsModel nextItls = new Tables.NextItlsModel();
    private final Tables.CampaignModel campaignRows = new Tables.CampaignModel();
    private final JTable table = new JTable(rows);
    private final JLabel counts = new JLabel(" ");
    private final StackedBarChart<Outcome> chart = new StackedBarChart<>(Outcome.class, OutcomeColors::rgb,
            Bundle.ACSN_Chart(), Bundle.CHART_Empty());
    private final JLabel campaignSummary = new JLabel(" ");
    private final JTabbedPane tabs = new JTabbedPane();
    private final JPanel banner = new JPanel(new BorderLayout());
    private final JLabel bannerText = new JLabel();
    private final JButton check = new JButton();
    private final JButton cancel = new JButton();
    private final JButton prepare = new JButton();
    private final JButton restore = new JButton();
    private final ReportExports exports;
    private final JLabel status = new JLabel(" ");
    private final ReadinessSession session;
    private final List<PhoneReadiness> judged = new ArrayList<>();

    /** The phones handed over (Check Readiness..., the Trust Audit), or null: the default phones at each run. */
    private ReadinessPhones phones;
    private Supplier<ReadinessPhones> defaultPhones = () -> null;
    /** The journal of the plan asked for last (the prepare after it writes there). */
    private Path planJournal;
    private Boolean ready;

    /**
     * @param lab the Phone Lab (From Phone Lab), or null
     * @param cti which CTI erases over ("" for none)
     */
    ReadinessPanel(PhoneLabService lab, Dialogs dialogs, TrustListDownloader downloader, Supplier<String> cti) {
        super(new BorderLayout());
        this.lab = lab;
        this.dialogs = dialogs;
        this.cti = cti;
        this.session = new ReadinessSession(downloader, SwingUtilities::invokeLater, new Renderer());
        fromLab.setName("fromLab");
        Mnemonics.setLocalizedText(fromLab, Bundle.BTN_FromLab());
        fromLab.setToolTipText(Bundle.TIP_FromLab());
        fromLab.addActionListener(e -> fillFromLab());
        form = new ReadinessForm(lab == null ? null : fromLab, this::showProblem, this::browseJournal);
        setUp(check, "runCheck", Bundle.BTN_Check(), this::runCheck);
        setUp(cancel, "cancel", Bundle.BTN_Cancel(), this::cancel);
        setUp(prepare, "prepare", Bundle.BTN_Prepare(), this::prepare);
        setUp(restore, "restore", Bundle.BTN_Restore(), this::restore);
        exports = new ReportExports(Bundle.REPORT_Name(), "readiness", List.of(Format.HTML, Format.CSV, Format.JSON),
                dialogs, work, this::reportWriter, ReportExports.Feedback.of(status::setText, this::showError, OUTPUT));
        status.setName("status");
        status.getAccessibleContext().setAccessibleName(Bundle.ACSN_Status());
        error.setName("error");
        error.setForeground(new Color(0xB71C1C));
        error.getAccessibleContext().setAccessibleName(Bundle.ACSN_Error());
        error.setBorder(BorderFactory.createEmptyBorder(0, 8, 2, 8));
        table.setName("readiness");
        table.getAccessibleContext().setAccessibleName(Bundle.ACSN_Phones());
        table.setAutoCreateRowSorter(true);
        counts.setName("counts");
        counts.getAccessibleContext().setAccessibleName(Bundle.ACSN_Counts());
        chart.setName("outcomeChart");
        JTable next = new JTable(nextItls);
        next.setName("nextItls");
        next.getAccessibleContext().setAccessibleName(Bundle.ACSN_NextItls());
        JTable campaignTable = new JTable(campaignRows);
        campaignTable.setName("campaign");
        campaignTable.getAccessibleContext().setAccessibleName(Bundle.ACSN_Campaign());
        campaignTable.setAutoCreateRowSorter(true);
        campaignSummary.setName("campaignSummary");
        bannerText.setName("bannerText");
        bannerText.setFont(bannerText.getFont().deriveFont(Font.BOLD, bannerText.getFont().getSize2D() + 2f));
        banner.setName("banner");
        banner.setBorder(BorderFactory.createEmptyBorder(6, 10, 6, 10));
        banner.add(bannerText, BorderLayout.CENTER);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEADING));
        for (JButton b : List.of(check, cancel, prepare, restore)) {
            buttons.add(b);
        }
        exports.buttons().forEach(buttons::add);
        buttons.add(status);
        JPanel north = new JPanel(new BorderLayout());
        north.add(form, BorderLayout.NORTH);
        north.add(buttons, BorderLayout.CENTER);
        north.add(error, BorderLayout.SOUTH);
        JPanel top = new JPanel(new BorderLayout());
        top.add(north, BorderLayout.NORTH);
        top.add(banner, BorderLayout.SOUTH);
        JPanel phonesTab = new JPanel(new BorderLayout());
        phonesTab.add(counts, BorderLayout.NORTH);
        JScrollPane chartPane = new JScrollPane(chart);
        chartPane.setBorder(BorderFactory.createEmptyBorder());
        JSplitPane split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, new JScrollPane(table), chartPane);
        split.setName("tableAndChart");
        split.setResizeWeight(1.0);
        split.setOneTouchExpandable(true);
        phonesTab.add(split, BorderLayout.CENTER);
        JPanel campaignTab = new JPanel(new BorderLayout());
        campaignTab.add(campaignSummary, BorderLayout.NORTH);
        campaignTab.add(new JScrollPane(campaignTable), BorderLayout.CENTER);
        tabs.addTab(Bundle.TAB_Phones(), phonesTab);
        tabs.addTab(Bundle.TAB_Change(), new JScrollPane(next));
        tabs.addTab(Bundle.TAB_Campaign(), campaignTab);
        add(top, BorderLayout.NORTH);
        add(tabs, BorderLayout.CENTER);
        showBanner(null);
        ctiChanged();
        buttons();
    }

    private static void setUp(JButton b, String name, String text, Runnable action) {
        b.setName(name);
        Mnemonics.setLocalizedText(b, text);
        b.addActionListener(e -> action.run());
    }

    /** Re-reads which CTI erases over (the options saved, the lab started or stopped). Swing thread. */
    void ctiChanged() {
        form.showCti(cti.get());
    }

    /** The phones checked when none were handed over, asked at each run (the lab and the list change). */
    void setDefaultPhones(Supplier<ReadinessPhones> value) {
        defaultPhones = value;
        if (phones == null) {
            showDefaultPhones();
        }
    }

    private void showDefaultPhones() {
        ReadinessPhones set = defaultPhones.get();
        form.showPhones(set == null ? 0 : set.phones().size(), Bundle.PHONES_Default());
    }

    /** The phones the next check runs on (Check Readiness... in the Phones window). */
    void setPhones(ReadinessPhones value, boolean fromAudit) {
        phones = value;
        String groups = value == null ? "" : value.phones().stream().map(e -> e.group())
                .filter(g -> g != null && !g.isBlank()).distinct().collect(Collectors.joining(", "));
        form.showPhones(value == null ? 0 : value.phones().size(), fromAudit ? Bundle.PHONES_FromAudit()
                : groups.isEmpty() ? Bundle.PHONES_FromPhonesWindow() : Bundle.PHONES_Groups(groups));
        buttons();
    }

    /** The cluster's ITLs handed over by the Trust Audit. */
    void setItls(List<String> locations, List<Path> knownFiles, List<TrustList> known) {
        form.setItls(locations, knownFiles, known);
    }

    /** From Phone Lab on opening, when no cluster ITL is given yet and a lab with a cluster runs. */
    void fillFromLabIfEmpty() {
        if (form.noClusterItls() && !session.isRunning()) {
            fillFromLab();
        }
    }

    private record LabItls(List<String> urls, List<TrustList> baselines, List<String> names) {
    }

    /** Fills the inputs from the running lab: its nodes' ITL URLs, their baselines, their names, its CUCM. */
    void fillFromLab() {
        ClusterDescription c = lab == null ? null : lab.cluster().orElse(null);
        if (c == null) {
            return;
        }
        c.cucmApi().ifPresent(api -> form.cucm().fillFromLab(api, () -> lab.credentials().orElse(null)));
        work.post(null, ctx -> {
            List<String> urls = new ArrayList<>();
            List<TrustList> baselines = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (ClusterNodeDescription n : c.nodes()) {
                urls.add(n.itlHttpUrl());
                names.add(n.name());
                baselines.add(TrustLists.read(n.baselineItl(), Bundle.SOURCE_Baseline(n.name())));
            }
            return new LabItls(urls, baselines, names);
        }, itls -> {
            form.fillFromLab(itls.urls(), itls.baselines(), itls.names());
            error.setText(" ");
        }, e -> {
            String message = Bundle.ERR_FromLab(e.getMessage());
            LOG.log(Level.INFO, message, e);
            showError(message);
        });
    }

    private Set<PhoneAddress> labPhones() {
        return lab == null ? Set.of() : lab.phones().stream().map(LabPhone::address).collect(Collectors.toSet());
    }

    private ReadinessPhones currentPhones() {
        ReadinessPhones set = phones != null ? phones : defaultPhones.get();
        if (set == null) {
            return null;
        }
        Set<PhoneAddress> labbed = labPhones();
        boolean allLab = !set.phones().isEmpty() && set.phones().stream().allMatch(p -> labbed.contains(p.address()));
        return new ReadinessPhones(set.phones(), set.client(), set.profiles(), allLab);
    }

    /** Starts a check with the form's inputs; a missing input is shown and nothing runs. */
    void runCheck() {
        ReadinessPhones set = currentPhones();
        if (set == null || set.phones().isEmpty()) {
            showError(Bundle.ERR_NoPhones());
            return;
        }
        ReadinessInputs in;
        try {
            in = form.read(true, !cti.get().isEmpty());
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        }
        if (phones == null) {
            form.showPhones(set.phones().size(), Bundle.PHONES_Default());
        }
        session.check(set, in);
        judged.clear();
        rows.clear();
        nextItls.clear();
        showBanner(null);
        refreshCounts();
        error.setText(" ");
        status.setText(Bundle.STATUS_LoadingItls());
        tabs.setSelectedIndex(0);
        OUTPUT.line(Bundle.LOG_Check(set.phones().size(), String.join(" + ", in.change().texts())));
        buttons();
    }

    /** Reads the plan from CUCM; {@link Renderer#planned} then asks (or shows the dry run). */
    void prepare() {
        Path journal = journalForPrepare();
        if (session.plan(form.httpAuthUrl(), journal)) {
            planJournal = journal;
            error.setText(" ");
            status.setText(Bundle.STATUS_Planning());
        }
        buttons();
    }

    /** The journal typed, else a new one in the user directory (shown in the form once used). */
    private Path journalForPrepare() {
        Path typed = form.journal();
        if (typed != null) {
            return typed;
        }
        String userDir = System.getProperty("netbeans.user");
        Path dir = userDir != null ? Path.of(userDir, "var", "voicebench", "access-journals")
                : Path.of(System.getProperty("user.home"), ".voicebench", "access-journals");
        return dir.resolve("access-journal-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                + ".json");
    }

    private void browseJournal() {
        Path p = dialogs.saveFile(Bundle.TITLE_Journal(), "access-journal.json", "json");
        if (p != null) {
            form.setJournal(p);
        }
    }

    /**
     * Reads the form's journal (looked for off the Swing thread; the user is asked for one when the form names none
     * or none is there yet), then asks to restore.
     */
    void restore() {
        Path file = form.journal();
        if (file == null) {
            chooseJournalToRestore();
            return;
        }
        error.setText(" ");
        session.loadJournal(file, this::chooseJournalToRestore);
        buttons();
    }

    private void chooseJournalToRestore() {
        Path file = dialogs.openFile(Bundle.TITLE_RestoreJournal(), "json");
        if (file == null) {
            buttons();
            return;
        }
        form.setJournal(file);
        error.setText(" ");
        session.loadJournal(file);
        buttons();
    }

    void cancel() {
        session.cancel();
        buttons();
    }

    /** Renders what the session tells, on the Swing thread. */
    private final class Renderer implements ReadinessSession.Listener {

        @Override
        public void phoneProbed(int done, int total) {
            status.setText(Bundle.STATUS_Probed(done, total));
        }

        @Override
        public void phoneJudged(PhoneReadiness phone, int done, int total) {
            judged.add(phone);
            rows.add(phone);
            status.setText(Bundle.STATUS_Judged(done, total));
            refreshCounts();
        }

        @Override
        public void checked(ReadinessReport report) {
            showReport(report);
            String text = Bundle.STATUS_Checked(countsText(report.counts()));
            status.setText(text);
            OUTPUT.line(text);
            buttons();
        }

        @Override
        public void planned(CampaignPlan plan, CampaignJournal existing) {
            boolean resume = existing != null;
            Path journal = planJournal;
            campaignRows.setRows(plan.phones());
            campaignSummary.setText(plan.summary());
            tabs.setSelectedIndex(2);
            if (form.dryRun()) {
                status.setText(Bundle.STATUS_DryRun(plan.summary()));
                OUTPUT.line(Bundle.STATUS_DryRun(plan.summary()));
                buttons();
                return;
            }
            if (plan.phones().isEmpty() && !resume) {
                status.setText(Bundle.STATUS_NothingToPrepare(plan.unchanged().size()));
                buttons();
                return;
            }
            String question = resume ? Bundle.CONFIRM_Resume(journal, existing.phones().size(),
                    existing.phones().stream().filter(p -> p.state().prepared()).count())
                    : Bundle.CONFIRM_Prepare(capitalized(plan.summary()), journal);
            if (!dialogs.confirm(question) || !session.prepare(journal)) {
                status.setText(" ");
                buttons();
                return;
            }
            form.setJournal(journal);
            OUTPUT.line(Bundle.LOG_Prepare(plan.summary()));
            buttons();
        }

        @Override
        public void phoneChanged(CampaignPhone phone, int done, int total) {
            campaignRows.update(phone);
            status.setText(Bundle.STATUS_Campaign(done, total));
        }

        @Override
        public void campaignEnded(CampaignResult result, ReadinessReport after) {
            campaignRows.setRows(result.phones());
            long ok = result.phones().stream().filter(p -> result.restore() ? p.state().restored() : p.state().prepared())
                    .count();
            String text = result.cancelled() ? Bundle.STATUS_CampaignCancelled()
                    : result.restore() ? Bundle.STATUS_Restored(ok, result.failures().size())
                    : Bundle.STATUS_Prepared(ok, result.failures().size());
            campaignSummary.setText(text);
            status.setText(text);
            OUTPUT.line(text);
            for (CampaignPhone p : result.failures()) {
                OUTPUT.error(p.device() + " " + p.state() + (p.note().isEmpty() ? "" : ": " + p.note()));
            }
            if (after != null) {
                showReport(after);
            }
            tabs.setSelectedIndex(2);
            buttons();
        }

        @Override
        public void journalLoaded(CampaignJournal journal) {
            campaignRows.setRows(journal.phones());
            tabs.setSelectedIndex(2);
            ReadinessPhones set = currentPhones();
            ReadinessInputs in;
            try {
                in = form.read(false, !cti.get().isEmpty());
            } catch (IllegalArgumentException e) {
                showError(e.getMessage());
                buttons();
                return;
            }
            if (set == null) {
                showError(Bundle.ERR_NoPhones());
                buttons();
                return;
            }
            if (dialogs.confirm(Bundle.CONFIRM_Restore(journal.phones().size(), journal.file()))
                    && session.restore(journal, set, in)) {
                OUTPUT.line(Bundle.LOG_Restore(journal.file()));
            }
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
        public void cancelled() {
            status.setText(Bundle.STATUS_Cancelled());
            buttons();
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void showReport(ReadinessReport report) {
        judged.clear();
        judged.addAll(report.phones());
        rows.setRows(report.phones());
        nextItls.setRows(report.nextItls());
        showBanner(report);
        refreshCounts();
    }

    private void refreshCounts() {
        ReadinessReport snapshot = new ReadinessReport(java.time.Instant.now(), java.time.Instant.now(), List.of(),
                List.of(), List.of(), judged);
        counts.setText(judged.isEmpty() ? " " : countsText(snapshot.counts()));
        chart.show(judged.isEmpty() ? Map.of() : snapshot.countsByModel());
    }

    /** "FACTORY_RESET_ONLY 2, ERASE_WEB 5, OK 13": the outcomes that have phones, blocking first. */
    static String countsText(Map<Outcome, Integer> counts) {
        List<String> parts = new ArrayList<>();
        Outcome[] all = Outcome.values();
        for (int i = all.length - 1; i >= 0; i--) {
            int n = counts.getOrDefault(all[i], 0);
            if (n > 0) {
                parts.add(all[i].name() + " " + n);
            }
        }
        return String.join(", ", parts);
    }

    private void showBanner(ReadinessReport report) {
        if (report == null || report.phones().isEmpty()) {
            ready = null;
            bannerText.setText(Bundle.BANNER_None());
            banner.setBackground(new Color(0xE0E0E0));
            bannerText.setForeground(Color.DARK_GRAY);
            return;
        }
        ready = report.ready();
        int blocked = report.factoryResetOnly().size();
        bannerText.setText(ready ? Bundle.BANNER_Ready(report.phones().size())
                : Bundle.BANNER_NotReady(blocked, report.phones().size()));
        banner.setBackground(new Color(ready ? 0x2E7D32 : 0xC62828));
        bannerText.setForeground(Color.WHITE);
    }

    /** Writes the report shown now (with the last prepare or restore), or null while there is none. */
    private ReportExports.Writer reportWriter() {
        ReadinessReport r = session.report();
        CampaignResult c = session.campaign();
        return r == null ? null : (format, target) -> ReadinessExport.write(r, c, format, target);
    }

    private void showProblem(String message) {
        error.setText(message.isEmpty() ? " " : message);
    }

    private void showError(String message) {
        error.setText(message);
    }

    private void buttons() {
        boolean busy = session.isRunning();
        ReadinessReport report = session.report();
        check.setEnabled(!busy);
        cancel.setEnabled(busy);
        form.setEditable(!busy);
        fromLab.setEnabled(!busy && lab != null && lab.cluster().isPresent());
        prepare.setEnabled(session.canPrepare());
        restore.setEnabled(!busy);
        boolean shown = report != null && !busy;
        exports.setEnabled(shown);
    }

    /** Re-reads whether a lab runs. */
    void labChanged() {
        buttons();
        if (phones == null) {
            SwingUtilities.invokeLater(this::showDefaultPhones);
        }
    }

    /** Cancels a run still going (the window closed). */
    void closed() {
        cancel();
    }

    // --- for tests ---

    Tables.PhonesModel rows() {
        return rows;
    }

    Tables.CampaignModel campaignRows() {
        return campaignRows;
    }

    Tables.NextItlsModel nextItls() {
        return nextItls;
    }

    StackedBarChart<Outcome> chart() {
        return chart;
    }

    ReadinessForm form() {
        return form;
    }

    ReadinessReport report() {
        return session.report();
    }

    CampaignResult campaign() {
        return session.campaign();
    }

    boolean isRunning() {
        return session.isRunning();
    }

    Boolean ready() {
        return ready;
    }

    String statusText() {
        return status.getText();
    }

    String errorText() {
        return error.getText();
    }

    String countsText() {
        return counts.getText();
    }

    String bannerText() {
        return bannerText.getText();
    }
}
