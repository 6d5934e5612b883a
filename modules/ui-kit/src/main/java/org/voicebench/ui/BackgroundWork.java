package org.voicebench.ui;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.netbeans.api.progress.ProgressHandle;
import org.openide.util.RequestProcessor;

/**
 * The background work of one window or session: tasks run on its own request processor (interruptible), each
 * optionally under a progress handle, and hand their results and failures to the <em>owner</em> thread (the
 * Swing thread, or a test's thread), never touching the owner's state themselves.
 * <p>
 * {@link #start} runs the owner's <em>current</em> job: a newer {@code start} or {@link #cancel()} supersedes it
 * (the generation check), and whatever a superseded job hands over afterwards is dropped, so a late result of a
 * cancelled run never changes what is shown. {@link #post} runs independent jobs (a save, an export) whose
 * results are always handed over. The owner-side methods ({@code start}, {@code cancel}, {@code interrupt}) are
 * for the owner thread.
 */
public final class BackgroundWork {

    /** Work done off the owner thread. */
    @FunctionalInterface
    public interface Task<T> {
        /**
         * @throws InterruptedException or {@link CancellationException} when cancelled: nothing is handed over
         *         for a superseded job
         * @throws Exception any other failure, handed to the owner's failure step
         */
        T run(Context context) throws Exception;
    }

    /** What a running task may do. Any thread (a task may fan out to worker threads). */
    public interface Context {

        /** Shows what is being done, without a count. */
        void step(String text);

        /** Switches the progress to a count of {@code total} units. */
        void determinate(int total);

        /**
         * Moves the count to {@code done} (at most the total) with {@code text}. Worker threads report out of order
         * and a handle refuses to go back, so a count below the one shown is ignored.
         */
        void progress(String text, int done);

        /** Hands {@code step} to the owner thread, where it runs unless this job was superseded meanwhile. */
        void later(Runnable step);

        /** Whether the job was cancelled or interrupted (its thread is interrupted too). */
        boolean cancelled();
    }

    private static final Logger LOG = Logger.getLogger(BackgroundWork.class.getName());

    private final RequestProcessor rp;
    private final Executor owner;
    /** Which current job may hand over; bumped by every start and cancel. Owner thread. */
    private int generation;
    private volatile Job<?> current;
    private volatile boolean closed;

    /** One thread; results handed to the Swing thread. */
    public BackgroundWork(String name) {
        this(name, 1);
    }

    /** Results handed to the Swing thread. */
    public BackgroundWork(String name, int threads) {
        this(name, threads, SwingUtilities::invokeLater);
    }

    /** @param owner runs the steps handed over on the owner thread ({@code SwingUtilities::invokeLater}) */
    public BackgroundWork(String name, int threads, Executor owner) {
        this.rp = new RequestProcessor(name, threads, true);
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    /**
     * Runs {@code task} as the current job, superseding the one running. Owner thread.
     *
     * @param progress the progress handle's title, or null for none
     * @param onCancel what the handle's Cancel does (on the owner thread; usually the owner's own cancel, which
     *                 calls {@link #cancel()} or {@link #interrupt()}), or null for a handle without Cancel
     * @param done     the result, on the owner thread
     * @param failed   the failure, on the owner thread
     */
    public <T> void start(String progress, Runnable onCancel, Task<T> task, Consumer<? super T> done,
            Consumer<? super Exception> failed) {
        Job<T> job = new Job<>(++generation, progress, onCancel, task, done, failed);
        current = job;
        job.schedule();
    }

    /** Runs an independent job: its result or failure is always handed over (unless this work was closed). */
    public <T> void post(String progress, Task<T> task, Consumer<? super T> done, Consumer<? super Exception> failed) {
        new Job<>(-1, progress, null, task, done, failed).schedule();
    }

    /** Runs {@code task} after {@code delayMs}, handing nothing over (the task uses {@link #later}). Any thread. */
    public void execute(Runnable task, int delayMs) {
        if (closed) {
            return;
        }
        try {
            rp.post(task, delayMs);
        } catch (IllegalStateException e) {
            if (!closed) { // only a close racing this post may refuse it
                throw e;
            }
        }
    }

    /** Hands {@code step} to the owner thread unless this work was closed meanwhile. Any thread. */
    public void later(Runnable step) {
        owner.execute(() -> {
            if (!closed) {
                step.run();
            }
        });
    }

    /**
     * Cancels the current job: its thread is interrupted and nothing it hands over runs. Owner thread.
     *
     * @return false when no job was current
     */
    public boolean cancel() {
        Job<?> job = current;
        if (job == null) {
            return false;
        }
        generation++;
        current = null;
        job.cancelled = true;
        job.task.cancel();
        return true;
    }

    /**
     * Interrupts the current job but still takes its result (a fix that returns what each phone reached). A job
     * that had not started yet is dropped instead. Owner thread.
     *
     * @return true when the job runs on and will hand its result over; false when none was current or it was dropped
     */
    public boolean interrupt() {
        Job<?> job = current;
        if (job == null) {
            return false;
        }
        job.cancelled = true;
        if (job.task.cancel()) {
            generation++;
            current = null;
            return false;
        }
        return true;
    }

    /** Whether a current job runs (until its result or failure is handed over, or it is cancelled). */
    public boolean isRunning() {
        return current != null;
    }

    /** Stops the processor: running tasks are interrupted, queued ones dropped, nothing more is handed over. */
    public void close() {
        closed = true;
        rp.shutdownNow();
    }

    /** For tests of one-thread work: waits until the tasks queued before have run. */
    public void awaitIdle() {
        rp.post(() -> { }).waitFinished();
    }

    /** One job: its task, its progress handle and what it hands over. */
    private final class Job<T> implements Context {
        private final int id;
        private final String title;
        private final Runnable onCancel;
        private final Task<T> work;
        private final Consumer<? super T> done;
        private final Consumer<? super Exception> failed;
        private RequestProcessor.Task task;
        private ProgressHandle handle;
        private int total;
        private int shown;
        private volatile boolean cancelled;

        Job(int id, String title, Runnable onCancel, Task<T> work, Consumer<? super T> done,
                Consumer<? super Exception> failed) {
            this.id = id;
            this.title = title;
            this.onCancel = onCancel;
            this.work = Objects.requireNonNull(work, "task");
            this.done = Objects.requireNonNull(done, "done");
            this.failed = Objects.requireNonNull(failed, "failed");
        }

        void schedule() {
            task = rp.create(this::run);
            task.schedule(0);
        }

        private void run() {
            if (title != null) {
                handle = onCancel == null ? ProgressHandle.createHandle(title)
                        : ProgressHandle.createHandle(title, () -> {
                            owner.execute(onCancel);
                            return true;
                        });
                handle.start();
            }
            try {
                T result = work.run(this);
                later(() -> finish(() -> done.accept(result)));
            } catch (InterruptedException | CancellationException e) {
                LOG.log(Level.FINE, "cancelled", e);
                later(() -> finish(() -> failed.accept(e))); // a job interrupted but not superseded still ends
            } catch (Exception e) {
                later(() -> finish(() -> failed.accept(e)));
            } finally {
                if (handle != null) {
                    handle.finish();
                }
                Thread.interrupted(); // the processor's thread serves the next task uninterrupted
            }
        }

        /** On the owner thread: the current job ends (it is no longer running), then its step runs. */
        private void finish(Runnable step) {
            if (current == this) {
                current = null;
            }
            step.run();
        }

        @Override
        public void step(String text) {
            if (handle != null) {
                handle.progress(text);
            }
        }

        @Override
        public synchronized void determinate(int units) {
            total = units;
            shown = 0;
            if (handle != null) {
                handle.switchToDeterminate(units);
            }
        }

        @Override
        public synchronized void progress(String text, int count) {
            int value = Math.min(count, total);
            if (value > shown) {
                shown = value;
                if (handle != null) {
                    handle.progress(text, value);
                }
            }
        }

        @Override
        public void later(Runnable step) {
            owner.execute(() -> {
                if (!closed && (id < 0 || id == generation)) {
                    step.run();
                }
            });
        }

        @Override
        public boolean cancelled() {
            return cancelled || Thread.currentThread().isInterrupted();
        }
    }
}
