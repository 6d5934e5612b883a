package org.voicebench.jtapilab;

import com.cisco.jtapi.extensions.CiscoProvider;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.telephony.InvalidArgumentException;
import javax.telephony.PlatformException;
import javax.telephony.ProviderObserver;
import javax.telephony.Terminal;
import javax.telephony.events.ProvEv;

/**
 * A provider open on the lab CTI service. Like Cisco's: it comes in service a little after
 * {@code getProvider} returned ({@code ProvInServiceEv}, delivered on its own non-daemon thread); an observer
 * added later gets the current state; while terminals are observed it asks the service for their
 * registration every {@value EventThread#TICK_MILLIS} ms and delivers their in/out-of-service events; a service
 * that stops answering puts it out of service; {@code shutdown()} delivers {@code ProvShutdownEv} and ends the
 * thread.
 * Public, so that reflection through the object's class works as well as through the JTAPI interfaces.
 */
public final class LabProvider implements CiscoProvider {

    /** How long after the open the provider comes in service (Cisco's jar needs a moment too). */
    private static final long IN_SERVICE_DELAY_MILLIS = 100;
    private static final long SHUTDOWN_WAIT_MILLIS = 5_000;
    private static final AtomicInteger NUMBER = new AtomicInteger();
    private static final Logger LOG = Logger.getLogger(LabProvider.class.getName());

    private final LabConnection connection;
    private final EventThread events;
    /** Touched on the event thread only. */
    private final List<ProviderObserver> observers = new ArrayList<>();
    private final Map<String, LabTerminal> terminals = new ConcurrentHashMap<>();
    private final List<LabTerminal> observed = new CopyOnWriteArrayList<>();
    private volatile int state = OUT_OF_SERVICE;
    private volatile boolean shutDown;

    private LabProvider(LabConnection connection) {
        this.connection = connection;
        this.events = new EventThread("LabJtapi provider " + NUMBER.incrementAndGet() + " (" + connection.host() + ")",
                this::pollTerminals);
    }

    static LabProvider open(LabConnection connection) {
        LabProvider p = new LabProvider(connection);
        p.events.start();
        p.events.execute(p::comeInService);
        return p;
    }

    @Override
    public int getState() {
        return state;
    }

    @Override
    public String getName() {
        return connection.host();
    }

    /**
     * @throws InvalidArgumentException when the device is not in the user's control list (yet: a new association
     *         shows after a delay)
     * @throws PlatformException when the provider is not in service or the service cannot be reached
     */
    @Override
    public Terminal getTerminal(String name) throws InvalidArgumentException {
        if (name == null || name.isBlank()) {
            throw new InvalidArgumentException("no terminal name");
        }
        if (state != IN_SERVICE) {
            throw new PlatformException("the provider is not in service (" + stateName() + "): wait for ProvInServiceEv");
        }
        LabConnection.Answer a = call(() -> connection.get("/cti/terminal?name=" + LabConnection.encode(name)));
        if (a.status() == 404) {
            throw new InvalidArgumentException(a.body().strip());
        }
        if (!a.ok()) {
            throw new PlatformException("CTI Manager " + connection.host() + " answered HTTP " + a.status() + ": " + a.body());
        }
        return terminals.computeIfAbsent(name, n -> new LabTerminal(this, n));
    }

    @Override
    public void addObserver(ProviderObserver observer) {
        events.execute(() -> {
            observers.add(observer);
            // a late observer learns the current state, as from Cisco's jar
            if (state == IN_SERVICE) {
                observer.providerChangedEvent(new ProvEv[] {LabEvents.providerInService(this)});
            }
        });
    }

    @Override
    public void removeObserver(ProviderObserver observer) {
        events.execute(() -> observers.remove(observer));
    }

    /** Delivers {@code ProvShutdownEv}, logs out and ends the provider's thread (waits for it a few seconds). */
    @Override
    public void shutdown() {
        if (shutDown) {
            return;
        }
        shutDown = true;
        events.stop(() -> {
            state = SHUTDOWN;
            deliver(LabEvents.providerShutdown(this));
            try {
                connection.post("/cti/close", new byte[0]);
            } catch (IOException e) {
                LOG.log(Level.FINE, "lab CTI session not closed (service gone)", e);
            }
        }, SHUTDOWN_WAIT_MILLIS);
    }

    LabConnection connection() {
        return connection;
    }

    EventThread events() {
        return events;
    }

    /** A terminal got its first observer: it is polled from now on. */
    void observe(LabTerminal t) {
        if (!observed.contains(t)) {
            observed.add(t);
        }
    }

    /** A terminal lost its last observer. */
    void unobserve(LabTerminal t) {
        observed.remove(t);
    }

    /** A request to the service that the caller cannot recover from locally. */
    interface Call {
        LabConnection.Answer run() throws IOException;
    }

    LabConnection.Answer call(Call c) {
        try {
            return c.run();
        } catch (IOException e) {
            throw new PlatformException("CTI Manager " + connection.host() + " cannot be reached: " + e.getMessage());
        }
    }

    private void comeInService() {
        try {
            Thread.sleep(IN_SERVICE_DELAY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!shutDown) {
            state = IN_SERVICE;
            deliver(LabEvents.providerInService(this));
        }
    }

    /** Every tick: the observed terminals' registration, from one request. */
    private void pollTerminals() {
        if (observed.isEmpty() || state != IN_SERVICE) {
            return;
        }
        StringBuilder query = new StringBuilder("/cti/states");
        char sep = '?';
        for (LabTerminal t : observed) {
            query.append(sep).append("name=").append(LabConnection.encode(t.getName()));
            sep = '&';
        }
        Map<String, Boolean> registered = new LinkedHashMap<>();
        try {
            LabConnection.Answer a = connection.get(query.toString());
            if (!a.ok()) {
                throw new IOException("HTTP " + a.status() + " " + a.body());
            }
            for (String line : a.body().split("\n")) {
                String[] f = line.strip().split(" ");
                if (f.length == 2) {
                    registered.put(f[0], f[1].equals("in"));
                }
            }
        } catch (IOException e) {
            LOG.log(Level.INFO, "lab CTI service lost: {0}", e.getMessage());
            outOfService();
            return;
        }
        for (LabTerminal t : observed) {
            t.registered(registered.getOrDefault(t.getName(), false));
        }
    }

    private void outOfService() {
        state = OUT_OF_SERVICE;
        deliver(LabEvents.providerOutOfService(this));
        for (LabTerminal t : observed) {
            t.registered(false);
        }
    }

    private void deliver(ProvEv event) {
        for (ProviderObserver o : List.copyOf(observers)) {
            o.providerChangedEvent(new ProvEv[] {event});
        }
    }

    private String stateName() {
        return switch (state) {
            case IN_SERVICE -> "in service";
            case SHUTDOWN -> "shut down";
            default -> "out of service";
        };
    }

    @Override
    public String toString() {
        return "lab provider on " + connection.host() + " (" + stateName() + ")";
    }
}
