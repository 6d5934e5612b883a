package org.voicebench.macro.ui;

import java.util.Objects;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.macro.run.RunOptions;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.KeyRoutes;

/**
 * How a macro run's keys reach the phones, as chosen when it started: the transport, the CTI to open for it (the
 * options' or the Phone Lab's), and whether blind keys were accepted. Swing-free: {@link #open} runs on the run's
 * background thread.
 *
 * @param mode    web, cti or auto
 * @param access  the CTI to open, or null (web only)
 * @param config  the application's CTI, which opens it; null with {@code access}
 * @param blind   the user accepted keys no guard can check (over CTI)
 */
record MacroKeys(TransportMode mode, CtiAccess access, CtiConfiguration config, boolean blind) {

    /** Every key to the phones' web servers, as before CTI. */
    static final MacroKeys WEB = new MacroKeys(TransportMode.WEB, null, null, false);

    MacroKeys {
        Objects.requireNonNull(mode, "mode");
        if (mode != TransportMode.WEB && (access == null || config == null)) {
            throw new IllegalArgumentException("keys over CTI need the CTI to open");
        }
    }

    /** The run's options with these keys, and the provider to close after the run (null for the web). */
    record Opened(RunOptions options, CtiProvider provider) implements AutoCloseable {
        @Override
        public void close() {
            if (provider != null) {
                provider.close();
            }
        }
    }

    /**
     * Opens CTI when the keys may use it. Background thread.
     *
     * @throws CtiException when CTI cannot be used: the run does not start
     */
    Opened open(RunOptions options) throws CtiException {
        if (mode == TransportMode.WEB) {
            return new Opened(options.withKeys(KeyRoutes.web()), null);
        }
        CtiProvider provider = config.open(access);
        RunOptions o = options.withKeys(KeyRoutes.of(mode, provider));
        return new Opened(blind ? o.withBlindAccepted() : o, provider);
    }
}
