package org.voicebench.audit.ui;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.audit.AuditInputException;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.AuditListener;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiFailure;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.ui.BackgroundWork;

/**
 * What the Trust Audit window does, without the window: runs an assessment or a fix on a background thread,
 * keeps the audit, the cluster's ITLs, the report and audit-core's plan, cancels, and tells a {@link Listener}.
 * Kept apart from the panel so that the run/plan/fix/cancel rules can be tested without Swing.
 * <p>
 * The session's state belongs to one "owner" thread (the window's: the Swing thread): its methods are called
 * there, and every step of a background run is handed to the {@code owner} executor, which runs it there
 * (ui-kit's {@link BackgroundWork}). A step is dropped when a newer run, or a cancel, superseded its run since it
 * was handed over (the generation check), so a late callback of a cancelled assessment never changes what is shown.
 */
@Messages({
    "STATUS_OpeningKeys=Opening CTI for the phones the web cannot reach\u2026",
    "# {0} - reason", "ERR_Cti=CTI cannot be used, no phone was touched: {0}"
})
final class AuditSession {

    /** Told on the owner thread, only about the current run. */
    interface Listener {
        /** A phone was judged; {@code done} of {@code total} so far. */
        void phoneAssessed(PhoneAudit phone, int done, int total);

        /** The assessment ended: {@link #report()} is its report. */
        void assessed(AuditReport report);

        /** A phone's restart or erase ended ({@code macro}: what ran). */
        void macroFinished(String macro, PhoneResult result);

        /** A phone's final state after the fix. */
        void phoneVerified(AuditRow row, int done, int total);

        /** The fix ended, or was cancelled and says what each phone reached. */
        void fixed(AuditReport report, boolean cancelled);

        /** The run failed; {@code message} is for the user. */
        void failed(String message);

        /** Cancel dropped the assessment (rows shown so far stay). */
        void assessmentCancelled();

        /** Cancel removed a fix from the queue before it started: nothing of it will report. */
        void fixDropped();
    }

    private static final Logger LOG = Logger.getLogger(AuditSession.class.getName());

    /** What an assessment hands over: the cluster's ITLs it read, when it started judging, its report. */
    private record Assessed(ClusterItls itls, Instant from, AuditReport report) {
    }

    /** What a fix hands over: its report, and whether Cancel interrupted it. */
    private record Fixed(AuditReport report, boolean cancelled) {
    }

    /**
     * What the engineer chose for the plan.
     *
     * @param eraseAll      erase every mismatched phone, no restarts
     * @param fixUnknown    phones whose web access is off are taken to hold a stale ITL (erased over CTI)
     * @param blindAccepted keys may be pressed where no guard can read the screen
     */
    record Choices(boolean eraseAll, boolean fixUnknown, boolean blindAccepted) {
    }

    private final TrustListDownloader downloader;
    private final Listener listener;
    private final FixKeys keys;
    /** Runs one assessment or fix at a time; Cancel interrupts it (which cancels the audit). */
    private final BackgroundWork work;

    private FleetAudit audit;
    /** The phones and settings of the audit shown: a fix with CTI makes its own FleetAudit of them. */
    private PhoneSet auditedSet;
    private AuditSettings auditSettings;
    /** The profiles of the audit shown (the phones may be replaced meanwhile). */
    private ModelProfiles profiles;
    /** Null while an assessment runs (and before the first). */
    private ClusterItls cluster;
    private volatile Instant started;
    private volatile AuditReport report;
    private volatile FixPlan plan;

    /**
     * @param owner runs a step on the owner thread (the window: {@code SwingUtilities::invokeLater})
     */
    AuditSession(TrustListDownloader downloader, Executor owner, Listener listener) {
        this(downloader, owner, listener, FixKeys.WEB);
    }

    /**
     * @param keys how a fix's keys reach the phones (the web only, or also CTI)
     */
    AuditSession(TrustListDownloader downloader, Executor owner, Listener listener, FixKeys keys) {
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.work = new BackgroundWork(AuditSession.class.getName(), 1, owner);
    }

    /** Starts assessing {@code set} against {@code in}; what was shown before is forgotten. */
    void assess(PhoneSet set, AuditSettings settings, ClusterInputs in) {
        FleetAudit a = new FleetAudit(set.client(), set.profiles(), settings);
        audit = a;
        auditedSet = set;
        auditSettings = settings;
        profiles = set.profiles();
        cluster = null;
        report = null;
        plan = null;
        started = Instant.now();
        work.start(Bundle.PROGRESS_Assess(set.phones().size()), this::cancel, ctx -> assessWork(ctx, a, set, in),
                this::assessed, this::failed);
    }

    /** On the background thread. */
    private Assessed assessWork(BackgroundWork.Context ctx, FleetAudit a, PhoneSet set, ClusterInputs in)
            throws AuditInputException, InterruptedException {
        ClusterItls itls = in.loadCluster(downloader);
        ctx.determinate(set.phones().size());
        Instant from = Instant.now();
        List<PhoneAudit> found = a.assess(set.phones(), itls, in.knownItls(), new AuditListener() {
            @Override
            public void phoneAssessed(PhoneAudit phone, int done, int all) {
                ctx.progress(Bundle.STATUS_Assessing(done, all), done);
                ctx.later(() -> listener.phoneAssessed(phone, done, all));
            }
        });
        return new Assessed(itls, from, a.report(from, itls, found));
    }

    private void assessed(Assessed done) {
        cluster = done.itls();
        started = done.from();
        report = done.report();
        listener.assessed(done.report());
    }

    /**
     * Builds audit-core's plan for the assessed phones (the same plan the CLI builds) and keeps it for
     * {@link #fix()}; null when there is no assessment to plan for.
     */
    FixPlan plan(boolean eraseAll) {
        return plan(new Choices(eraseAll, false, false));
    }

    /**
     * As {@link #plan(boolean)} with the engineer's choices; with CTI usable ({@link FixKeys#cti()}) the plan erases
     * over CTI the phones the web cannot drive (those whose web access is off only with {@code fixUnknown}).
     */
    FixPlan plan(Choices choices) {
        if (!fixable() || isRunning()) {
            return null;
        }
        List<PhoneAudit> audited = report.rows().stream().map(AuditRow::phone).toList();
        plan = FixPlan.of(audited, profiles, PlanOptions.defaults().withEraseAll(choices.eraseAll())
                .withBlindAccepted(choices.blindAccepted()).withCti(keys.cti()).withFixUnknown(choices.fixUnknown()));
        return plan;
    }

    /** True when fixes can use CTI (the plan is then made with it). */
    boolean ctiUsable() {
        return keys.cti();
    }

    /** Which CTI fixes use, for the window; "" without. */
    String ctiDescription() {
        return keys.describe();
    }

    /** Whether {@link #fix()} would start: a plan that acts on phones, for an assessment not yet fixed. */
    boolean canFix() {
        FixPlan p = plan;
        return p != null && !p.acting().isEmpty() && !isRunning() && fixable();
    }

    /** Runs the plan in the background (the caller has asked the user); false when {@link #canFix()} is not. */
    boolean fix() {
        if (!canFix()) {
            return false;
        }
        FleetAudit a = audit;
        ClusterItls itls = cluster;
        Instant from = started;
        List<PhoneAudit> audited = report.rows().stream().map(AuditRow::phone).toList();
        FixPlan p = plan;
        PhoneSet set = auditedSet;
        AuditSettings settings = auditSettings;
        work.start(Bundle.PROGRESS_Fix(p.acting().size()), this::cancel, ctx -> {
            if (p.options().cti()) {
                ctx.step(Bundle.STATUS_OpeningKeys());
            }
            try (FixKeys.Opened opened = keys.open(p)) {
                FleetAudit fixing = opened.cucm() == AuditCucm.none() ? a
                        : new FleetAudit(set.client(), set.profiles(), settings, opened.cucm());
                return fixWork(ctx, fixing, itls, from, audited, p, opened.routes());
            }
        }, this::fixed, this::failed);
        return true;
    }

    /** On the background thread. */
    private Fixed fixWork(BackgroundWork.Context ctx, FleetAudit a, ClusterItls itls, Instant from,
            List<PhoneAudit> audited, FixPlan p, KeyRoutes routes) throws IOException {
        ctx.determinate(p.acting().size());
        AuditReport r = a.fix(from, itls, audited, p, new AuditListener() {
            @Override
            public void restartFinished(PhoneResult result, int done, int all) {
                ctx.later(() -> listener.macroFinished(p.options().restart().name(), result));
            }

            @Override
            public void macroFinished(PhoneResult result, int done, int all) {
                ctx.later(() -> listener.macroFinished(p.macro().name(), result));
            }

            @Override
            public void phoneVerified(AuditRow row, int done, int all) {
                ctx.progress(Bundle.STATUS_Fixing(done, all), done);
                ctx.later(() -> listener.phoneVerified(row, done, all));
            }
        }, routes);
        return new Fixed(r, ctx.cancelled()); // a cancelled fix returns what the phones reached
    }

    private void fixed(Fixed done) {
        report = done.report();
        listener.fixed(done.report(), done.cancelled());
    }

    private void failed(Exception e) {
        if (e instanceof CtiException cti && cti.failure() == CtiFailure.CANCELLED) {
            listener.fixDropped();
        } else if (e instanceof CtiException) {
            LOG.log(Level.INFO, e.getMessage(), e);
            listener.failed(Bundle.ERR_Cti(e.getMessage()));
        } else if (e instanceof AuditInputException) {
            LOG.log(Level.INFO, e.getMessage(), e);
            listener.failed(Bundle.ERR_Audit(e.getMessage()));
        } else if (e instanceof IOException) {
            LOG.log(Level.INFO, e.getMessage(), e);
            listener.failed(Bundle.ERR_Fix(e.getMessage()));
        } else if (e instanceof InterruptedException || e instanceof CancellationException) {
            // Cancel interrupted the downloads (CancellationException) or the probes
            LOG.log(Level.FINE, "audit cancelled", e);
            listener.assessmentCancelled();
        } else {
            // a bug, not the user's input: the trace goes to the log, the window says so in one line
            LOG.log(Level.WARNING, "trust audit failed", e);
            listener.failed(Bundle.ERR_Unexpected(e.toString()));
        }
    }

    /**
     * Cancels what runs: an assessment is dropped (its late steps ignored), a fix is interrupted and still
     * reports what each phone reached (one not started yet is dropped).
     */
    void cancel() {
        if (!work.isRunning()) {
            return;
        }
        if (cluster == null) {
            work.cancel();
            listener.assessmentCancelled();
        } else if (!work.interrupt()) {
            listener.fixDropped();
        }
    }

    private boolean fixable() {
        AuditReport r = report;
        return r != null && !r.fixRun();
    }

    boolean isRunning() {
        return work.isRunning();
    }

    /** The report shown (the assessment's, then the fix's), or null before the first assessment ends. Any thread. */
    AuditReport report() {
        return report;
    }

    /** The plan of the last {@link #plan(boolean)} for this assessment, or null. Any thread. */
    FixPlan plan() {
        return plan;
    }

    /** When the run shown started, or null before the first. Any thread. */
    Instant started() {
        return started;
    }
}
