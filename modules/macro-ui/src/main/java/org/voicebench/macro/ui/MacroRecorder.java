package org.voicebench.macro.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.macro.Macro;
import org.voicebench.macro.Step;

/**
 * Turns the keys a remote view sends into macro steps: one {@code key} step per key, and the real gap as a
 * {@code pause} before the next key when it is longer than the default delay (a shorter gap is replayed at the
 * default delay, which phones need anyway). Not thread-safe: fed on the Swing thread.
 */
final class MacroRecorder {

    /** The longest pause a step may hold. */
    private static final long MAX_PAUSE_MS = 600_000;

    private final long defaultDelayMs;
    private final List<Step> steps = new ArrayList<>();
    private long lastNanos;

    MacroRecorder(Duration defaultDelay) {
        this.defaultDelayMs = defaultDelay.toMillis();
    }

    void key(String key, long nanos) {
        if (!steps.isEmpty()) {
            long gapMs = (nanos - lastNanos) / 1_000_000;
            if (gapMs > defaultDelayMs) {
                steps.add(new Step.Pause(Math.min(gapMs, MAX_PAUSE_MS)));
            }
        }
        steps.add(new Step.Key(key));
        lastNanos = nanos;
    }

    List<Step> steps() {
        return List.copyOf(steps);
    }

    boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The recording as a plain macro (any model, default delay, not destructive). */
    Macro macro(String name) {
        return Macro.of(name, steps);
    }
}
