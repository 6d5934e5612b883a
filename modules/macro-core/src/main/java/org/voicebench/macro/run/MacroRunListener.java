package org.voicebench.macro.run;

import java.util.List;
import org.voicebench.macro.Step;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * Progress of a run, for a results table or a progress bar. Called on the player's threads, one phone's
 * calls in order (different phones' calls interleave, and {@link #runFinished} may come just before the
 * last phones' {@link #phoneFinished}: its list is complete); implementations must be quick and
 * thread-safe (hand over to the UI thread themselves). An exception thrown here is logged and does not
 * stop the run.
 */
public interface MacroRunListener {

    /** The first request to the phone is about to go out. */
    default void phoneStarted(PhoneEntry phone) {
    }

    /** Step {@code step} (1-based) of {@code steps} is done on the phone. */
    default void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
    }

    /** The phone ended (also phones taken from the journal of a resumed run, and cancelled ones). */
    default void phoneFinished(PhoneResult result, int finished, int total) {
    }

    /** Every phone ended; {@code results} in the order of the phone list. */
    default void runFinished(List<PhoneResult> results) {
    }
}
