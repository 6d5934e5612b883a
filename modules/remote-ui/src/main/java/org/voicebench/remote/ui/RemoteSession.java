package org.voicebench.remote.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.SwingUtilities;
import org.openide.util.NbBundle.Messages;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.NetworkSetup;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.Screenshot;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.ui.BackgroundWork;

/**
 * The network side of one remote view: keys, URIs, screenshots and information pages, all on the
 * view's own single-thread request processor (so keys keep their order and the Swing thread never
 * waits), with the results handed to a {@link Listener} on the Swing thread. At most one periodic
 * screenshot is queued at a time, so a slow phone never piles up requests.
 */
@Messages({
    "ERR_NoCti=CTI is not configured (Tools > Options > CTI) and no Phone Lab with CTI runs",
    "# {0} - address", "ERR_NoDeviceName=the phone {0} has no device name (SEP and its MAC) in the phone list: over CTI"
            + " CUCM finds a phone only by it"
})
final class RemoteSession {

    /** Told on the Swing thread. */
    interface Listener {
        /** A new screenshot; {@code keyNanos} is when the key that caused it was pressed (0 for a periodic one). */
        void screenshot(Screenshot s, long keyNanos);

        /** A request failed; {@code banner} names the cause. */
        void failed(String banner);

        /** A request succeeded: any failure banner can go. */
        void succeeded();

        void information(DeviceInformation device, NetworkSetup network);

        /** A screenshot was written (Save, or the capture series). */
        void written(Path file);

        /** A file could not be written. */
        void writeFailed(String message);

        /** The view's keys now go this way (after {@link #keysOverCti} opened or closed CTI, or failed to). */
        default void keysGo(KeyTransport transport) {
        }
    }

    /** How long after a key the screen is fetched, so the phone has drawn its answer. */
    static final int KEY_SETTLE_MS = 250;

    private final RemoteServices services;
    private final PhoneEntry entry;
    private final Phone phone;
    /** Where keys and URIs go: {@link #phone}, or it over a CTI channel. Set on the view's thread. */
    private volatile Phone keys;
    /** The CTI provider of the view's keys, or null. The view's thread. */
    private volatile CtiProvider cti;
    private final Listener listener;
    /** One thread: keys keep their order; results to the Swing thread, none once the view is closed. */
    private final BackgroundWork work;
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final AtomicInteger seriesNumber = new AtomicInteger();
    private volatile Screenshot last;
    private volatile Path seriesFolder;

    RemoteSession(RemoteServices services, PhoneEntry entry, Listener listener) {
        this.services = Objects.requireNonNull(services, "services");
        this.entry = Objects.requireNonNull(entry, "entry");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.phone = services.phone(entry);
        this.keys = phone;
        this.work = new BackgroundWork("Remote view " + entry.address(), 1, SwingUtilities::invokeLater);
        services.register(this);
    }

    PhoneEntry entry() {
        return entry;
    }

    Phone phone() {
        return phone;
    }

    /** How the view's keys go now (CTI once {@link #keysOverCti} opened it). */
    KeyTransport keyTransport() {
        return keys.keyTransport();
    }

    /** The last screenshot received, or null. */
    Screenshot last() {
        return last;
    }

    /** Presses a key (this model's name or an alias), then fetches the screen shortly after. */
    void press(String key) {
        long t = System.nanoTime();
        post(() -> {
            try {
                keys.press(key);
                sent();
            } catch (PhoneException e) {
                fail(e, "Key:" + key);
                return;
            }
            post(() -> fetch(t, key), KEY_SETTLE_MS);
        }, 0);
    }

    /** Runs any Execute URI ({@code Dial:1234}, {@code Init:Services}), then fetches the screen. */
    void execute(String uri) {
        long t = System.nanoTime();
        post(() -> {
            try {
                keys.execute(uri);
                sent();
            } catch (PhoneException e) {
                fail(e, uri);
                return;
            } catch (IllegalArgumentException e) {
                work.later(() -> listener.failed(e.getMessage()));
                return;
            }
            post(() -> fetch(t, uri), KEY_SETTLE_MS);
        }, 0);
    }

    /**
     * Sends the view's keys and URIs over CTI (on) or to the web server again (off); reads stay on the web. Opening
     * CTI logs in on the view's thread; when it fails the keys stay on the web and the banner says why.
     *
     * @param configuration the application's CTI
     */
    void keysOverCti(boolean on, CtiConfiguration configuration) {
        post(() -> {
            closeCti();
            if (on) {
                try {
                    CtiAccess access = configuration.current().orElseThrow(
                            () -> CtiException.notConfigured(Bundle.ERR_NoCti()));
                    String device = KeyRoutes.deviceName(entry).orElseThrow(
                            () -> CtiException.notConfigured(Bundle.ERR_NoDeviceName(entry.address())));
                    cti = configuration.open(access);
                    keys = phone.over(cti.channel(entry.address(), device));
                } catch (CtiException e) {
                    closeCti();
                    work.later(() -> listener.failed(Texts.ctiUnusable(e.getMessage())));
                }
            }
            KeyTransport now = keys.keyTransport();
            work.later(() -> listener.keysGo(now));
        }, 0);
    }

    /** The view's thread. */
    private void closeCti() {
        keys = phone;
        if (cti != null) {
            cti.close();
            cti = null;
        }
    }

    /** Queues a screenshot unless one is already queued. */
    void refresh() {
        if (refreshQueued.compareAndSet(false, true)) {
            post(() -> {
                refreshQueued.set(false);
                fetch(0, null);
            }, 0);
        }
    }

    /** Reads DeviceInformationX and the Network setup page (its XML form when the phone serves no HTML page). */
    void loadInformation() {
        post(() -> {
            try {
                DeviceInformation d = phone.deviceInformation();
                NetworkSetup n = networkSetup();
                // no ok(): these pages need no login, so their success must not clear an authentication banner
                work.later(() -> listener.information(d, n));
            } catch (PhoneException e) {
                fail(e, null);
            }
        }, 0);
    }

    private NetworkSetup networkSetup() throws PhoneException {
        try {
            return phone.networkSetup();
        } catch (PhoneException e) {
            if (e.failure() == PhoneFailure.CANCELLED) {
                throw e;
            }
            return phone.networkSetupXml();
        }
    }

    /** Saves a screenshot after every key into this folder (null stops the series); numbering starts at 1. */
    void captureSeries(Path folder) {
        seriesNumber.set(0);
        seriesFolder = folder;
    }

    Path seriesFolder() {
        return seriesFolder;
    }

    /** Writes the last screenshot as PNG (off the Swing thread). */
    void saveLast(Path file) {
        Screenshot s = last;
        if (s == null) {
            return;
        }
        post(() -> {
            try {
                Path written = Pngs.save(s, file);
                work.later(() -> listener.written(written));
            } catch (IOException e) {
                work.later(() -> listener.writeFailed(e.getMessage()));
            }
        }, 0);
    }

    /** Stops the view's requests and shuts its CTI provider down; the shared client stays open. */
    void close() {
        services.unregister(this);
        work.close();
        CtiProvider open = cti;
        cti = null;
        if (open != null) {
            open.close();
        }
    }

    /** Runs a task on the view's processor; once the application's client is closed (exit), its failures are moot. */
    private void post(Runnable task, int delayMs) {
        Runnable guarded = () -> {
            try {
                task.run();
            } catch (IllegalStateException e) {
                if (!services.closed()) {
                    throw e;
                }
            }
        };
        work.execute(guarded, delayMs);
    }

    private void fetch(long keyNanos, String cause) {
        Screenshot s;
        try {
            s = phone.screenshot();
        } catch (PhoneException e) {
            fail(e, null);
            return;
        }
        last = s;
        work.later(() -> {
            listener.succeeded();
            listener.screenshot(s, keyNanos);
        });
        Path folder = seriesFolder;
        if (cause != null && folder != null) {
            Path file = folder.resolve(String.format(Locale.ROOT, "%03d-%s.png", seriesNumber.incrementAndGet(),
                    cause.replaceAll("[^A-Za-z0-9_-]", "_")));
            try {
                Path written = Pngs.save(s, file);
                work.later(() -> listener.written(written));
            } catch (IOException e) {
                work.later(() -> listener.writeFailed(e.getMessage()));
            }
        }
    }

    private void ok() {
        work.later(listener::succeeded);
    }

    /** A key or URI went out: the Phones window's Keys column says how. */
    private void sent() {
        services.list().setKeys(Map.of(entry.address(), keys.keyTransport()));
        ok();
    }

    private void fail(PhoneException e, String uri) {
        String user = services.list().inventory().userFor(entry.address()).orElse(null);
        String text = Texts.banner(e, user, uri);
        if (text != null) {
            work.later(() -> listener.failed(text));
        }
    }
}
