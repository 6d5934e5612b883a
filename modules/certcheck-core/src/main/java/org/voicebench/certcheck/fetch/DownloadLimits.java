package org.voicebench.certcheck.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds of one download.
 *
 * @param timeout limit for connecting and for each wait for data (HTTP), or for each packet (TFTP)
 * @param maxBytes largest file accepted; a larger one is an error (ITLs are at most 64 KB on a phone)
 */
public record DownloadLimits(Duration timeout, int maxBytes) {

    /** 5 s, 1 MiB. */
    public static final DownloadLimits DEFAULT = new DownloadLimits(Duration.ofSeconds(5), 1 << 20);

    public DownloadLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    int timeoutMillis() {
        return (int) timeout.toMillis();
    }

    String timeoutText() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
