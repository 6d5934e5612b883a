package org.voicebench.audit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.voicebench.macro.run.PlayerSettings;

/**
 * How an audit runs.
 *
 * @param concurrency   phones probed (and, through {@code player}, erased) at once
 * @param player        the macro player's settings (concurrency, retries, per-phone timeout)
 * @param returnTimeout how long to wait for an erased phone to come back with the cluster's ITL
 * @param returnPoll    the wait between two reads of a returning phone
 * @param keyDelay      the delay between the macro's keys, or null for the macro's own (1 s)
 * @param journal       the macro run's journal file, or null for none
 */
public record AuditSettings(int concurrency, PlayerSettings player, Duration returnTimeout, Duration returnPoll,
                            Duration keyDelay, Path journal) {

    public AuditSettings {
        if (concurrency < 1 || concurrency > 1000) {
            throw new IllegalArgumentException("concurrency must be 1..1000, not " + concurrency);
        }
        Objects.requireNonNull(player, "player");
        positive(returnTimeout, "returnTimeout");
        positive(returnPoll, "returnPoll");
        if (keyDelay != null && keyDelay.isNegative()) {
            throw new IllegalArgumentException("keyDelay must not be negative: " + keyDelay);
        }
    }

    /**
     * Real phones: concurrency 10, the player's defaults, 6 minutes for a phone to restart, register and
     * download the ITL, a read every 10 seconds meanwhile.
     */
    public static AuditSettings defaults() {
        return new AuditSettings(PlayerSettings.DEFAULT_CONCURRENCY, PlayerSettings.defaults(), Duration.ofMinutes(6),
                Duration.ofSeconds(10), null, null);
    }

    /**
     * The simulator's fast mode (its phones restart in about a second): 100 ms between keys, a read
     * every 250 ms for at most a minute, retries 200 ms apart.
     */
    public static AuditSettings fastSimulator() {
        return new AuditSettings(PlayerSettings.DEFAULT_CONCURRENCY,
                PlayerSettings.defaults().withRetries(2, Duration.ofMillis(200)).withStablePollInterval(Duration.ofMillis(100)),
                Duration.ofMinutes(1), Duration.ofMillis(250), Duration.ofMillis(100), null);
    }

    /** The same concurrency for probing and erasing. */
    public AuditSettings withConcurrency(int n) {
        return new AuditSettings(n, player.withConcurrency(n), returnTimeout, returnPoll, keyDelay, journal);
    }

    public AuditSettings withReturn(Duration timeout, Duration poll) {
        return new AuditSettings(concurrency, player, timeout, poll, keyDelay, journal);
    }

    public AuditSettings withKeyDelay(Duration delay) {
        return new AuditSettings(concurrency, player, returnTimeout, returnPoll, delay, journal);
    }

    public AuditSettings withJournal(Path file) {
        return new AuditSettings(concurrency, player, returnTimeout, returnPoll, keyDelay, file);
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
