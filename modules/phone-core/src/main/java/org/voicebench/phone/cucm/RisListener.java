package org.voicebench.phone.cucm;

import java.time.Duration;

/**
 * Told of each wait a {@link RisClient} makes, so that a user sees why a discovery pauses: RIS takes
 * a few requests a minute for all its clients together, and a discovery of thousands of phones waits
 * more than it talks. Called on the discovering thread, before the wait.
 */
@FunctionalInterface
public interface RisListener {

    /** Why the client waits. */
    enum Wait {
        /** Spacing requests to the allowed rate. */
        PACE,
        /** RIS answered "Exceeded allowed rate"; the request is asked again after the wait. */
        RATE_LIMITED
    }

    /**
     * @param why        pacing or a back-off
     * @param wait       how long
     * @param namesDone  names whose devices are known so far
     * @param namesTotal names asked in all
     */
    void waiting(Wait why, Duration wait, int namesDone, int namesTotal);

    /** Tells nobody. */
    static RisListener none() {
        return (why, wait, done, total) -> { };
    }
}
