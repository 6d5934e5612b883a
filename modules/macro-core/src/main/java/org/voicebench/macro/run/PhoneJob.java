package org.voicebench.macro.run;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.MenuLabels;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.macro.Step;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.Screenshot;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;

/**
 * The macro on one phone: a chain of short tasks on the run's pool, one step (one request) each, the
 * delays scheduled between them. Only one task of a job is ever queued or running, so the fields need no lock.
 */
final class PhoneJob {

    private static final Logger LOG = Logger.getLogger(PhoneJob.class.getName());

    private final MacroRun run;
    private final int index;
    private final PhoneEntry entry;
    private final List<CapturedScreen> shots = new ArrayList<>();
    private Phone phone;
    private ResolvedMacro resolved;
    private String model;
    private int step;
    private int attempt;
    private int retries;
    private boolean touched;
    private boolean answered;
    private Instant started;
    private long startNanos;
    private long stableDeadline;
    private byte[] lastShot;
    /** The open step in progress pressed its item's digit; the next tick checks the new screen. */
    private boolean openPressed;
    /** A key or URI request is on its way: if it fails, it may still have reached the phone. */
    private boolean sending;
    /** When a step must be polled again: how long until then (null: the stable-screen poll interval). */
    private Duration pollAfter;
    /** How the keys go now: the run's first choice, CTI after a web server that refused (auto). */
    private KeyTransport transport;
    /** Keys or URIs the phone took so far (web: answered; CTI: delivered). */
    private int delivered;

    PhoneJob(MacroRun run, int index, PhoneEntry entry) {
        this.run = run;
        this.index = index;
        this.entry = entry;
        this.model = run.profiles().canonicalModel(entry.model());
    }

    void start() {
        started = Instant.now();
        startNanos = System.nanoTime();
        try {
            run.listener().phoneStarted(entry);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a macro run listener failed", e);
        }
        tick();
    }

    /** Runs the next step, then schedules the one after it. */
    private void tick() {
        try {
            if (run.cancelled()) {
                end(Outcome.CANCELLED, "the run was cancelled");
                return;
            }
            Duration limit = run.settings().phoneTimeout();
            if (System.nanoTime() - startNanos > limit.toNanos()) {
                end(Outcome.TIMEOUT, "the phone took longer than " + limit.toSeconds() + " s (the per-phone limit)");
                return;
            }
            if (resolved == null && !resolve()) {
                return;
            }
            Step s = resolved.steps().get(step);
            if (!perform(s)) {
                Duration again = pollAfter != null ? pollAfter : run.settings().stablePollInterval();
                pollAfter = null;
                run.schedule(this::tick, again);
                return;
            }
            attempt = 0;
            int n = resolved.steps().size();
            try {
                run.listener().stepFinished(entry, step + 1, n, s);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a macro run listener failed", e);
            }
            Duration delay = resolved.delayAfter(step);
            if (step + 1 == n) {
                end(Outcome.SUCCESS, transport == KeyTransport.CTI ? "every key delivered over CTI; the phone answers"
                        + " nothing there, so check what it did (its pages, or CUCM once it registers again)" : "");
                return;
            }
            step++;
            run.schedule(this::tick, delay);
        } catch (PhoneException e) {
            failed(e);
        } catch (StepFailed e) {
            end(e.outcome, e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "macro step failed unexpectedly on " + entry.address(), e);
            end(Outcome.KEY_REJECTED, "the step could not be sent: " + e);
        }
    }

    /** Picks the steps for the phone's model; false when the phone already ended. */
    private boolean resolve() throws PhoneException {
        if (transport == null) {
            transport = run.keys().first(entry);
        }
        ModelProfile profile = entry.model().isEmpty() ? null : run.profiles().find(entry.model()).orElse(null);
        boolean overCti = transport == KeyTransport.CTI;
        if (run.macro().needsModel() && !(overCti && profile != null)) {
            // the phone's own word on its model; over CTI the listed model stands in (the web may be off)
            String reported = run.client().phone(entry.address()).deviceInformation().modelNumber();
            answered = true;
            profile = run.profiles().find(reported).orElse(null);
            if (profile == null) {
                end(Outcome.UNSUPPORTED_MODEL, "the phone reports model \"" + reported + "\", which has no model profile");
                return false;
            }
        }
        model = profile != null ? profile.model() : run.profiles().canonicalModel(entry.model());
        try {
            resolved = run.macro().resolve(profile, transport);
        } catch (MacroNotApplicableException e) {
            end(Outcome.UNSUPPORTED_MODEL, e.getMessage());
            return false;
        }
        if (resolved.blind() && !run.blindAccepted()) {
            end(Outcome.UNSUPPORTED_MODEL, "the " + run.macro().name() + " keys for model " + model + " would be pressed"
                    + " blind (" + resolved.howKnown() + "), so no guard can stop a wrong key: not run without the user's"
                    + " explicit acceptance of blind keys (--allow-blind)");
            return false;
        }
        phone = profile != null ? run.client().phone(entry.address(), profile) : run.client().phone(entry.address());
        if (overCti) {
            try {
                phone = phone.over(run.keys().ctiChannel(entry));
            } catch (IllegalStateException e) {
                end(Outcome.NOT_CONTROLLED, e.getMessage());
                return false;
            }
        }
        return true;
    }

    /**
     * Under {@code auto}, a phone whose web server is off or refuses the credentials before it took any key is tried
     * again over CTI, from the first step; false when that does not apply.
     */
    private boolean fellBackToCti(PhoneException e) {
        if (transport != KeyTransport.WEB || delivered > 0 || !run.keys().fallsBackToCti(e.failure()) || run.cancelled()) {
            return false;
        }
        LOG.log(Level.FINE, "{0}: {1} over the web; its keys go over CTI", new Object[] {entry.address(), e.failure()});
        transport = KeyTransport.CTI;
        resolved = null;
        step = 0;
        attempt = 0;
        sending = false;
        openPressed = false;
        run.schedule(this::tick, Duration.ZERO);
        return true;
    }

    /** Does one step; false when it must be polled again (a screen not yet stable, an opened item not yet checked). */
    private boolean perform(Step s) throws PhoneException, StepFailed {
        if (s instanceof Step.Open o) {
            return open(o);
        }
        if (s instanceof Step.Key k) {
            send(() -> phone.press(k.name()));
        } else if (s instanceof Step.Uri u) {
            send(() -> phone.execute(u.uri()));
        } else if (s instanceof Step.ExpectScreen e) {
            ModeInfo m = phone.modeInfo();
            answered = true;
            if (!ScreenGuard.matches(e, m)) {
                throw new StepFailed(Outcome.SCREEN_MISMATCH, "expected the " + e.target().jsonName() + " to match \""
                        + e.pattern() + "\"; the phone shows " + ScreenGuard.shows(m) + ": stopped before the next key");
            }
        } else if (s instanceof Step.Screenshot sh) {
            Screenshot shot = phone.screenshot();
            shots.add(new CapturedScreen(step + 1, sh.label(), shot.format().name(), shot.bytes()));
        } else if (s instanceof Step.WaitScreenStable w) {
            return waitStable(w);
        } else if (!(s instanceof Step.Pause)) {
            throw new IllegalStateException("unresolved step " + s.describe());
        }
        answered = answered || s.acts() || s instanceof Step.Screenshot;
        return true;
    }

    /**
     * First tick: finds the item on the screen and presses its digit. The tick after the default delay: the new
     * screen must name the item. Either failing stops the phone before any further key.
     */
    private boolean open(Step.Open o) throws PhoneException, StepFailed {
        ModeInfo m = phone.modeInfo();
        answered = true;
        if (openPressed) {
            openPressed = false;
            if (!MenuLabels.shows(m, o.labels())) {
                throw new StepFailed(Outcome.SCREEN_MISMATCH, "opened the item labelled \"" + o.label() + "\", but the"
                        + " phone shows " + ScreenGuard.shows(m) + ": stopped before the next key");
            }
            return true;
        }
        int item = MenuLabels.find(m, o.labels()).orElseThrow(() -> new StepFailed(Outcome.SCREEN_MISMATCH,
                "the phone's screen \"" + nz(m.planeTitle()) + "\" lists no item labelled \"" + o.label() + "\" (it lists "
                + MenuLabels.items(m) + "): stopped before any key"));
        if (item > 9) {
            throw new StepFailed(Outcome.SCREEN_MISMATCH, "\"" + o.label() + "\" is item " + item + " of \""
                    + nz(m.planeTitle()) + "\"; only items 1-9 have a digit: stopped before any key");
        }
        send(() -> phone.press("KeyPad" + item));
        openPressed = true;
        pollAfter = run.macro().defaultDelay(); // the phone's UI needs the key delay before the new screen is read
        return false;
    }

    /** A request that acts on the phone. */
    private interface Action {
        void run() throws PhoneException;
    }

    private void send(Action action) throws PhoneException {
        touched = true;
        sending = true;
        action.run();
        sending = false;
        delivered++;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private boolean waitStable(Step.WaitScreenStable w) throws PhoneException, StepFailed {
        long now = System.nanoTime();
        if (stableDeadline == 0) {
            stableDeadline = now + Duration.ofMillis(w.timeoutMillis()).toNanos();
            lastShot = null;
        }
        byte[] bytes = phone.screenshot().bytes();
        answered = true;
        if (lastShot != null && Arrays.equals(lastShot, bytes)) {
            stableDeadline = 0;
            lastShot = null;
            return true;
        }
        lastShot = bytes;
        if (System.nanoTime() + run.settings().stablePollInterval().toNanos() > stableDeadline) {
            stableDeadline = 0;
            throw new StepFailed(Outcome.TIMEOUT, "the screen did not settle (two equal screenshots in a row) within "
                    + w.timeoutMillis() + " ms");
        }
        return false;
    }

    private void failed(PhoneException e) {
        PhoneFailure f = e.failure();
        if (fellBackToCti(e)) {
            return;
        }
        if (rebootedAfterFinalKey(f)) {
            end(Outcome.SUCCESS_REBOOTED, "the connection dropped after the final key, as the phone restarts ("
                    + f + "); check later that it came back with the new trust list");
            return;
        }
        boolean mayHaveActed = sending && f != PhoneFailure.QUEUE_TIMEOUT;
        sending = false;
        if (mayHaveActed && transientFailure(e)) {
            end(Outcome.UNREACHABLE, e.getMessage() + " The request may have reached the phone, so it was not sent"
                    + " again (a repeated key can press twice): check what the phone shows before running the macro again.");
            return;
        }
        if (transientFailure(e) && attempt < run.settings().retries() && !run.cancelled()) {
            attempt++;
            retries++;
            LOG.log(Level.FINE, "{0}: retrying step {1} after {2}", new Object[] {entry.address(), step + 1, f});
            run.schedule(this::tick, run.settings().retryDelay());
            return;
        }
        String message = e.getMessage() + (attempt > 0 ? " (after " + attempt + " retries)" : "") + ctiHint(f);
        switch (f) {
            case AUTH_FAILED -> end(Outcome.AUTH_FAILED, message);
            case WEB_ACCESS_DISABLED -> {
                if (answered) {
                    end(Outcome.UNREACHABLE, "the phone stopped accepting connections in the middle of the macro; it"
                            + " probably restarted: " + message);
                } else {
                    end(Outcome.WEB_ACCESS_DISABLED, message);
                }
            }
            case UNREACHABLE, CONNECTION_DROPPED, CTI_OUT_OF_SERVICE -> end(Outcome.UNREACHABLE, message);
            case CTI_NOT_CONTROLLED -> end(Outcome.NOT_CONTROLLED, message);
            case QUEUE_TIMEOUT -> end(Outcome.TIMEOUT, message);
            case CANCELLED -> end(Outcome.CANCELLED, message);
            default -> end(Outcome.KEY_REJECTED, message);
        }
    }

    /** For a phone the web cannot drive and CTI could: says so, when the run has no CTI. */
    private String ctiHint(PhoneFailure f) {
        if (run.keys().ctiAvailable() || delivered > 0 || (f != PhoneFailure.WEB_ACCESS_DISABLED && f != PhoneFailure.AUTH_FAILED)) {
            return "";
        }
        return " CTI can still press its keys (CUCM delivers them over the phone's registration): configure CTI (Options >"
                + " CTI; on the command line --transport auto with --cti-jar, --cti-host, --cti-user).";
    }

    /**
     * A lost connection once the final key was sent, on a macro that restarts the phone. A refused connection
     * for the final key itself does not count: that key never reached the phone.
     */
    private boolean rebootedAfterFinalKey(PhoneFailure f) {
        if (resolved == null || !run.macro().reboots()) {
            return false;
        }
        int last = resolved.lastActingStep();
        if (last < 0 || step < last) {
            return false;
        }
        if (step == last) {
            return f == PhoneFailure.CONNECTION_DROPPED;
        }
        return f == PhoneFailure.CONNECTION_DROPPED || f == PhoneFailure.WEB_ACCESS_DISABLED || f == PhoneFailure.UNREACHABLE
                || f == PhoneFailure.CTI_OUT_OF_SERVICE;
    }

    /**
     * Failures worth another try: a read (ModeInfo, screenshot) is simply asked again; a key or URI only when it
     * never left this machine (a queue timeout), since a dropped or garbled answer does not say whether it acted.
     */
    private static boolean transientFailure(PhoneException e) {
        return switch (e.failure()) {
            case CONNECTION_DROPPED, QUEUE_TIMEOUT, FRAMING_ERROR, INTERNAL_FILE_ERROR -> true;
            case UNEXPECTED_RESPONSE -> e.detail() != null && e.detail().startsWith("5");
            default -> false;
        };
    }

    private void end(Outcome outcome, String message) {
        int n = resolved == null ? 0 : resolved.steps().size();
        int at = resolved == null ? 0 : outcome == Outcome.SUCCESS ? n : step + 1;
        String text = resolved == null ? (run.macro().needsModel() ? "detect model" : "")
                : resolved.steps().get(Math.min(at, n) - 1).describe();
        long ms = started == null ? 0 : Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        run.finish(index, result(entry, model, outcome, at, text, message, retries, touched, started, ms, shots, transport));
    }

    static PhoneResult result(PhoneEntry e, String model, Outcome outcome, int step, String stepText, String message,
                              int retries, boolean touched, Instant started, long ms, List<CapturedScreen> shots,
                              KeyTransport transport) {
        return new PhoneResult(e.address().toString(), e.name(), e.group(), model.isEmpty() ? e.model() : model, outcome,
                step, stepText, message, retries, touched, started, ms, shots, transport);
    }

    /** A step's own failure (guard, timeout), as opposed to a failed request. */
    private static final class StepFailed extends Exception {
        private final Outcome outcome;

        StepFailed(Outcome outcome, String message) {
            super(message, null, false, false);
            this.outcome = outcome;
        }
    }
}
