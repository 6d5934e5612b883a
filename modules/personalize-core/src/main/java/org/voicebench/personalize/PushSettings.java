package org.voicebench.personalize;

import java.time.Duration;

/**
 * @param concurrency phones in progress at once
 * @param fetchWait   how long a phone that answered Success may take to download its files
 */
public record PushSettings(int concurrency, Duration fetchWait) {

    public PushSettings {
        if (concurrency < 1 || concurrency > 1000) {
            throw new IllegalArgumentException("concurrency must be 1..1000, not " + concurrency);
        }
        if (fetchWait.isNegative() || fetchWait.isZero()) {
            throw new IllegalArgumentException("the download wait must be positive");
        }
    }

    /** 10 phones at once, 30 s to download. */
    public static PushSettings defaults() {
        return new PushSettings(10, Duration.ofSeconds(30));
    }

    public PushSettings withConcurrency(int n) {
        return new PushSettings(n, fetchWait);
    }

    public PushSettings withFetchWait(Duration d) {
        return new PushSettings(concurrency, d);
    }
}
