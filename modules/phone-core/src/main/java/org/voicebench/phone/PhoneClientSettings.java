package org.voicebench.phone;

import java.time.Duration;
import java.util.Objects;

/**
 * Timeouts and limits of a {@link PhoneClient}.
 *
 * @param connectTimeout  how long to wait for a TCP connection
 * @param responseTimeout how long to wait for data once connected (phones render screenshots slowly)
 * @param queueTimeout    how long a request may wait behind another request to the same phone,
 *                        or for a free pooled connection
 * @param maxConnections  connections open at once over all phones (at most one per phone)
 */
public record PhoneClientSettings(Duration connectTimeout, Duration responseTimeout, Duration queueTimeout, int maxConnections) {

    public PhoneClientSettings {
        positive(connectTimeout, "connectTimeout");
        positive(responseTimeout, "responseTimeout");
        positive(queueTimeout, "queueTimeout");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, not " + maxConnections);
        }
    }

    /** 5 s to connect, 20 s to answer, 60 s in the queue, 64 connections. */
    public static PhoneClientSettings defaults() {
        return new PhoneClientSettings(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofSeconds(60), 64);
    }

    public PhoneClientSettings withConnectTimeout(Duration d) {
        return new PhoneClientSettings(d, responseTimeout, queueTimeout, maxConnections);
    }

    public PhoneClientSettings withResponseTimeout(Duration d) {
        return new PhoneClientSettings(connectTimeout, d, queueTimeout, maxConnections);
    }

    public PhoneClientSettings withQueueTimeout(Duration d) {
        return new PhoneClientSettings(connectTimeout, responseTimeout, d, maxConnections);
    }

    public PhoneClientSettings withMaxConnections(int n) {
        return new PhoneClientSettings(connectTimeout, responseTimeout, queueTimeout, n);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
