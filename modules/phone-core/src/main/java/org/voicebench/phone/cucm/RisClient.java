package org.voicebench.phone.cucm;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.w3c.dom.Element;

/**
 * RIS {@code selectCmDevice} (RISService70) as real clusters answer it: the registration, address,
 * firmware and web server state of named devices. Requests carry at most 1,000 names and answers at
 * most 1,000 entries; where {@code TotalDevicesFound} says more matched than came back (a device
 * registered to several nodes has an entry on each), the names are asked again in smaller chunks until
 * every entry is seen, and later chunks stay that small. Of a device's entries the newest
 * {@code TimeStamp} wins (the registered one when as new). Requests are spaced to RIS's rate (15 a
 * minute by default, for all clients of the cluster together); when RIS still answers "Exceeded
 * allowed rate" the client waits a random 30-90 s and asks again, a bounded number of times. Every
 * wait goes through the {@link Sleeper} and is told to the {@link RisListener} first.
 */
public final class RisClient {

    public static final String PATH = "/realtimeservice2/services/RISService70";
    /** RIS's own limit on names per request and entries per answer. */
    public static final int MAX_CHUNK = 1000;
    /** CUCM's default <i>Allowed Device Queries Per Minute</i>, shared by all its RIS clients. */
    public static final int DEFAULT_REQUESTS_PER_MINUTE = 15;
    /** The words of CUCM's rate-limit fault ("Exceeded allowed rate for Reatime information...", Cisco's spelling). */
    static final String RATE_FAULT = "exceeded allowed rate";
    /** RisPort70's SOAPAction for selectCmDevice. */
    static final String SOAP_ACTION = "\"http://schemas.cisco.com/ast/soap/action/#RisPort#SelectCmDevice\"";

    private static final Logger LOG = Logger.getLogger(RisClient.class.getName());

    private final CucmSession session;
    private final int chunkSize;
    private final int maxRetries;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final RisPace pace;
    private final RisListener listener;

    private RisClient(Builder b) {
        this.session = b.session;
        this.chunkSize = b.chunkSize;
        this.maxRetries = b.maxRetries;
        this.minBackoff = b.minBackoff;
        this.maxBackoff = b.maxBackoff;
        this.sleeper = b.sleeper;
        this.random = b.random;
        this.pace = new RisPace(b.requestsPerMinute, System::nanoTime);
        this.listener = b.listener;
    }

    /** Chunks of 1,000, 15 requests a minute, 3 retries after 30-90 s each, real sleeping, no listener. */
    public static Builder builder(CucmSession session) {
        return new Builder(session);
    }

    /**
     * What RIS knows of these names: per name (in the order given, names compared ignoring case) the
     * device's current entry, and the nodes that did not answer. Names RIS does not know are absent;
     * an empty list sends nothing.
     */
    public RisSelection selectDevices(List<String> names) throws CucmException {
        Map<String, String> distinct = new LinkedHashMap<>();
        names.forEach(n -> distinct.putIfAbsent(n.toUpperCase(Locale.ROOT), n));
        List<String> asked = List.copyOf(distinct.values());
        Map<String, RisDevice> found = new HashMap<>();
        Set<RisNodeError> errors = new LinkedHashSet<>();
        int size = chunkSize;
        int done = 0;
        while (done < asked.size()) {
            List<String> chunk = asked.subList(done, Math.min(asked.size(), done + size));
            RisAnswer a = withBackoff(chunk, done, asked.size());
            a.devices().forEach(d -> found.merge(d.name().toUpperCase(Locale.ROOT), d, RisDevice::current));
            errors.addAll(a.nodeErrors());
            if (chunk.size() > 1 && a.truncated(chunk, MAX_CHUNK)) {
                size = fitting(chunk.size(), a);
                LOG.log(Level.FINE, "CUCM {0}: RIS returned {1} of {2} entries; asking {3} names a request",
                        new Object[] {session.host(), a.devices().size(), a.total(), size});
                continue;
            }
            done += chunk.size();
        }
        Map<String, RisDevice> ordered = new LinkedHashMap<>();
        distinct.forEach((upper, name) -> {
            RisDevice d = found.get(upper);
            if (d != null) {
                ordered.put(name, d);
            }
        });
        return new RisSelection(ordered, List.copyOf(errors));
    }

    /**
     * Names per request whose entries should fit in one answer: the share that came back, less a
     * tenth for devices with more entries than others; half when RIS's total does not tell the share.
     */
    private static int fitting(int asked, RisAnswer a) {
        long fit = a.total() > a.devices().size() ? (long) asked * a.devices().size() * 9 / (10L * a.total()) : asked / 2;
        return (int) Math.max(1, Math.min(asked - 1, fit));
    }

    private RisAnswer withBackoff(List<String> chunk, int done, int total) throws CucmException {
        String what = "RIS selectCmDevice (" + chunk.size() + " names from #" + (done + 1) + ")";
        for (int attempt = 0; ; attempt++) {
            pause(RisListener.Wait.PACE, pace.reserve(), done, total, what);
            try {
                return select(chunk, what);
            } catch (RateLimited e) {
                if (attempt >= maxRetries) {
                    throw new CucmException(session.host(), CucmFailure.RATE_LIMITED, "CUCM " + session.host() + " still"
                            + " refused " + what + " as too frequent after " + (maxRetries + 1) + " attempts (" + e.fault
                            + "): other tools may be polling RIS; try again later, or lower the request rate", e.fault, null);
                }
                Duration wait = backoff();
                LOG.log(Level.INFO, "CUCM {0}: RIS rate limit reached; waiting {1} s before retry {2} of {3}",
                        new Object[] {session.host(), wait.toSeconds(), attempt + 1, maxRetries});
                pause(RisListener.Wait.RATE_LIMITED, wait, done, total, what);
            }
        }
    }

    /** Tells the listener and waits; a pace wait of zero is no wait at all. */
    private void pause(RisListener.Wait why, Duration wait, int done, int total, String what) throws CucmException {
        if (why == RisListener.Wait.PACE && wait.isZero()) {
            return;
        }
        listener.waiting(why, wait, done, total);
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new CucmException(session.host(), CucmFailure.CANCELLED, "CUCM " + session.host() + ": " + what
                    + " was cancelled while waiting for RIS's rate", null, ie);
        }
    }

    private Duration backoff() {
        long min = minBackoff.toMillis();
        long max = maxBackoff.toMillis();
        return Duration.ofMillis(min == max ? min : random.nextLong(min, max + 1));
    }

    private RisAnswer select(List<String> chunk, String what) throws CucmException, RateLimited {
        CucmSession.Answer a = session.post(CucmService.RIS, SOAP_ACTION, request(chunk), what);
        Element body = SoapXml.body(a.body(), session.host(), what);
        SoapXml.Fault f = SoapXml.fault(body);
        if (f != null) {
            if (f.text().toLowerCase(Locale.ROOT).contains(RATE_FAULT)) {
                throw new RateLimited(f.text());
            }
            throw new CucmException(session.host(), CucmFailure.FAULT, "CUCM " + session.host() + " refused " + what + ": "
                    + f.text(), f.text(), null);
        }
        Element result = SoapXml.descendant(body, "SelectCmDeviceResult");
        if (result == null) {
            throw new CucmException(session.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + session.host() + " answered "
                    + what + " without a SelectCmDeviceResult (HTTP " + a.status() + ")", null, null);
        }
        return RisAnswer.read(result, session.host(), what);
    }

    private static String request(List<String> names) {
        StringBuilder b = new StringBuilder(200 + names.size() * 48);
        b.append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
                .append(" xmlns:soap=\"http://schemas.cisco.com/ast/soap\">")
                .append("<soapenv:Header/><soapenv:Body><soap:selectCmDevice><soap:StateInfo></soap:StateInfo>")
                .append("<soap:CmSelectionCriteria>")
                .append("<soap:MaxReturnedDevices>").append(MAX_CHUNK).append("</soap:MaxReturnedDevices>")
                .append("<soap:DeviceClass>Phone</soap:DeviceClass><soap:Model>255</soap:Model>")
                .append("<soap:Status>Any</soap:Status><soap:NodeName></soap:NodeName><soap:SelectBy>Name</soap:SelectBy>")
                .append("<soap:SelectItems>");
        for (String n : names) {
            b.append("<soap:item><soap:Item>").append(SoapXml.escape(n)).append("</soap:Item></soap:item>");
        }
        b.append("</soap:SelectItems><soap:Protocol>Any</soap:Protocol><soap:DownloadStatus>Any</soap:DownloadStatus>")
                .append("</soap:CmSelectionCriteria></soap:selectCmDevice></soapenv:Body></soapenv:Envelope>");
        return b.toString();
    }

    /** The rate-limit fault, retried by {@link #withBackoff}. */
    private static final class RateLimited extends Exception {
        final String fault;

        RateLimited(String fault) {
            super(fault, null, false, false);
            this.fault = fault;
        }
    }

    /** Settings of a RIS client; every setter returns the builder. */
    public static final class Builder {
        private final CucmSession session;
        private int chunkSize = MAX_CHUNK;
        private int maxRetries = 3;
        private Duration minBackoff = Duration.ofSeconds(30);
        private Duration maxBackoff = Duration.ofSeconds(90);
        private Sleeper sleeper = Sleeper.real();
        /**
         * Not RandomGenerator.getDefault(): it finds its algorithm through ServiceLoader, which finds none inside the
         * NetBeans module system (the Trust Audit window asks the lab's RIS); SplittableRandom is the same kind.
         */
        private RandomGenerator random = new java.util.SplittableRandom();
        private int requestsPerMinute = DEFAULT_REQUESTS_PER_MINUTE;
        private RisListener listener = RisListener.none();

        private Builder(CucmSession session) {
            this.session = Objects.requireNonNull(session, "session");
        }

        /** Names per request, 1..1000 (default 1000). */
        public Builder chunkSize(int value) {
            if (value < 1 || value > MAX_CHUNK) {
                throw new IllegalArgumentException("RIS takes 1 to " + MAX_CHUNK + " names per request, not " + value);
            }
            chunkSize = value;
            return this;
        }

        /** Retries of a rate-limited request (default 3; 0 fails at the first fault). */
        public Builder maxRetries(int value) {
            if (value < 0 || value > 20) {
                throw new IllegalArgumentException("retries must be 0..20, not " + value);
            }
            maxRetries = value;
            return this;
        }

        /** The range of a random wait after a rate-limit fault (default 30-90 s). */
        public Builder backoff(Duration min, Duration max) {
            if (min.isNegative() || max.compareTo(min) < 0) {
                throw new IllegalArgumentException("back-off range " + min + ".." + max + " is not a range");
            }
            minBackoff = min;
            maxBackoff = max;
            return this;
        }

        /**
         * Requests a minute at most (default 15, CUCM's default limit for all its RIS clients
         * together; 1..60,000, the high ones for labs).
         */
        public Builder requestsPerMinute(int value) {
            if (value < 1 || value > 60_000) {
                throw new IllegalArgumentException("RIS requests a minute must be 1..60000, not " + value);
            }
            requestsPerMinute = value;
            return this;
        }

        /** Told of each wait (pace and back-off) before it starts. */
        public Builder listener(RisListener value) {
            listener = Objects.requireNonNull(value, "value");
            return this;
        }

        public Builder sleeper(Sleeper value) {
            sleeper = Objects.requireNonNull(value, "value");
            return this;
        }

        public Builder random(RandomGenerator value) {
            random = Objects.requireNonNull(value, "value");
            return this;
        }

        public RisClient build() {
            return new RisClient(this);
        }
    }
}
