package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The lab CTI service of a {@link SimulatedCluster}: what CUCM's CTI Manager does for a JTAPI application that
 * sends data to phones, on a loopback port of the publisher's address. Only the lab stand-in for Cisco JTAPI
 * (module {@code jtapi-lab}) speaks to it; VoiceBench's CTI adapter drives that stand-in exactly as it drives
 * Cisco's jar, with {@link #host()} as the CTI Manager host ({@code ADDRESS:PORT}).
 *
 * <p>Behaviour: the cluster's {@link ApplicationUsers} log in; a user controls the devices associated with it,
 * a device associated while the lab runs only after the {@linkplain Builder#associationDelay association
 * delay}; a phone's terminal is in service while the phone is {@linkplain SimulatedPhone#registered registered}
 * (not while it restarts; a controlled device that is no lab phone is never); data sent to a phone acts as
 * {@code /CGI/Execute} would, whatever its web access and credentials, answers nothing, and is lost silently
 * when it comes sooner than the {@linkplain Builder#dataGap data gap} after the last data the phone took; a
 * phone with the {@code ctirefuse} fault refuses it.
 *
 * <p>Protocol (plain text over HTTP; the stand-in's side is {@code org.voicebench.jtapilab.LabConnection}):
 * <pre>
 * POST /cti/open    form login, passwd, appinfo    200 session token | 403 reason (login refused)
 * then with header X-VoiceBench-Cti-Session: TOKEN (401 for an unknown token):
 * GET  /cti/terminal?name=SEP...                   200 "in" | "out" | 404 reason (not controlled)
 * GET  /cti/states?name=A&amp;name=B                   200 one line "NAME in|out" per name
 * POST /cti/data?name=SEP...   the XML (≤ 2000 B)  200 (taken or silently dropped) | 404 not controlled
 *                                                  | 409 not registered | 413 too long | 422 the phone refused it
 * POST /cti/close                                  200
 * </pre>
 *
 * <pre>{@code
 * cluster.applicationUsers().add("vb-cti", "secret", List.of(lab.phone(0).name()));
 * SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab));
 * cti.host();   // 127.0.20.1:40123, the host of the provider string "127.0.20.1:40123;login=vb-cti;passwd=secret"
 * }</pre>
 */
public final class SimulatedCti implements AutoCloseable {

    /** The default gap below which data to the same phone is lost (Cisco's guide: keep sendData 1 s apart). */
    public static final Duration DEFAULT_DATA_GAP = Duration.ofSeconds(1);
    /** The default time before a newly associated device shows to CTI. */
    public static final Duration DEFAULT_ASSOCIATION_DELAY = Duration.ofSeconds(1);

    private final HttpServer server;
    private final ApplicationUsers users;
    private final Map<String, SimulatedPhone> phones;
    private final Duration dataGap;
    private final Duration associationDelay;
    private final CtiHandler handler;
    private final Map<CtiReceiver.Outcome, AtomicInteger> outcomes = new EnumMap<>(CtiReceiver.Outcome.class);

    private SimulatedCti(HttpServer server, ApplicationUsers users, Builder settings) {
        this.server = server;
        this.users = users;
        this.dataGap = settings.dataGap;
        this.associationDelay = settings.associationDelay;
        Map<String, SimulatedPhone> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        settings.labs.forEach(l -> l.phones().forEach(p -> byName.put(p.name(), p)));
        this.phones = byName;
        for (CtiReceiver.Outcome o : CtiReceiver.Outcome.values()) {
            outcomes.put(o, new AtomicInteger());
        }
        this.handler = new CtiHandler(this);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds on {@code at} and serves on the workers. */
    static SimulatedCti start(Builder settings, InetSocketAddress at, ApplicationUsers users, Executor workers)
            throws IOException {
        HttpServer s;
        try {
            s = HttpServers.create(at, 50);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + at.getAddress().getHostAddress() + ":" + at.getPort()
                    + " (lab CTI service): " + e.getMessage(), e);
        }
        SimulatedCti cti = new SimulatedCti(s, users, settings.copy());
        s.createContext("/cti/", cti.handler);
        s.setExecutor(workers);
        s.start();
        return cti;
    }

    /** {@code ADDRESS:PORT}: the CTI Manager host to give the (stand-in) JTAPI provider string. */
    public String host() {
        return server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The cluster's application users, whom this service logs in. */
    public ApplicationUsers users() {
        return users;
    }

    public Duration dataGap() {
        return dataGap;
    }

    public Duration associationDelay() {
        return associationDelay;
    }

    /** sendData calls that ran on a phone. */
    public int deliveredData() {
        return outcomes.get(CtiReceiver.Outcome.DELIVERED).get();
    }

    /** sendData calls a phone lost because they came too soon after the previous one. */
    public int droppedData() {
        return outcomes.get(CtiReceiver.Outcome.DROPPED).get();
    }

    /** Providers open now (logged in, not shut down). */
    public int openProviders() {
        return handler.openSessions();
    }

    boolean controls(String userid, String device) {
        return !device.isEmpty() && users.controls(userid, device, associationDelay);
    }

    /** Whether the device is a lab phone that is registered now. */
    boolean registered(String device) {
        SimulatedPhone p = phones.get(device);
        return p != null && p.registered();
    }

    CtiReceiver.Outcome deliver(String device, byte[] data) {
        SimulatedPhone p = phones.get(device);
        CtiReceiver.Outcome o = p == null ? CtiReceiver.Outcome.OUT_OF_SERVICE
                : p.cti().receive(data, dataGap, System.nanoTime());
        outcomes.get(o).incrementAndGet();
        return o;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "lab CTI service at " + host();
    }

    /** What the service serves and its timing; every setter returns the builder. */
    public static final class Builder {
        private final List<PhoneLab> labs = new ArrayList<>();
        private Duration dataGap = DEFAULT_DATA_GAP;
        private Duration associationDelay = DEFAULT_ASSOCIATION_DELAY;

        private Builder() {
        }

        /** The lab's phones become the cluster's CTI terminals ({@code SEP<MAC>}). */
        public Builder phones(PhoneLab lab) {
            labs.add(Objects.requireNonNull(lab, "lab"));
            return this;
        }

        /**
         * Data arriving at a phone sooner than this after the last data it took is lost silently (default
         * {@link #DEFAULT_DATA_GAP}; tests shorten it, with the client's pacing).
         */
        public Builder dataGap(Duration value) {
            dataGap = nonNegative(value, "data gap");
            return this;
        }

        /**
         * How long after an association ({@code updateAppUser}) the device shows to CTI (default
         * {@link #DEFAULT_ASSOCIATION_DELAY}).
         */
        public Builder associationDelay(Duration value) {
            associationDelay = nonNegative(value, "association delay");
            return this;
        }

        private static Duration nonNegative(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative()) {
                throw new IllegalArgumentException("the " + what + " must not be negative: " + value);
            }
            return value;
        }

        private Builder copy() {
            Builder b = new Builder();
            b.labs.addAll(labs);
            b.dataGap = dataGap;
            b.associationDelay = associationDelay;
            return b;
        }
    }
}
