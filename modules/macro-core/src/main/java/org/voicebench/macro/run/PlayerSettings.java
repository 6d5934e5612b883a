package org.voicebench.macro.run;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link MacroPlayer} runs.
 *
 * @param concurrency      phones in progress at once (each has at most one request in flight)
 * @param retries          how often a step is retried after a transient failure (dropped connection, HTTP 5xx,
 *                         the phone's Error 2/3, a full request queue)
 * @param retryDelay       the wait before such a retry
 * @param phoneTimeout     the longest one phone may take; then it stops with TIMEOUT at its next step
 * @param stablePollInterval the wait between two screenshots of a waitScreenStable step
 */
public record PlayerSettings(int concurrency, int retries, Duration retryDelay, Duration phoneTimeout,
                             Duration stablePollInterval) {

    public static final int DEFAULT_CONCURRENCY = 10;

    public PlayerSettings {
        if (concurrency < 1 || concurrency > 1000) {
            throw new IllegalArgumentException("concurrency must be 1..1000, not " + concurrency);
        }
        if (retries < 0 || retries > 10) {
            throw new IllegalArgumentException("retries must be 0..10, not " + retries);
        }
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(phoneTimeout, "phoneTimeout");
        Objects.requireNonNull(stablePollInterval, "stablePollInterval");
        if (retryDelay.isNegative() || phoneTimeout.isNegative() || phoneTimeout.isZero() || stablePollInterval.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative, the phone timeout positive");
        }
    }

    /** Concurrency 10, 2 retries 2 s apart, 10 minutes per phone, a screenshot a second while waiting for a stable screen. */
    public static PlayerSettings defaults() {
        return new PlayerSettings(DEFAULT_CONCURRENCY, 2, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(1));
    }

    public PlayerSettings withConcurrency(int n) {
        return new PlayerSettings(n, retries, retryDelay, phoneTimeout, stablePollInterval);
    }

    public PlayerSettings withRetries(int n, Duration delay) {
        return new PlayerSettings(concurrency, n, delay, phoneTimeout, stablePollInterval);
    }

    public PlayerSettings withPhoneTimeout(Duration d) {
        return new PlayerSettings(concurrency, retries, retryDelay, d, stablePollInterval);
    }

    public PlayerSettings withStablePollInterval(Duration d) {
        return new PlayerSettings(concurrency, retries, retryDelay, phoneTimeout, d);
    }
}
