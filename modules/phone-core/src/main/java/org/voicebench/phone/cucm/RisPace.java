package org.voicebench.phone.cucm;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Spaces RIS requests evenly to a rate: CUCM allows a number of RIS requests a minute for all its
 * clients together (<i>Allowed Device Queries Per Minute</i>, 15 by default) and refuses the rest
 * with "Exceeded allowed rate", so a client that keeps under the rate is never refused for its own
 * requests. The first request goes at once, each next one a full interval after the one before.
 * The time is counted from planned send times, so a test's sleeper that does not sleep sees the
 * same waits as a real one.
 */
final class RisPace {

    private final long intervalNanos;
    private final LongSupplier clock;
    private long next = Long.MIN_VALUE;

    /** @param clock nanoseconds, as {@link System#nanoTime()} */
    RisPace(int requestsPerMinute, LongSupplier clock) {
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("at least one request a minute, not " + requestsPerMinute);
        }
        this.intervalNanos = Duration.ofMinutes(1).toNanos() / requestsPerMinute;
        this.clock = clock;
    }

    /** Books the next request's slot and returns how long to wait for it (zero when it may go now). */
    synchronized Duration reserve() {
        long now = clock.getAsLong();
        long at = next == Long.MIN_VALUE || next - now < 0 ? now : next;
        next = at + intervalNanos;
        return Duration.ofNanos(at - now);
    }
}
