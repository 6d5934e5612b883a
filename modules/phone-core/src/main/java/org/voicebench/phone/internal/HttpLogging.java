package org.voicebench.phone.internal;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HttpClient logs every request header, Authorization included, on two loggers at FINE. Holding
 * them at INFO means that turning on debug logging for {@code org.apache.hc} can never write a
 * password. Not an exported package: for phone-core's own HTTP clients.
 */
public final class HttpLogging {

    /* kept referenced: a logger whose level was set could otherwise be garbage-collected and forget it */
    private static final Logger[] QUIET = {
        Logger.getLogger("org.apache.hc.client5.http.headers"),
        Logger.getLogger("org.apache.hc.client5.http.wire"),
    };

    static {
        for (Logger l : QUIET) {
            l.setLevel(Level.INFO);
        }
    }

    private HttpLogging() {
    }

    /** Makes sure the header loggers are held at INFO (idempotent; the work is done once). */
    public static void neverLogCredentials() {
        // the static initializer did it
    }
}
