package org.voicebench.readiness;

import java.time.Duration;
import java.util.Objects;
import org.voicebench.phone.cucm.Sleeper;

/**
 * How the campaign paces CUCM and waits for phones.
 *
 * @param writesPerMinute AXL updatePhone/applyPhone requests a minute at most (CUCM throttles AXL writes; the limit
 *                        is a service parameter of the cluster: <b>assumed</b> default 60 here, lower it when CUCM
 *                        answers with throttling faults)
 * @param settle          how long after applyPhone before the phone is first looked at (it restarts)
 * @param takeTimeout     how long a phone has to come back with the new settings
 * @param poll            how often its pages are read meanwhile
 * @param sleeper         every wait goes through it (tests)
 */
public record CampaignSettings(int writesPerMinute, Duration settle, Duration takeTimeout, Duration poll, Sleeper sleeper) {

    public CampaignSettings {
        if (writesPerMinute < 1 || writesPerMinute > 60_000) {
            throw new IllegalArgumentException("AXL writes a minute must be 1..60000, not " + writesPerMinute);
        }
        Objects.requireNonNull(settle, "settle");
        Objects.requireNonNull(takeTimeout, "takeTimeout");
        Objects.requireNonNull(poll, "poll");
        Objects.requireNonNull(sleeper, "sleeper");
    }

    /** Real phones: 60 writes a minute, 15 s before the first look, 6 minutes to come back, read every 10 s. */
    public static CampaignSettings defaults() {
        return new CampaignSettings(60, Duration.ofSeconds(15), Duration.ofMinutes(6), Duration.ofSeconds(10), Sleeper.real());
    }

    /** The simulator's fast mode (phones restarting in about a second). */
    public static CampaignSettings fastSimulator() {
        return new CampaignSettings(6_000, Duration.ofMillis(1500), Duration.ofSeconds(30), Duration.ofMillis(250),
                Sleeper.real());
    }

    public CampaignSettings withWritesPerMinute(int n) {
        return new CampaignSettings(n, settle, takeTimeout, poll, sleeper);
    }

    public CampaignSettings withTakeTimeout(Duration value) {
        return new CampaignSettings(writesPerMinute, settle, value, poll, sleeper);
    }

    /** The gap between two AXL writes. */
    Duration writeGap() {
        return Duration.ofMillis(60_000L / writesPerMinute);
    }
}
