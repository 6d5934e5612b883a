package org.voicebench.readiness.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.AuditInputException;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.ChangeForecast;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.ProductSettings;
import org.voicebench.readiness.AccessCampaign;
import org.voicebench.readiness.AccessReader;
import org.voicebench.readiness.AccessTarget;
import org.voicebench.readiness.CampaignJournal;
import org.voicebench.readiness.CampaignListener;
import org.voicebench.readiness.CampaignPhone;
import org.voicebench.readiness.CampaignPlan;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.CucmAccess;
import org.voicebench.readiness.PhoneReadiness;
import org.voicebench.readiness.PhoneTakeCheck;
import org.voicebench.readiness.ReadinessCheck;
import org.voicebench.readiness.ReadinessInputException;
import org.voicebench.readiness.ReadinessListener;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.trust.TrustList;
import org.voicebench.ui.BackgroundWork;

/**
 * What the Readiness window does, without the window: the readiness check, the access campaign's plan, prepare and
 * restore, each on a background thread, the cancelling, and what a {@link Listener} is told. Kept apart from the
 * panel so that its rules are tested without Swing.
 * <p>
 * The session's state belongs to one owner thread (the window's: the Swing thread); every step of a background run is
 * handed to the {@code owner} executor (ui-kit's {@link BackgroundWork}), and a step of a run superseded or cancelled
 * meanwhile is dropped. CUCM is opened for each run and closed after it. A prepare writes every original setting to
 * its journal before CUCM is changed, and after it the check runs again, as the command line's {@code --prepare} does.
 */
@Messages({
    "# {0} - phones", "PROGRESS_Check=Checking the readiness of {0} phone(s)",
    "STATUS_LoadingItls=Reading the cluster's ITLs and forecasting the change\u2026",
    "# {0} - done", "# {1} - total", "STATUS_Probed={0} of {1} phone(s) read",
    "# {0} - done", "# {1} - total", "STATUS_Judged={0} of {1} phone(s) judged",
    "# {0} - phones", "PROGRESS_Plan=Reading the configuration of {0} phone(s) from CUCM",
    "# {0} - phones", "PROGRESS_Prepare=Preparing access on {0} phone(s)",
    "# {0} - phones", "PROGRESS_Restore=Restoring the settings of {0} phone(s)",
    "STATUS_Recheck=Checking the readiness again\u2026",
    "# {0} - done", "# {1} - total", "STATUS_Campaign={0} of {1} phone(s) done",
    "PROGRESS_Journal=Reading the journal",
    "ERR_NoCucm=The access campaign changes phones through CUCM: give CUCM's AXL host (or use the Phone Lab's).",
    "ERR_NoCheck=Run the readiness check first.",
    "# {0} - reason", "ERR_Input=Cannot check: {0}",
    "# {0} - file", "# {1} - reason", "ERR_JournalWrite={0}: the journal cannot be written, so nothing was changed: {1}",
    "# {0} - reason", "ERR_Cucm=CUCM: {0}",
    "# {0} - error", "ERR_Unexpected=The run failed unexpectedly: {0} (details in the log)"
})
final class ReadinessSession {

    /** Told on the owner thread, only about the current run. */
    interface Listener {
        /** A phone's ITL was read (the first half of a check). */
        default void phoneProbed(int done, int total) {
        }

        /** A phone was judged; {@code done} of {@code total} so far. */
        void phoneJudged(PhoneReadiness phone, int done, int total);

        /** The check ended: {@link #report()} is its report. */
        void checked(ReadinessReport report);

        /** What a prepare would change; {@code existing}: the journal already there, which a prepare resumes, or null. */
        void planned(CampaignPlan plan, CampaignJournal existing);

        /** A phone of a prepare or restore reached a new state (the journal holds it already). */
        void phoneChanged(CampaignPhone phone, int done, int total);

        /**
         * A prepare or restore ended (cancelled: the journal says where each phone got to); {@code after} is the check
         * run again after a prepare, or null.
         */
        void campaignEnded(CampaignResult result, ReadinessReport after);

        /** A journal was read for a restore. */
        void journalLoaded(CampaignJournal journal);

        /** The run failed; {@code message} is for the user. */
        void failed(String message);

        /** Cancel dropped the run (a campaign not started yet, a check, a plan). */
        void cancelled();
    }

    /** What the check ran with, for the campaign after it. */
    private record Checked(ReadinessPhones phones, ReadinessInputs inputs, ClusterItls cluster, List<TrustList> known,
                           ChangeForecast forecast) {
    }

    private record CheckDone(Checked context, ReadinessReport report) {
    }

    private record CampaignDone(CampaignResult result, ReadinessReport after) {
    }

    private record Planned(CampaignPlan plan, CampaignJournal existing) {
    }

    private static final Logger LOG = Logger.getLogger(ReadinessSession.class.getName());

    private final TrustListDownloader downloader;
    private final Listener listener;
    private final BackgroundWork work;

    private boolean campaignRunning;
    /** Whether the run is a check (its input problems read "Cannot check: ..."). */
    private boolean checkRunning;
    private Checked checked;
    private volatile ReadinessReport report;
    private volatile CampaignPlan plan;
    private volatile CampaignResult campaign;

    /** @param owner runs a step on the owner thread (the window: {@code SwingUtilities::invokeLater}) */
    ReadinessSession(TrustListDownloader downloader, Executor owner, Listener listener) {
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.work = new BackgroundWork(ReadinessSession.class.getName(), 1, owner);
    }

    /** Starts a check of {@code phones} for the inputs' change; what was shown before is forgotten. */
    void check(ReadinessPhones phones, ReadinessInputs inputs) {
        Objects.requireNonNull(inputs.change(), "change");
        report = null;
        plan = null;
        campaign = null;
        checked = null;
        campaignRunning = false;
        checkRunning = true;
        work.start(Bundle.PROGRESS_Check(phones.phones().size()), this::cancel, ctx -> {
            ctx.step(Bundle.STATUS_LoadingItls());
            ClusterItls cluster = inputs.loadCluster(downloader);
            List<TrustList> known = inputs.knownItls();
            ChangeForecast forecast = inputs.change().forecast(cluster.itls(), downloader);
            Checked c = new Checked(phones, inputs, cluster, known, forecast);
            return new CheckDone(c, runCheck(ctx, c));
        }, done -> {
            checkRunning = false;
            checked = done.context();
            report = done.report();
            listener.checked(done.report());
        }, this::failed);
    }

    /** The check itself, with CUCM opened for it when given. Background thread. */
    private ReadinessReport runCheck(BackgroundWork.Context ctx, Checked c) throws IOException, InterruptedException {
        ctx.determinate(c.phones().phones().size());
        ReadinessListener progress = new ReadinessListener() {
            @Override
            public void phoneProbed(int done, int total) {
                ctx.progress(Bundle.STATUS_Probed(done, total), done);
                ctx.later(() -> listener.phoneProbed(done, total));
            }

            @Override
            public void phoneJudged(PhoneReadiness phone, int done, int total) {
                ctx.later(() -> listener.phoneJudged(phone, done, total));
            }
        };
        PlanOptions options = PlanOptions.defaults().withCti(c.inputs().cti()).withBlindAccepted(c.inputs().allowBlind());
        Optional<CucmLink.Opened> opened = open(c.inputs());
        try {
            AuthenticationUrls urls = opened.map(CucmLink.Opened::authenticationUrls).orElse(null);
            FleetAudit audit = new FleetAudit(c.phones().client(), c.phones().profiles(),
                    c.phones().auditSettings(c.inputs().concurrency()), new AuditCucm(null, urls, null));
            AccessReader access = opened.<AccessReader>map(o -> new CucmAccess(o.phones(), ProductSettings.builtIn(),
                    o.registrations(deviceNames(c)), urls)).orElse(AccessReader.fromPagesOnly());
            return new ReadinessCheck(audit, c.phones().profiles(), options).run(c.phones().phones(), c.cluster(), c.known(),
                    c.inputs().change(), c.forecast(), access, progress);
        } finally {
            opened.ifPresent(CucmLink.Opened::close);
        }
    }

    private static List<String> deviceNames(Checked c) {
        return c.phones().phones().stream().map(KeyRoutes::deviceName).flatMap(Optional::stream).toList();
    }

    private static Optional<CucmLink.Opened> open(ReadinessInputs inputs) throws IOException {
        return inputs.cucm() == null ? Optional.empty() : Optional.of(inputs.cucm().open());
    }

    /** Whether the campaign can be planned: a check ended, with CUCM, and nothing runs. */
    boolean canPrepare() {
        return checked != null && checked.inputs().cucm() != null && !isRunning();
    }

    /**
     * Reads every phone's configuration and says what a prepare would change ({@link Listener#planned}); nothing is
     * changed. {@code journal}: where the prepare will record, to say whether it resumes.
     *
     * @param httpAuthenticationUrl an HTTP Authentication URL to set where a phone's is HTTPS, or null
     * @return false (and the listener is told why) when there is no check with CUCM to plan for
     */
    boolean plan(String httpAuthenticationUrl, Path journal) {
        if (isRunning()) {
            return false;
        }
        if (checked == null || checked.inputs().cucm() == null) {
            listener.failed(checked == null ? Bundle.ERR_NoCheck() : Bundle.ERR_NoCucm());
            return false;
        }
        AccessTarget target;
        try {
            target = new AccessTarget(ProductSettings.builtIn(), blankToNull(httpAuthenticationUrl));
        } catch (IllegalArgumentException e) {
            listener.failed(e.getMessage());
            return false;
        }
        checkRunning = false;
        Checked c = checked;
        plan = null;
        work.start(Bundle.PROGRESS_Plan(c.phones().phones().size()), this::cancel, ctx -> {
            CampaignJournal existing = Files.exists(journal) ? CampaignJournal.load(journal) : null;
            try (CucmLink.Opened o = c.inputs().cucm().open()) {
                return new Planned(campaign(c, o).plan(c.phones().phones(), target), existing);
            }
        }, p -> {
            plan = p.plan();
            listener.planned(p.plan(), p.existing());
        }, this::failed);
        return true;
    }

    private static AccessCampaign campaign(Checked c, CucmLink.Opened o) {
        FleetAudit audit = new FleetAudit(c.phones().client(), c.phones().profiles(), c.phones().auditSettings(
                c.inputs().concurrency()), AuditCucm.none());
        return new AccessCampaign(o.phones(), new PhoneTakeCheck(o.phones(), ProductSettings.builtIn(), audit, c.cluster(),
                c.known(), c.phones().campaignSettings()), c.phones().campaignSettings());
    }

    /**
     * Runs the prepare of the last plan (the caller has asked the user): the journal is written first (an existing one
     * is resumed), then each phone is changed and checked, then the readiness check runs again.
     *
     * @return false when there is no plan, or something runs
     */
    boolean prepare(Path journal) {
        CampaignPlan p = plan;
        if (p == null || checked == null || isRunning()) {
            return false;
        }
        checkRunning = false;
        Checked c = checked;
        campaignRunning = true;
        campaign = null;
        work.start(Bundle.PROGRESS_Prepare(p.phones().size()), this::cancel, ctx -> {
            CampaignJournal j = Files.exists(journal) ? CampaignJournal.load(journal) : newJournal(journal, c, p);
            CampaignResult r;
            try (CucmLink.Opened o = c.inputs().cucm().open()) {
                r = campaign(c, o).prepare(j, progress(ctx, j.phones().size()));
            }
            if (r.cancelled() || ctx.cancelled()) {
                return new CampaignDone(r, null);
            }
            ctx.step(Bundle.STATUS_Recheck());
            return new CampaignDone(r, runCheck(ctx, c));
        }, this::campaignEnded, this::failed);
        return true;
    }

    /** Every original written before CUCM is changed; when it cannot be, nothing is changed. */
    private static CampaignJournal newJournal(Path file, Checked c, CampaignPlan p) throws ReadinessInputException {
        try {
            return CampaignJournal.create(file, c.inputs().cucm().host(), p.phones());
        } catch (IOException e) {
            throw new ReadinessInputException(Bundle.ERR_JournalWrite(file, e.getMessage()), e);
        }
    }

    private CampaignListener progress(BackgroundWork.Context ctx, int total) {
        ctx.determinate(Math.max(1, total));
        return new CampaignListener() {
            @Override
            public void phoneChanged(CampaignPhone phone, int done, int all) {
                ctx.progress(Bundle.STATUS_Campaign(done, all), done);
                ctx.later(() -> listener.phoneChanged(phone, done, all));
            }
        };
    }

    private void campaignEnded(CampaignDone done) {
        campaignRunning = false;
        campaign = done.result();
        if (done.after() != null) {
            report = done.after();
        }
        listener.campaignEnded(done.result(), done.after());
    }

    /** Reads a journal for a restore ({@link Listener#journalLoaded}). */
    void loadJournal(Path file) {
        loadJournal(file, null);
    }

    /**
     * Reads the journal in the background, as {@link #loadJournal(Path)}; when {@code file} is not a file (the form
     * names one no prepare has written yet), {@code whenMissing} runs on the owner thread instead.
     */
    void loadJournal(Path file, Runnable whenMissing) {
        if (isRunning()) {
            return;
        }
        checkRunning = false;
        work.start(Bundle.PROGRESS_Journal(), this::cancel,
                ctx -> whenMissing != null && !Files.isRegularFile(file) ? Optional.<CampaignJournal>empty()
                        : Optional.of(CampaignJournal.load(file)),
                journal -> journal.ifPresentOrElse(listener::journalLoaded, whenMissing), this::failed);
    }

    /**
     * Puts every phone of the journal back as it recorded them (the caller has asked the user), with CUCM and the
     * cluster's ITLs of {@code inputs} (each phone is checked to have taken its settings) and the phones' client.
     *
     * @return false when something runs or the inputs name no CUCM (the listener is told)
     */
    boolean restore(CampaignJournal journal, ReadinessPhones phones, ReadinessInputs inputs) {
        if (isRunning()) {
            return false;
        }
        if (inputs.cucm() == null) {
            listener.failed(Bundle.ERR_NoCucm());
            return false;
        }
        checkRunning = false;
        campaignRunning = true;
        campaign = null;
        work.start(Bundle.PROGRESS_Restore(journal.phones().size()), this::cancel, ctx -> {
            ClusterItls cluster = inputs.loadCluster(downloader);
            Checked c = new Checked(phones, inputs, cluster, inputs.knownItls(), null);
            try (CucmLink.Opened o = inputs.cucm().open()) {
                return new CampaignDone(campaign(c, o).restore(journal, progress(ctx, journal.phones().size())), null);
            }
        }, this::campaignEnded, this::failed);
        return true;
    }

    private void failed(Exception e) {
        boolean wasCheck = checkRunning;
        campaignRunning = false;
        checkRunning = false;
        if (e instanceof AuditInputException || e instanceof ReadinessInputException
                || e instanceof IllegalArgumentException) {
            LOG.log(Level.INFO, e.getMessage(), e);
            listener.failed(wasCheck ? Bundle.ERR_Input(e.getMessage()) : e.getMessage());
        } else if (e instanceof IOException) {
            LOG.log(Level.INFO, e.getMessage(), e);
            listener.failed(Bundle.ERR_Cucm(e.getMessage()));
        } else if (e instanceof InterruptedException || e instanceof CancellationException) {
            LOG.log(Level.FINE, "readiness run cancelled", e);
            listener.cancelled();
        } else {
            LOG.log(Level.WARNING, "readiness run failed", e);
            listener.failed(Bundle.ERR_Unexpected(e.toString()));
        }
    }

    /**
     * Cancels what runs: a check, a plan or a journal read is dropped; a prepare or restore stops at its next phone and
     * still reports where each phone got to (the journal holds it: run again to resume).
     */
    void cancel() {
        if (!work.isRunning()) {
            return;
        }
        if (campaignRunning) {
            if (!work.interrupt()) {
                campaignRunning = false;
                listener.cancelled();
            }
        } else {
            checkRunning = false;
            work.cancel();
            listener.cancelled();
        }
    }

    boolean isRunning() {
        return work.isRunning();
    }

    /** The report shown (the check's, or the check after a prepare), or null. Any thread. */
    ReadinessReport report() {
        return report;
    }

    /** The last plan, or null. Any thread. */
    CampaignPlan plan() {
        return plan;
    }

    /** The last prepare or restore's result, or null. Any thread. */
    CampaignResult campaign() {
        return campaign;
    }

    /** Stops the background work (the window closed). */
    void close() {
        cancel();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
