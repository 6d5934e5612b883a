package org.voicebench.macro.run;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MenuLabels;
import org.voicebench.macro.Step;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;

/**
 * Plays one step of a macro on one phone and says what happened: the editor's "step through" mode,
 * where an engineer checks a macro key by key on a phone before running it on many. Blocking: call
 * off the Swing thread. Waits are bounded by the step itself (a pause, a stable-screen timeout).
 */
public final class StepPlayer {

    /**
     * The outcome of one step.
     *
     * @param passed false when a guard did not match or the screen did not settle
     * @param message one sentence for the status line
     */
    public record Played(boolean passed, String message) {
    }

    private static final Duration STABLE_POLL = Duration.ofMillis(500);

    private final Phone phone;

    public StepPlayer(Phone phone) {
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    /**
     * Plays {@code step}. Steps that need the phone's model profile ({@code itlErase}) are for the
     * player, not for stepping.
     *
     * @throws PhoneException when the phone refuses or cannot be reached
     * @throws InterruptedException when interrupted during a pause or a wait
     */
    public Played play(Step step) throws PhoneException, InterruptedException {
        if (step instanceof Step.Key k) {
            phone.press(k.name());
            return new Played(true, "pressed " + k.name());
        } else if (step instanceof Step.Uri u) {
            phone.execute(u.uri());
            return new Played(true, "sent " + u.uri());
        } else if (step instanceof Step.Pause p) {
            Thread.sleep(p.millis());
            return new Played(true, "waited " + p.millis() + " ms");
        } else if (step instanceof Step.ExpectScreen e) {
            ModeInfo m = phone.modeInfo();
            boolean ok = ScreenGuard.matches(e, m);
            return new Played(ok, (ok ? "guard passed: " : "guard failed: ") + "the phone shows " + ScreenGuard.shows(m));
        } else if (step instanceof Step.Screenshot) {
            phone.screenshot();
            return new Played(true, "screenshot taken");
        } else if (step instanceof Step.WaitScreenStable w) {
            return waitStable(w);
        } else if (step instanceof Step.Open o) {
            return open(o);
        }
        return new Played(false, step.describe() + " is played by the macro player only (it needs the phone's model)");
    }

    /** As the player does it: find the item by label, press its digit, wait the default delay, check the title. */
    private Played open(Step.Open o) throws PhoneException, InterruptedException {
        ModeInfo before = phone.modeInfo();
        OptionalInt item = MenuLabels.find(before, o.labels());
        if (item.isEmpty() || item.getAsInt() > 9) {
            return new Played(false, "no item labelled \"" + o.label() + "\" with a digit on the screen (it lists "
                    + MenuLabels.items(before) + "): nothing pressed");
        }
        phone.press("KeyPad" + item.getAsInt());
        Thread.sleep(Macro.DEFAULT_DELAY.toMillis());
        ModeInfo after = phone.modeInfo();
        boolean ok = MenuLabels.shows(after, o.labels());
        return new Played(ok, "pressed " + item.getAsInt() + " for \"" + o.label() + "\"; the phone shows "
                + ScreenGuard.shows(after) + (ok ? "" : ": not the item's screen"));
    }

    private Played waitStable(Step.WaitScreenStable w) throws PhoneException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMillis(w.timeoutMillis()).toNanos();
        byte[] last = null;
        while (true) {
            byte[] now = phone.screenshot().bytes();
            if (last != null && Arrays.equals(last, now)) {
                return new Played(true, "the screen is stable");
            }
            last = now;
            if (System.nanoTime() + STABLE_POLL.toNanos() > deadline) {
                return new Played(false, "the screen did not settle within " + w.timeoutMillis() + " ms");
            }
            Thread.sleep(STABLE_POLL.toMillis());
        }
    }
}
