package org.voicebench.audit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.voicebench.audit.FleetAudit.Listeners;
import org.voicebench.macro.Macro;
import org.voicebench.macro.run.MacroPlayer;
import org.voicebench.macro.run.MacroRun;
import org.voicebench.macro.run.MacroRunListener;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.macro.run.RunOptions;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.model.ModelProfiles;

/**
 * One fix run: the erase macro on the planned phones, and as each phone's macro ends, its ITL read
 * again (waiting while it restarts) to decide FIXED, STILL_MISMATCHED or DID_NOT_RETURN.
 */
final class FixRun {

    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final AuditSettings settings;
    private final PhoneProbe probe;
    private final ClusterItls cluster;
    private final Map<String, PlanItem> erase;
    private final Map<String, AuditRow> rows;
    private final AuditListener listener;
    /** Counted down once on cancel: the waits end at once and read the phone one last time. */
    private final CountDownLatch cancelled = new CountDownLatch(1);

    FixRun(PhoneClient client, ModelProfiles profiles, AuditSettings settings, PhoneProbe probe, ClusterItls cluster,
            Map<String, PlanItem> erase, Map<String, AuditRow> rows, AuditListener listener) {
        this.client = client;
        this.profiles = profiles;
        this.settings = settings;
        this.probe = probe;
        this.cluster = cluster;
        this.erase = erase;
        this.rows = rows;
        this.listener = listener;
    }

    void run(Macro planned, boolean blindAccepted) throws IOException {
        Macro macro = settings.keyDelay() == null ? planned : planned.withDefaultDelay(settings.keyDelay());
        List<PhoneEntry> phones = new ArrayList<>();
        for (PlanItem item : erase.values()) {
            PhoneEntry e = item.phone().phone();
            phones.add(item.phone().model().isEmpty() ? e : e.withModel(item.phone().model()));
        }
        int total = phones.size();
        ExecutorService verifiers = Executors.newFixedThreadPool(Math.min(settings.concurrency(), total),
                Workers.named("voicebench-audit-verify"));
        CountDownLatch macrosEnded = new CountDownLatch(total);
        AtomicInteger verified = new AtomicInteger();
        MacroRunListener onMacro = new MacroRunListener() {
            @Override
            public void phoneFinished(PhoneResult result, int finished, int all) {
                Listeners.safely(() -> listener.macroFinished(result, finished, all));
                PlanItem item = erase.get(result.address());
                if (item != null) {
                    verifiers.execute(() -> {
                        AuditRow row = verify(item, result);
                        rows.put(result.address(), row);
                        Listeners.safely(() -> listener.phoneVerified(row, verified.incrementAndGet(), total));
                    });
                }
                macrosEnded.countDown();
            }
        };
        RunOptions options = RunOptions.defaults().withConfirmation().withListener(onMacro);
        if (blindAccepted) {
            options = options.withBlindAccepted();
        }
        if (settings.journal() != null) {
            options = options.withJournal(settings.journal(), true);
        }
        boolean interrupted = false;
        try {
            MacroRun run = new MacroPlayer(client, profiles, settings.player()).start(macro, phones, options);
            try {
                run.await();
                // runFinished may come before the last phones' phoneFinished: wait for every phone's result
                macrosEnded.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
                run.cancel();
                cancelled.countDown();
                awaitQuietly(run);
            }
        } finally {
            verifiers.shutdown();
            // every verification is bounded by the return wait; queued ones run after the first wave
            long waves = (total + settings.concurrency() - 1) / settings.concurrency();
            Duration bound = settings.returnTimeout().plus(Duration.ofMinutes(2)).multipliedBy(waves + 1);
            try {
                if (!verifiers.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    verifiers.shutdownNow();
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancelled.countDown();
                verifiers.shutdownNow();
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** After a cancel, phones stop at their next step: their results come within a key delay or two. */
    private static void awaitQuietly(MacroRun run) {
        try {
            run.await(Duration.ofMinutes(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private AuditRow verify(PlanItem item, PhoneResult macro) {
        PhoneAudit phone = item.phone();
        if (macro.outcome() == Outcome.CANCELLED && !macro.touched()) {
            return new AuditRow(phone, AuditState.NOT_ATTEMPTED, "the fix was cancelled before it reached the phone",
                    item, macro, null);
        }
        boolean sent = macro.outcome().succeeded();
        String failure = sent ? "" : item.macro() + " stopped at step " + macro.step() + " with " + macro.outcome()
                + (macro.message().isEmpty() ? "" : ": " + macro.message()) + "; ";
        long start = System.nanoTime();
        long end = start + settings.returnTimeout().toNanos();
        boolean waiting = sent || macro.touched();
        ItlAssessment last = null;
        try {
            if (sent) {
                pause(); // the phone is restarting
            }
            while (true) {
                last = read(phone);
                if (last.state() == ItlState.MATCH) {
                    return new AuditRow(phone, AuditState.FIXED, sent ? "back after "
                            + FleetAudit.elapsed(start).toSeconds() + " s holding the cluster's ITL" : failure
                            + "yet it holds the cluster's ITL now", item, macro, last);
                }
                boolean answered = last.state() != ItlState.UNKNOWN;
                if (!waiting || (!sent && answered) || System.nanoTime() > end || cancelled.getCount() == 0) {
                    break;
                }
                pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (last == null) {
            return new AuditRow(phone, AuditState.DID_NOT_RETURN, failure + "the audit was cancelled while the phone"
                    + " restarted", item, macro, null);
        }
        if (last.state() == ItlState.UNKNOWN && waiting && cancelled.getCount() == 0) {
            return new AuditRow(phone, AuditState.DID_NOT_RETURN, failure + "not read again: the audit was cancelled"
                    + " while the phone restarted (" + last.reason() + ")", item, macro, last);
        }
        if (last.state() == ItlState.UNKNOWN && waiting) {
            return new AuditRow(phone, AuditState.DID_NOT_RETURN, failure + "not back within "
                    + settings.returnTimeout().toSeconds() + " s (" + last.reason() + ")", item, macro, last);
        }
        String cancelNote = waiting && cancelled.getCount() == 0 ? "the audit was cancelled while waiting for the"
                + " phone's ITL: " : "";
        return new AuditRow(phone, AuditState.STILL_MISMATCHED, failure + cancelNote + last.reason(), item, macro, last);
    }

    private ItlAssessment read(PhoneAudit phone) {
        PhoneProbe.Result r = probe.probe(client.phone(phone.phone().address()), false);
        return ItlAssessment.of(r, cluster.forPhone(r.tftpServer(), r.itlHash()).itl());
    }

    private void pause() throws InterruptedException {
        cancelled.await(settings.returnPoll().toMillis(), TimeUnit.MILLISECONDS);
    }
}
