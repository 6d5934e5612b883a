package org.voicebench.phone.sim;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.LongSupplier;

/**
 * CUCM's RIS rate limit (<i>Allowed Device Queries Per Minute</i>, 15 by default, for all clients
 * together): at most N requests are answered in any window; the others get the rate-limit fault.
 * The window is a minute on CUCM; tests use shorter ones.
 */
final class RisRateLimit {

    private final int requests;
    private final long windowNanos;
    private final LongSupplier clock;
    private final Deque<Long> answered = new ArrayDeque<>();

    RisRateLimit(int requests, Duration window, LongSupplier clock) {
        check(requests, window);
        this.requests = requests;
        this.windowNanos = window.toNanos();
        this.clock = clock;
    }

    /** @throws IllegalArgumentException unless at least one request in a positive window */
    static void check(int requests, Duration window) {
        if (requests < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a RIS rate limit needs at least one request in a positive window: "
                    + requests + " per " + window);
        }
    }

    /** Whether one more request may be answered now; an answered one counts against the window. */
    synchronized boolean admit() {
        long now = clock.getAsLong();
        while (!answered.isEmpty() && now - answered.peekFirst() >= windowNanos) {
            answered.removeFirst();
        }
        if (answered.size() >= requests) {
            return false;
        }
        answered.addLast(now);
        return true;
    }

    /** The limit as CUCM words it in its fault: requests per minute, rounded down (at least 1). */
    int perMinute() {
        return (int) Math.max(1, requests * Duration.ofMinutes(1).toNanos() / windowNanos);
    }
}
