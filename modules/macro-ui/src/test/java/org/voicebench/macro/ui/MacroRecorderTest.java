package org.voicebench.macro.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.Step;

class MacroRecorderTest {

    private static final long MS = 1_000_000;

    @Test
    void aGapLongerThanTheDefaultDelayBecomesAPauseBeforeTheNextKey() {
        MacroRecorder r = new MacroRecorder(Duration.ofMillis(1000));
        r.key("Applications", 5_000 * MS);
        r.key("NavDwn", 5_400 * MS);      // quicker than the delay: replayed at the delay
        r.key("NavDwn", 6_400 * MS);      // exactly the delay: no pause
        r.key("NavSelect", 8_900 * MS);   // 2.5 s
        assertEquals(List.of(new Step.Key("Applications"), new Step.Key("NavDwn"), new Step.Key("NavDwn"),
                new Step.Pause(2500), new Step.Key("NavSelect")), r.steps());
        assertEquals("rec", r.macro("rec").name());
        assertEquals(r.steps(), r.macro("rec").steps());
    }

    @Test
    void aVeryLongGapIsCappedAtTheLongestPauseAndTheFirstKeyHasNoPause() {
        MacroRecorder r = new MacroRecorder(Duration.ofMillis(1000));
        assertTrue(r.isEmpty());
        r.key("Settings", 60_000 * MS);
        r.key("KeyPad4", 60_000 * MS + 3_600_000 * MS);
        assertEquals(List.of(new Step.Key("Settings"), new Step.Pause(600_000), new Step.Key("KeyPad4")), r.steps());
    }
}
