package org.voicebench.http;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * HttpClient logs every request header, Authorization included, on two loggers at FINE. Holding
 * them at INFO means that turning on debug logging for {@code org.apache.hc} can never write a
 * password. Applied by {@link BoundedHttpClient} before any client exists.
 */
final class CredentialsNeverLogged {

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

    private CredentialsNeverLogged() {
    }

    /** Makes sure the header loggers are held at INFO (idempotent; the static initializer does the work once). */
    static void ensure() {
        // the static initializer did it
    }
}
