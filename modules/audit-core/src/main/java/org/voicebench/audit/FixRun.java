package org.voicebench.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.model.ModelProfiles;

/**
 * One fix run, least invasive first: the planned restarts (the restart macro, or CUCM), each phone read again
 * until it holds the cluster's ITL (FIXED) or came back still holding another one; those, with the phones planned
 * for an erase, then get the erase macro, and are read again to decide FIXED, STILL_MISMATCHED or DID_NOT_RETURN.
 */
final class FixRun {

    private final PhoneClient client;
    private final ModelProfiles profiles;
    private final AuditSettings settings;
    private final PhoneProbe probe;
    private final ClusterItls cluster;
    private final Map<String, AuditRow> rows;
    private final AuditListener listener;
    private final AuditCucm cucm;
    private final KeyRoutes keys;
    /** Counted down once on cancel: the waits end at once and read the phone one last time. */
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final AtomicInteger verified = new AtomicInteger();
    /**
     * The registration time stamps CUCM showed before the erase, of the CTI phones whose pages cannot be read: a later
     * one means the phone restarted (compared with CUCM's own clock, not this machine's).
     */
    private final Map<String, Instant> registeredBefore = new ConcurrentHashMap<>();
    private int total;

    FixRun(PhoneClient client, ModelProfiles profiles, AuditSettings settings, PhoneProbe probe, ClusterItls cluster,
            Map<String, AuditRow> rows, AuditListener listener, AuditCucm cucm, KeyRoutes keys) {
        this.client = client;
        this.profiles = profiles;
        this.settings = settings;
        this.probe = probe;
        this.cluster = cluster;
        this.rows = rows;
        this.listener = listener;
        this.cucm = cucm;
        this.keys = keys;
    }

    /** Runs the plan's restarts, then its erases (and the erases of the restarts that did not fix). */
    void run(FixPlan plan) throws IOException {
        Map<String, PlanItem> restart = byAddress(plan.restarting());
        Map<String, PlanItem> erase = byAddress(plan.erasing());
        total = restart.size() + erase.size();
        boolean blind = plan.options().blindAccepted();
        if (!restart.isEmpty()) {
            Map<String, PlanItem> notFixed = new ConcurrentHashMap<>();
            boolean interrupted;
            if (plan.options().restartByCucm()) {
                interrupted = new Phase(restart, notFixed).runThroughCucm();
            } else {
                interrupted = new Phase(restart, notFixed).runMacro(plan.options().restart(), blind, null);
            }
            if (interrupted) {
                notFixed.values().forEach(i -> rows.put(i.phone().address(), new AuditRow(i.phone(),
                        AuditState.STILL_MISMATCHED, "the restart did not fix it, and the fix was cancelled before its"
                        + " erase", i, null, null, List.of(PlanItem.Action.RESTART))));
                Thread.currentThread().interrupt();
                return;
            }
            erase.putAll(notFixed);
        }
        noteRegistrations(erase.values());
        if (!erase.isEmpty() && new Phase(erase, null).runMacro(plan.options().erase(), blind, settings.journal())) {
            Thread.currentThread().interrupt();
        }
    }

    /** Before the erase: the registrations of the phones only CUCM can show back. */
    private void noteRegistrations(java.util.Collection<PlanItem> erasing) {
        if (cucm.registrations() == null) {
            return;
        }
        for (PlanItem item : erasing) {
            if (item.transport() == KeyTransport.CTI && item.phone().assessment().webAccessOff()) {
                try {
                    cucm.registrations().registeredSince(device(item.phone()))
                            .ifPresent(t -> registeredBefore.put(item.phone().address(), t));
                } catch (IOException e) {
                    // the phone's own time stamp stays unknown: the erase's start stands in for it
                }
            }
        }
    }

    private static String device(PhoneAudit phone) {
        return KeyRoutes.deviceName(phone.phone()).orElse(phone.phone().name());
    }

    private static Map<String, PlanItem> byAddress(List<PlanItem> items) {
        Map<String, PlanItem> out = new LinkedHashMap<>();
        items.forEach(i -> out.put(i.phone().address(), i));
        return out;
    }

    /** One action on a set of phones, each read back as it ends. */
    private final class Phase {
        private final Map<String, PlanItem> items;
        /** Restarts: where the phones the restart did not fix go; null for the erase phase. */
        private final Map<String, PlanItem> notFixed;
        private final ExecutorService verifiers;

        Phase(Map<String, PlanItem> items, Map<String, PlanItem> notFixed) {
            this.items = items;
            this.notFixed = notFixed;
            this.verifiers = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), items.size())),
                    Workers.named(notFixed != null ? "voicebench-audit-restart" : "voicebench-audit-verify"));
        }

        boolean restarting() {
            return notFixed != null;
        }

        /** @return true when the calling thread was interrupted (the run was cancelled) */
        boolean runMacro(Macro planned, boolean blindAccepted, Path journal) throws IOException {
            Macro macro = settings.keyDelay() == null ? planned : planned.withDefaultDelay(settings.keyDelay());
            List<PhoneEntry> phones = new ArrayList<>();
            for (PlanItem item : items.values()) {
                PhoneEntry e = item.phone().phone();
                phones.add(item.phone().model().isEmpty() ? e : e.withModel(item.phone().model()));
            }
            CountDownLatch macrosEnded = new CountDownLatch(phones.size());
            MacroRunListener onMacro = new MacroRunListener() {
                @Override
                public void phoneFinished(PhoneResult result, int finished, int all) {
                    ended(result, finished, all);
                    macrosEnded.countDown();
                }
            };
            RunOptions options = RunOptions.defaults().withConfirmation().withListener(onMacro).withKeys(keys);
            if (blindAccepted) {
                options = options.withBlindAccepted();
            }
            if (journal != null) {
                options = options.withJournal(journal, true);
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
                interrupted |= awaitVerifiers();
            }
            return interrupted;
        }

        /** Restarts through CUCM, at most the audit's concurrency at once; no key is pressed. */
        boolean runThroughCucm() {
            if (cucm.restarter() == null) {
                throw new IllegalStateException("the plan restarts phones through CUCM, but the audit has no CUCM");
            }
            AtomicInteger finished = new AtomicInteger();
            ExecutorService senders = Executors.newFixedThreadPool(Math.max(1, Math.min(settings.concurrency(), items.size())),
                    Workers.named("voicebench-audit-cucm-restart"));
            for (PlanItem item : items.values()) {
                senders.execute(() -> ended(restartThroughCucm(item), finished.incrementAndGet(), items.size()));
            }
            senders.shutdown();
            boolean interrupted = false;
            try {
                if (!senders.awaitTermination(10, TimeUnit.MINUTES)) {
                    senders.shutdownNow();
                }
            } catch (InterruptedException e) {
                interrupted = true;
                cancelled.countDown();
                senders.shutdownNow();
            }
            return awaitVerifiers() || interrupted;
        }

        private PhoneResult restartThroughCucm(PlanItem item) {
            PhoneEntry e = item.phone().phone();
            Instant started = Instant.now();
            long start = System.nanoTime();
            Outcome outcome = Outcome.SUCCESS;
            String message = "";
            if (cancelled.getCount() == 0) {
                outcome = Outcome.CANCELLED;
                message = "the run was cancelled";
            } else {
                try {
                    cucm.restarter().restart(e.name());
                } catch (IOException x) {
                    outcome = Outcome.KEY_REJECTED;
                    message = "CUCM did not restart " + e.name() + ": " + x.getMessage();
                }
            }
            return new PhoneResult(e.address().toString(), e.name(), e.group(), item.phone().model(), outcome, 1,
                    PlanOptions.CUCM_RESTART, message, 0, outcome == Outcome.SUCCESS, started,
                    FleetAudit.elapsed(start).toMillis(), List.of());
        }

        /** A phone's restart or erase ended: read it back on a verifier thread. */
        private void ended(PhoneResult result, int finished, int all) {
            if (restarting()) {
                Listeners.safely(() -> listener.restartFinished(result, finished, all));
            } else {
                Listeners.safely(() -> listener.macroFinished(result, finished, all));
            }
            PlanItem item = items.get(result.address());
            if (item == null) {
                return;
            }
            verifiers.execute(() -> {
                AuditRow row = restarting() ? verifyRestart(item, result) : verify(item, result);
                if (row != null) {
                    rows.put(result.address(), row);
                    Listeners.safely(() -> listener.phoneVerified(row, verified.incrementAndGet(), total));
                }
            });
        }

        /** @return true when interrupted while waiting */
        private boolean awaitVerifiers() {
            verifiers.shutdown();
            // every verification is bounded by the return wait; queued ones run after the first wave
            long waves = (items.size() + settings.concurrency() - 1) / settings.concurrency();
            Duration bound = settings.returnTimeout().plus(Duration.ofMinutes(2)).multipliedBy(waves + 1);
            try {
                if (!verifiers.awaitTermination(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                    verifiers.shutdownNow();
                }
                return false;
            } catch (InterruptedException e) {
                cancelled.countDown();
                verifiers.shutdownNow();
                return true;
            }
        }

        /**
         * After a restart: FIXED once it holds the cluster's ITL; when it came back (was seen down) still holding
         * another one, or the restart could not be sent, it goes to the erase (null returned).
         */
        private AuditRow verifyRestart(PlanItem item, PhoneResult restart) {
            PhoneAudit phone = item.phone();
            if (restart.outcome() == Outcome.CANCELLED && !restart.touched()) {
                return new AuditRow(phone, AuditState.NOT_ATTEMPTED, "the fix was cancelled before it reached the phone",
                        item, restart, null, List.of());
            }
            if (!restart.outcome().succeeded()) {
                return escalate(item, "the restart stopped at step " + restart.step() + " with " + restart.outcome()
                        + (restart.message().isEmpty() ? "" : ": " + restart.message()));
            }
            long start = System.nanoTime();
            long end = start + settings.returnTimeout().toNanos();
            boolean seenDown = false;
            ItlAssessment last = null;
            try {
                pause();
                while (true) {
                    last = read(phone);
                    if (last.state() == ItlState.MATCH) {
                        return new AuditRow(phone, AuditState.FIXED, "restarted (" + item.macro() + "), back after "
                                + FleetAudit.elapsed(start).toSeconds() + " s holding the cluster's ITL: nothing erased",
                                item, restart, last, List.of(PlanItem.Action.RESTART));
                    }
                    boolean down = last.state() == ItlState.UNKNOWN;
                    seenDown |= down;
                    if ((seenDown && !down) || System.nanoTime() > end || cancelled.getCount() == 0) {
                        break;
                    }
                    pause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (last == null || cancelled.getCount() == 0) {
                return new AuditRow(phone, AuditState.DID_NOT_RETURN, "restarted; the audit was cancelled while the"
                        + " phone restarted" + (last == null ? "" : " (" + last.reason() + ")"), item, restart, last,
                        List.of(PlanItem.Action.RESTART));
            }
            if (last.state() == ItlState.UNKNOWN) {
                return new AuditRow(phone, AuditState.DID_NOT_RETURN, "restarted; not back within "
                        + settings.returnTimeout().toSeconds() + " s (" + last.reason() + ")", item, restart, last,
                        List.of(PlanItem.Action.RESTART));
            }
            return escalate(item, "restarted, but it came back still not holding the cluster's ITL (" + last.reason()
                    + ")");
        }

        private AuditRow escalate(PlanItem item, String why) {
            notFixed.put(item.phone().address(), item);
            Listeners.safely(() -> listener.restartDidNotFix(item.phone(), why));
            return null;
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

    /** After an erase (planned, or after a restart that did not fix the phone). */
    private AuditRow verify(PlanItem item, PhoneResult macro) {
        PhoneAudit phone = item.phone();
        List<PlanItem.Action> done = item.action() == PlanItem.Action.RESTART
                ? List.of(PlanItem.Action.RESTART, PlanItem.Action.ERASE) : List.of(PlanItem.Action.ERASE);
        String before = done.size() > 1 ? "the restart did not fix it, so its ITL was erased; " : "";
        if (macro.outcome() == Outcome.CANCELLED && !macro.touched()) {
            return new AuditRow(phone, done.size() > 1 ? AuditState.STILL_MISMATCHED : AuditState.NOT_ATTEMPTED,
                    before + "the fix was cancelled before the erase reached the phone", item, macro, null,
                    done.subList(0, done.size() - 1));
        }
        boolean sent = macro.outcome().succeeded();
        if (sent && item.transport() == KeyTransport.CTI && phone.assessment().webAccessOff()) {
            return verifyByRegistration(item, macro, done);
        }
        String failure = before + (sent ? "" : "the erase stopped at step " + macro.step() + " (" + macro.stepText()
                + ") with " + macro.outcome() + (macro.message().isEmpty() ? "" : ": " + macro.message()) + "; ");
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
                    return new AuditRow(phone, AuditState.FIXED, sent ? before + "erased; back after "
                            + FleetAudit.elapsed(start).toSeconds() + " s holding the cluster's ITL, taken on trust"
                            : failure + "yet it holds the cluster's ITL now", item, macro, last, done);
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
                    + " restarted", item, macro, null, done);
        }
        if (last.state() == ItlState.UNKNOWN && waiting && cancelled.getCount() == 0) {
            return new AuditRow(phone, AuditState.DID_NOT_RETURN, failure + "not read again: the audit was cancelled"
                    + " while the phone restarted (" + last.reason() + ")", item, macro, last, done);
        }
        if (last.state() == ItlState.UNKNOWN && waiting) {
            return new AuditRow(phone, AuditState.DID_NOT_RETURN, failure + "not back within "
                    + settings.returnTimeout().toSeconds() + " s (" + last.reason() + ")", item, macro, last, done);
        }
        String cancelNote = waiting && cancelled.getCount() == 0 ? "the audit was cancelled while waiting for the"
                + " phone's ITL: " : "";
        return new AuditRow(phone, AuditState.STILL_MISMATCHED, failure + cancelNote + last.reason(), item, macro, last,
                done);
    }

    /**
     * After an erase over CTI on a phone whose pages cannot be read: RESTARTED once CUCM shows it registered again
     * after the erase began (RIS), FIXED should its pages answer with the cluster's ITL after all, else DID_NOT_RETURN.
     */
    private AuditRow verifyByRegistration(PlanItem item, PhoneResult macro, List<PlanItem.Action> done) {
        PhoneAudit phone = item.phone();
        String device = device(phone);
        Instant before = registeredBefore.get(phone.address());
        Instant erased = before != null ? before : macro.started() == null ? Instant.EPOCH : macro.started();
        long start = System.nanoTime();
        long end = start + settings.returnTimeout().toNanos();
        String lastProblem = cucm.registrations() == null ? "CUCM's registrations are not known (phones not from AXL/RIS)"
                : "";
        ItlAssessment last = null;
        try {
            pause(); // the phone is restarting
            while (true) {
                last = read(phone);
                if (last.state() == ItlState.MATCH) {
                    return new AuditRow(phone, AuditState.FIXED, "erased over CTI; back after "
                            + FleetAudit.elapsed(start).toSeconds() + " s holding the cluster's ITL, taken on trust", item,
                            macro, last, done);
                }
                if (cucm.registrations() != null) {
                    try {
                        Optional<Instant> since = cucm.registrations().registeredSince(device);
                        if (since.isPresent() && since.get().isAfter(erased)) {
                            return new AuditRow(phone, AuditState.RESTARTED, "erased over CTI; CUCM shows it registered"
                                    + " again at " + since.get() + " (" + FleetAudit.elapsed(start).toSeconds() + " s"
                                    + " after), but its pages cannot be read (" + last.reason() + ") to confirm the ITL"
                                    + " it holds now", item, macro, last, done);
                        }
                        lastProblem = since.isPresent() ? "CUCM still shows the registration from before the erase ("
                                + since.get() + ")" : "CUCM shows it unregistered";
                    } catch (IOException e) {
                        lastProblem = "CUCM's registrations could not be read: " + e.getMessage();
                    }
                }
                if (System.nanoTime() > end || cancelled.getCount() == 0) {
                    break;
                }
                pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new AuditRow(phone, AuditState.DID_NOT_RETURN, "erased over CTI; "
                + (cancelled.getCount() == 0 ? "the audit was cancelled while the phone restarted"
                : "not seen back within " + settings.returnTimeout().toSeconds() + " s") + " (" + lastProblem
                + (last == null ? "" : "; " + last.reason()) + ")", item, macro, last, done);
    }

    /** The phone's ITL state now, against what its TFTP node serves for its name (its ITLSEP file, else ITLFile). */
    private ItlAssessment read(PhoneAudit phone) {
        PhoneProbe.Result r = probe.probe(client.phone(phone.phone().address()), false);
        try {
            return ItlAssessment.of(r, cluster.forPhone(r.tftpServer(), r.itlHash(), r.macAddress()).itl());
        } catch (AuditInputException e) {
            return new ItlAssessment(ItlState.UNKNOWN, r.itlHash(), "its TFTP node's ITL for it could not be read: "
                    + e.getMessage()).reached(r.state());
        }
    }

    private void pause() throws InterruptedException {
        cancelled.await(settings.returnPoll().toMillis(), TimeUnit.MILLISECONDS);
    }
}
