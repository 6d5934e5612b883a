package org.voicebench.macro.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.macro.Macro;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * A macro running on a list of phones (from {@link MacroPlayer#start}). Thread-safe: cancel it from any thread.
 */
public final class MacroRun {

    private static final Logger LOG = Logger.getLogger(MacroRun.class.getName());
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final Macro macro;
    private final List<PhoneEntry> phones;
    private final PlayerSettings settings;
    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final Journal journal;
    private final MacroRunListener listener;
    private final boolean blindAccepted;
    private final KeyRoutes keys;
    private final PhoneResult[] results;
    private final Deque<Integer> pending = new ArrayDeque<>();
    private final CompletableFuture<List<PhoneResult>> done = new CompletableFuture<>();
    private final ScheduledThreadPoolExecutor executor;
    private volatile boolean cancelled;
    private volatile IOException journalError;
    private int finished;

    MacroRun(Macro macro, List<PhoneEntry> phones, PlayerSettings settings, PhoneClient client, ModelProfiles profiles,
             Journal journal, RunOptions options) {
        this.macro = macro;
        this.phones = phones;
        this.settings = settings;
        this.client = client;
        this.profiles = profiles;
        this.journal = journal;
        this.listener = options.listener();
        this.blindAccepted = options.blindAccepted();
        this.keys = options.keys();
        this.results = new PhoneResult[phones.size()];
        int threads = Math.max(1, Math.min(settings.concurrency(), phones.size()));
        String prefix = "macro-player-" + RUNS.incrementAndGet() + "-";
        AtomicInteger n = new AtomicInteger();
        this.executor = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
    }

    /** Takes the phones done in the journal, then starts the first phones. */
    void begin(Journal.State previous) {
        List<Integer> start = new ArrayList<>();
        synchronized (this) {
            for (int i = 0; i < phones.size(); i++) {
                String address = phones.get(i).address().toString();
                if (previous != null && previous.done(address)) {
                    PhoneResult r = previous.results().get(address);
                    if (r == null || !r.done()) {
                        // started, never finished: the process ended in the middle; repeating it could repeat keys
                        r = PhoneJob.result(phones.get(i), profiles.canonicalModel(phones.get(i).model()), Outcome.CANCELLED, 0, "", "the previous run ended while"
                                + " this phone was in progress (step unknown); not repeated: check the phone, then run it"
                                + " alone", 0, true, null, 0, List.of(), null);
                        journalResult(r);
                    }
                    results[i] = r;
                    finished++;
                    notifyFinished(r, finished);
                } else {
                    pending.add(i);
                }
            }
            while (start.size() < settings.concurrency() && !pending.isEmpty()) {
                start.add(pending.poll());
            }
        }
        if (finished == phones.size()) {
            complete();
            return;
        }
        for (int i : start) {
            launch(i);
        }
    }

    private void launch(int index) {
        PhoneJob job = new PhoneJob(this, index, phones.get(index));
        try {
            if (journal != null) {
                journal.started(phones.get(index).address().toString());
            }
        } catch (IOException e) {
            journalFailed(e);
        }
        executor.execute(job::start);
    }

    public Macro macro() {
        return macro;
    }

    /** The phones, in the order results are given. */
    public List<PhoneEntry> phones() {
        return phones;
    }

    /**
     * Stops the run: phones not started end CANCELLED at once, phones in progress stop before their next
     * step (a request already sent is answered first).
     */
    public void cancel() {
        cancelled = true;
        List<Integer> never;
        synchronized (this) {
            never = new ArrayList<>(pending);
            pending.clear();
        }
        for (int i : never) {
            finish(i, PhoneJob.result(phones.get(i), profiles.canonicalModel(phones.get(i).model()), Outcome.CANCELLED, 0, "", "the run was cancelled before this"
                    + " phone started", 0, false, null, 0, List.of(), null));
        }
    }

    public boolean cancelled() {
        return cancelled;
    }

    /** True once every phone has a result. */
    public boolean isDone() {
        return done.isDone();
    }

    /** Completes with the results (in phone-list order) when every phone has one. */
    public CompletableFuture<List<PhoneResult>> completion() {
        return done.copy();
    }

    /** Waits for the end of the run. */
    public List<PhoneResult> await() throws InterruptedException {
        try {
            return done.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed", e.getCause());
        }
    }

    /**
     * Waits at most {@code limit} for the end of the run.
     *
     * @return the results, or null when the run is still going
     */
    public List<PhoneResult> await(Duration limit) throws InterruptedException {
        try {
            return done.get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the run failed", e.getCause());
        }
    }

    /** The results so far, in phone-list order, without the phones still going. */
    public synchronized List<PhoneResult> results() {
        return Arrays.stream(results).filter(r -> r != null).toList();
    }

    /** How many phones have a result. */
    public synchronized int finishedCount() {
        return finished;
    }

    /** Set when writing the journal failed: the run was cancelled, and the journal misses results. */
    public IOException journalError() {
        return journalError;
    }

    // --- for PhoneJob ---

    PlayerSettings settings() {
        return settings;
    }

    PhoneClient client() {
        return client;
    }

    ModelProfiles profiles() {
        return profiles;
    }

    /** The user accepted blind variants (keys pressed without reading the screen). */
    boolean blindAccepted() {
        return blindAccepted;
    }

    /** Which way each phone's keys go. */
    KeyRoutes keys() {
        return keys;
    }

    MacroRunListener listener() {
        return listener;
    }

    void schedule(Runnable task, Duration delay) {
        try {
            executor.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.FINE, "macro run already shut down", e);
        }
    }

    /** One phone ended: journal it, report it, start the next phone. */
    void finish(int index, PhoneResult r) {
        Integer next = null;
        int count;
        synchronized (this) {
            if (results[index] != null) {
                return;
            }
            results[index] = r;
            finished++;
            count = finished;
            journalResult(r);
            if (!cancelled && !pending.isEmpty()) {
                next = pending.poll();
            }
        }
        // outside the lock: a listener may hand over to another thread that reads this run
        notifyFinished(r, count);
        if (next != null) {
            launch(next);
        }
        if (count == phones.size()) {
            complete();
        }
    }

    private void journalResult(PhoneResult r) {
        if (journal == null) {
            return;
        }
        try {
            journal.result(r);
        } catch (IOException e) {
            journalFailed(e);
        }
    }

    private void journalFailed(IOException e) {
        if (journalError == null) {
            journalError = e;
            LOG.log(Level.WARNING, "cannot write the macro journal; cancelling the run", e);
        }
        cancelled = true;
    }

    private void notifyFinished(PhoneResult r, int count) {
        try {
            listener.phoneFinished(r, count, phones.size());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a macro run listener failed", e);
        }
    }

    private void complete() {
        List<PhoneResult> all;
        synchronized (this) {
            all = List.of(results);
        }
        executor.shutdown();
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                journalFailed(e);
            }
        }
        try {
            listener.runFinished(all);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a macro run listener failed", e);
        }
        done.complete(all);
    }
}
