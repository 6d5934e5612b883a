package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** RIS requests spaced evenly to the allowed rate, counted from planned send times. */
class RisPaceTest {

    @Test
    void theFirstGoesAtOnceEachNextAFullIntervalLater() {
        AtomicLong now = new AtomicLong(1_000);
        RisPace pace = new RisPace(15, now::get);
        assertEquals(Duration.ZERO, pace.reserve());
        assertEquals(Duration.ofSeconds(4), pace.reserve(), "15 a minute: 4 s apart");
        assertEquals(Duration.ofSeconds(8), pace.reserve(), "a sleeper that does not sleep sees the queue grow");
        now.addAndGet(Duration.ofSeconds(8).toNanos());
        assertEquals(Duration.ofSeconds(4), pace.reserve());
    }

    @Test
    void timeAlreadyPassedIsNotWaitedAgain() {
        AtomicLong now = new AtomicLong();
        RisPace pace = new RisPace(60, now::get);
        pace.reserve();
        now.addAndGet(Duration.ofMillis(400).toNanos());
        assertEquals(Duration.ofMillis(600), pace.reserve());
        now.addAndGet(Duration.ofMinutes(5).toNanos());
        assertEquals(Duration.ZERO, pace.reserve(), "after a long pause the next request goes at once");
    }

    @Test
    void aRateIsAtLeastOneAMinute() {
        assertThrows(IllegalArgumentException.class, () -> new RisPace(0, System::nanoTime));
    }
}
