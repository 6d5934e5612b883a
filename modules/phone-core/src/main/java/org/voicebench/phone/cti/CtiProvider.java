package org.voicebench.phone.cti;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.KeyChannel;
import org.voicebench.phone.PhoneAddress;

/**
 * An open JTAPI provider on the user's CTI Manager, through the user's own Cisco jar: the calls the field's tools
 * make ({@code getJtapiPeer}, {@code getProvider}, in-service waits, {@code getTerminal}, {@code sendData},
 * {@code shutdown}), made reflectively. One per run; {@link #close()} shuts the provider down (JTAPI's threads are
 * not daemons: without it the program does not end). Thread-safe.
 */
public final class CtiProvider implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CtiProvider.class.getName());
    private static final Duration CONNECT_PROBE = Duration.ofSeconds(5);

    private final CtiSettings settings;
    private final JtapiJar jar;
    private final Object provider;
    private final Map<String, CtiTerminal> terminals = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private CtiProvider(CtiSettings settings, JtapiJar jar, Object provider) {
        this.settings = settings;
        this.jar = jar;
        this.provider = provider;
    }

    /**
     * Loads the jar, logs in and waits until the provider is in service.
     *
     * @param password the user's password; used for the login only, cleared by the caller
     * @throws CtiException naming the jar, the hosts or the login as what failed
     */
    public static CtiProvider open(CtiSettings settings, char[] password) throws CtiException {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(password, "password");
        if (new String(password).contains(";")) {
            throw new IllegalArgumentException("JTAPI's provider string cannot carry a password with ';'");
        }
        JtapiJar jar = JtapiJar.load(settings.jar());
        java.util.Optional<String> mismatch = JtapiVersions.mismatch(jar.version, settings.cucmVersion());
        if (mismatch.isPresent()) {
            jar.close();
            throw new CtiException(CtiFailure.JAR_INCOMPATIBLE, mismatch.get());
        }
        reachable(settings, jar);
        Object provider = login(settings, jar, password);
        CtiProvider p = new CtiProvider(settings, jar, provider);
        try {
            p.awaitInService();
        } catch (CtiException | RuntimeException e) {
            p.close();
            throw e;
        }
        return p;
    }

    /** At least one host must accept a TCP connection, so that "login refused" means just that. */
    private static void reachable(CtiSettings settings, JtapiJar jar) throws CtiException {
        List<String> tried = new ArrayList<>();
        for (String host : settings.hosts()) {
            InetSocketAddress address = socketAddress(host);
            try (Socket s = new Socket()) {
                s.connect(address, (int) CONNECT_PROBE.toMillis());
                return;
            } catch (IOException e) {
                tried.add(host + " (" + e.getMessage() + ")");
            }
        }
        jar.close();
        throw new CtiException(CtiFailure.HOST_UNREACHABLE, "no CTI Manager answered on TCP: " + String.join(", ", tried)
                + ". Check the host names, that the Cisco CTIManager service runs on them and that TCP "
                + CtiSettings.DEFAULT_PORT + " is open");
    }

    static InetSocketAddress socketAddress(String host) {
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(':') == colon) {
            return new InetSocketAddress(host.substring(0, colon), Integer.parseInt(host.substring(colon + 1)));
        }
        return new InetSocketAddress(host, CtiSettings.DEFAULT_PORT);
    }

    private static Object login(CtiSettings settings, JtapiJar jar, char[] password) throws CtiException {
        String providerString = String.join(",", settings.hosts()) + ";login=" + settings.user() + ";passwd="
                + new String(password) + ";appinfo=" + CtiSettings.APP_INFO;
        Object peer;
        try {
            peer = JtapiJar.call(null, jar.peerFactory, "getJtapiPeer", new Class<?>[] {String.class}, (Object) null);
        } catch (JtapiJar.JtapiCallException e) {
            jar.close();
            throw new CtiException(CtiFailure.JAR_INCOMPATIBLE, "the JTAPI jar " + jar.path + " (JTAPI " + jar.version
                    + ") offers no JTAPI peer: " + e.getCause(), e.getCause());
        }
        try {
            return JtapiJar.call(peer, jar.peerType, "getProvider", new Class<?>[] {String.class}, providerString);
        } catch (JtapiJar.JtapiCallException e) {
            jar.close();
            // never e.toString() of the call: the provider string with the password is not in it, but be sure
            String words = e.getCause() == null ? "" : String.valueOf(e.getCause().getMessage()).replace(new String(password), "****");
            throw new CtiException(CtiFailure.LOGIN_REFUSED, "CUCM refused the CTI login of user " + settings.user() + " on "
                    + String.join(", ", settings.hosts()) + " (JTAPI " + jar.version + (settings.cucmVersion().isEmpty() ? ""
                    : ", CUCM " + settings.cucmVersion()) + "): " + words + ". Check the password, that the user has the"
                    + " Standard CTI Enabled role, and that the jar comes from this cluster (Application > Plugins)");
        }
    }

    private void awaitInService() throws CtiException {
        CountDownLatch inService = new CountDownLatch(1);
        Object observer = proxy(jar.providerObserver, "providerChangedEvent", events -> {
            for (Object ev : events) {
                if (jar.provInService.isInstance(ev)) {
                    inService.countDown();
                } else if (jar.provShutdown.isInstance(ev)) {
                    LOG.log(Level.FINE, "CTI provider shut down");
                }
            }
        });
        try {
            JtapiJar.call(provider, jar.providerType, "addObserver", new Class<?>[] {jar.providerObserver}, observer);
            if (providerState() == jar.providerInServiceState) {
                return;
            }
            if (!inService.await(settings.providerTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    && providerState() != jar.providerInServiceState) {
                throw new CtiException(CtiFailure.PROVIDER_TIMEOUT, "the CTI provider on " + String.join(", ", settings.hosts())
                        + " did not come into service within " + settings.providerTimeout().toSeconds() + " s: check the"
                        + " CTIManager service and the user's CTI roles");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CtiException(CtiFailure.CANCELLED, "cancelled while the CTI provider was opening", e);
        } catch (JtapiJar.JtapiCallException e) {
            throw new CtiException(CtiFailure.JAR_INCOMPATIBLE, "the JTAPI jar " + jar.path + " (JTAPI " + jar.version
                    + ") refused an observer: " + e.getCause(), e.getCause());
        }
    }

    private int providerState() throws JtapiJar.JtapiCallException {
        return (Integer) JtapiJar.call(provider, jar.providerType, "getState", new Class<?>[0]);
    }

    /**
     * Key presses for one phone over CTI. The terminal is looked up, observed and awaited on the first key.
     *
     * @param address    the phone's address, for messages and failures
     * @param deviceName its CUCM device name, {@code SEP} and the MAC
     */
    public KeyChannel channel(PhoneAddress address, String deviceName) {
        Objects.requireNonNull(address, "address");
        String name = Objects.requireNonNull(deviceName, "deviceName").strip().toUpperCase(java.util.Locale.ROOT);
        if (name.isEmpty()) {
            throw new IllegalArgumentException("over CTI a phone is known by its device name (SEP...), and " + address + " has none");
        }
        if (closed) {
            throw new IllegalStateException("the CTI provider is closed");
        }
        return terminals.computeIfAbsent(name, n -> new CtiTerminal(this, n)).channelFor(address);
    }

    CtiSettings settings() {
        return settings;
    }

    JtapiJar jar() {
        return jar;
    }

    Object provider() {
        return provider;
    }

    /** An observer interface of the jar implemented by a lambda on its single event method. */
    Object proxy(Class<?> observerType, String eventMethod, java.util.function.Consumer<Object[]> onEvents) {
        InvocationHandler h = (self, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return self == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(self);
                }
                case "toString" -> {
                    return "VoiceBench " + observerType.getSimpleName();
                }
                default -> {
                    if (method.getName().equals(eventMethod) && args != null && args[0] instanceof Object[] events) {
                        try {
                            onEvents.accept(events);
                        } catch (RuntimeException e) { // never into JTAPI's event thread
                            LOG.log(Level.WARNING, "handling a CTI event failed", e);
                        }
                    }
                    return null;
                }
            }
        };
        return Proxy.newProxyInstance(jar.loader(), new Class<?>[] {observerType}, h);
    }

    /** Shuts the provider down (its threads end) and releases the jar. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        terminals.values().forEach(CtiTerminal::release);
        try {
            JtapiJar.call(provider, jar.providerType, "shutdown", new Class<?>[0]);
        } catch (JtapiJar.JtapiCallException e) {
            LOG.log(Level.WARNING, "the CTI provider did not shut down cleanly", e.getCause());
        } finally {
            jar.close();
        }
    }
}
