package org.voicebench.audit.ui;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.RequestProcessor;
import org.voicebench.audit.AuditInputException;
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
import org.voicebench.phone.model.ModelProfiles;

/**
 * What the Trust Audit window does, without the window: runs an assessment or a fix on a background thread,
 * keeps the audit, the cluster's ITLs, the report and audit-core's plan, cancels, and tells a {@link Listener}.
 * Kept apart from the panel so that the run/plan/fix/cancel rules can be tested without Swing.
 * <p>
 * The session's state belongs to one "owner" thread (the window's: the Swing thread): its methods are called
 * there, and every step of a background run is handed to the {@code owner} executor, which runs it there. A
 * step is dropped when a newer run, or a cancel, superseded its run since it was handed over (the generation
 * check), so a late callback of a cancelled assessment never changes what is shown.
 */
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
    /** Interruptible: Cancel interrupts the run's thread, which cancels the audit. */
    private static final RequestProcessor RP = new RequestProcessor(AuditSession.class.getName(), 1, true);

    private final TrustListDownloader downloader;
    private final Executor owner;
    private final Listener listener;

    private FleetAudit audit;
    /** The profiles of the audit shown (the phones may be replaced meanwhile). */
    private ModelProfiles profiles;
    /** Null while an assessment runs (and before the first). */
    private ClusterItls cluster;
    private volatile Instant started;
    private volatile AuditReport report;
    private volatile FixPlan plan;
    /** Which run's steps may change the state; bumped by every run and by cancelling. */
    private int generation;
    private volatile RequestProcessor.Task running;

    /**
     * @param owner runs a step on the owner thread (the window: {@code SwingUtilities::invokeLater})
     */
    AuditSession(TrustListDownloader downloader, Executor owner, Listener listener) {
        this.downloader = Objects.requireNonNull(downloader, "downloader");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Starts assessing {@code set} against {@code in}; what was shown before is forgotten. */
    void assess(PhoneSet set, AuditSettings settings, ClusterInputs in) {
        FleetAudit a = new FleetAudit(set.client(), set.profiles(), settings);
        int id = ++generation;
        audit = a;
        profiles = set.profiles();
        cluster = null;
        report = null;
        plan = null;
        started = Instant.now();
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.PROGRESS_Assess(set.phones().size()), this::cancelLater);
        running = RP.create(() -> assessWork(id, a, set, in, handle));
        running.schedule(0);
    }

    /** On the background thread. */
    private void assessWork(int id, FleetAudit a, PhoneSet set, ClusterInputs in, ProgressHandle handle) {
        int total = set.phones().size();
        handle.start(total);
        handle.switchToIndeterminate();
        try {
            ClusterItls itls = in.loadCluster(downloader);
            handle.switchToDeterminate(total);
            WorkerProgress progress = new WorkerProgress(handle, total);
            Instant from = Instant.now();
            List<PhoneAudit> found = a.assess(set.phones(), itls, in.knownItls(), new AuditListener() {
                @Override
                public void phoneAssessed(PhoneAudit phone, int done, int all) {
                    progress.progress(done, n -> Bundle.STATUS_Assessing(n, all));
                    later(id, () -> listener.phoneAssessed(phone, done, all));
                }
            });
            AuditReport r = a.report(from, itls, found);
            later(id, () -> {
                running = null;
                cluster = itls;
                started = from;
                report = r;
                listener.assessed(r);
            });
        } catch (AuditInputException e) {
            LOG.log(Level.INFO, e.getMessage(), e);
            fail(id, Bundle.ERR_Audit(e.getMessage()));
        } catch (InterruptedException | CancellationException e) {
            // Cancel interrupted the downloads (CancellationException) or the probes: the run was dropped
            LOG.log(Level.FINE, "audit cancelled", e);
        } catch (RuntimeException e) {
            // a bug, not the user's input: the trace goes to the log, the window says so in one line
            LOG.log(Level.WARNING, "trust audit failed", e);
            fail(id, Bundle.ERR_Unexpected(e.toString()));
        } finally {
            handle.finish();
        }
    }

    /**
     * Builds audit-core's plan for the assessed phones (the same plan the CLI builds) and keeps it for
     * {@link #fix()}; null when there is no assessment to plan for.
     */
    FixPlan plan(boolean eraseAll) {
        if (!fixable() || isRunning()) {
            return null;
        }
        List<PhoneAudit> audited = report.rows().stream().map(AuditRow::phone).toList();
        plan = FixPlan.of(audited, profiles, PlanOptions.defaults().withEraseAll(eraseAll));
        return plan;
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
        int id = ++generation;
        FleetAudit a = audit;
        ClusterItls itls = cluster;
        Instant from = started;
        List<PhoneAudit> audited = report.rows().stream().map(AuditRow::phone).toList();
        FixPlan p = plan;
        ProgressHandle handle = ProgressHandle.createHandle(Bundle.PROGRESS_Fix(p.acting().size()), this::cancelLater);
        running = RP.create(() -> fixWork(id, a, itls, from, audited, p, handle));
        running.schedule(0);
        return true;
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
                    later(id, () -> listener.macroFinished(p.options().restart().name(), result));
                }

                @Override
                public void macroFinished(PhoneResult result, int done, int all) {
                    later(id, () -> listener.macroFinished(p.macro().name(), result));
                }

                @Override
                public void phoneVerified(AuditRow row, int done, int all) {
                    progress.progress(done, n -> Bundle.STATUS_Fixing(n, all));
                    later(id, () -> listener.phoneVerified(row, done, all));
                }
            });
            boolean cancelled = Thread.interrupted(); // fix returns what the phones reached, flag set
            later(id, () -> {
                running = null;
                report = r;
                listener.fixed(r, cancelled);
            });
        } catch (IOException e) {
            LOG.log(Level.INFO, e.getMessage(), e);
            fail(id, Bundle.ERR_Fix(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "trust audit fix failed", e);
            fail(id, Bundle.ERR_Unexpected(e.toString()));
        } finally {
            handle.finish();
        }
    }

    private void fail(int id, String message) {
        later(id, () -> {
            running = null;
            listener.failed(message);
        });
    }

    /**
     * Cancels what runs: an assessment is dropped (its late steps ignored), a fix is interrupted and still
     * reports what each phone reached.
     */
    void cancel() {
        RequestProcessor.Task task = running;
        if (task == null) {
            return;
        }
        boolean assessing = cluster == null;
        if (task.cancel() && !assessing) {
            running = null;
            generation++;
            listener.fixDropped();
        }
        if (assessing) {
            generation++;
            running = null;
            listener.assessmentCancelled();
        }
    }

    /** The progress handle's Cancel, on whatever thread: handed to the owner. */
    private boolean cancelLater() {
        owner.execute(this::cancel);
        return true;
    }

    /** Hands {@code step} to the owner thread, where it runs unless a newer run (or a cancel) superseded run {@code id}. */
    private void later(int id, Runnable step) {
        owner.execute(() -> {
            if (id == generation) {
                step.run();
            }
        });
    }

    private boolean fixable() {
        AuditReport r = report;
        return r != null && !r.fixRun();
    }

    /** Any thread. */
    boolean isRunning() {
        return running != null;
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
