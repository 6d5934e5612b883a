package org.voicebench.personalize.ui;

import java.util.Objects;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.KeyRoutes;

/**
 * How a push's objects reach the phones, as chosen when it started: the transport, and the CTI to open for it (the
 * options' or the Phone Lab's). Swing-free: {@link #open} runs on the push's background thread.
 *
 * @param mode   web, cti or auto
 * @param access the CTI to open, or null (web only)
 * @param config the application's CTI, which opens it; null with {@code access}
 */
record PushKeys(TransportMode mode, CtiAccess access, CtiConfiguration config) {

    /** Every object to the phones' web servers. */
    static final PushKeys WEB = new PushKeys(TransportMode.WEB, null, null);

    PushKeys {
        Objects.requireNonNull(mode, "mode");
        if (mode != TransportMode.WEB && (access == null || config == null)) {
            throw new IllegalArgumentException("objects over CTI need the CTI to open");
        }
    }

    /** The routes of a run, and the provider to close after it (null for the web). */
    record Opened(KeyRoutes routes, CtiProvider provider) implements AutoCloseable {
        @Override
        public void close() {
            if (provider != null) {
                provider.close();
            }
        }
    }

    /**
     * Opens CTI when the objects may use it. Background thread.
     *
     * @throws CtiException when CTI cannot be used: the push does not start
     */
    Opened open() throws CtiException {
        if (mode == TransportMode.WEB) {
            return new Opened(KeyRoutes.web(), null);
        }
        CtiProvider provider = config.open(access);
        return new Opened(KeyRoutes.of(mode, provider), provider);
    }
}
