package org.voicebench.phone.cucm;

import java.time.Duration;

/** Waits; injected so that tests of the RIS pace and back-off do not wait minutes. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}. */
    static Sleeper real() {
        return d -> Thread.sleep(d.toMillis());
    }
}
