package org.voicebench.phone.cucm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import org.w3c.dom.Element;

/**
 * RIS {@code selectCmDevice} (RISService70): the registration, address, firmware and web server
 * state of named devices, asked in chunks of at most 1,000 names. CUCM allows a few RIS requests a
 * minute and answers more with an "Exceeded allowed rate" fault; the client then waits a random
 * 30-90 s and asks again, a bounded number of times.
 */
public final class RisClient {

    public static final String PATH = "/realtimeservice2/services/RISService70";
    /** RIS's own limit on names per request and devices per answer. */
    public static final int MAX_CHUNK = 1000;
    /** The words of CUCM's rate-limit fault ("Exceeded allowed rate for Reatime information..."). */
    static final String RATE_FAULT = "exceeded allowed rate";

    private static final Logger LOG = Logger.getLogger(RisClient.class.getName());

    private final CucmSession session;
    private final int chunkSize;
    private final int maxRetries;
    private final Duration minBackoff;
    private final Duration maxBackoff;
    private final Sleeper sleeper;
    private final RandomGenerator random;

    private RisClient(Builder b) {
        this.session = b.session;
        this.chunkSize = b.chunkSize;
        this.maxRetries = b.maxRetries;
        this.minBackoff = b.minBackoff;
        this.maxBackoff = b.maxBackoff;
        this.sleeper = b.sleeper;
        this.random = b.random;
    }

    /** Chunks of 1,000, 3 retries after 30-90 s each, real sleeping. */
    public static Builder builder(CucmSession session) {
        return new Builder(session);
    }

    /**
     * The devices RIS knows among these names, one per name (where several nodes report a device,
     * the one it is registered on wins), in the order of the names. Names RIS does not know are absent.
     */
    public Map<String, RisDevice> selectDevices(List<String> names) throws CucmException {
        Map<String, RisDevice> found = new LinkedHashMap<>();
        List<String> distinct = names.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += chunkSize) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + chunkSize));
            for (RisDevice d : withBackoff(chunk, from)) {
                found.merge(d.name().toUpperCase(Locale.ROOT), d, RisClient::preferRegistered);
            }
        }
        Map<String, RisDevice> ordered = new LinkedHashMap<>();
        for (String n : distinct) {
            RisDevice d = found.get(n.toUpperCase(Locale.ROOT));
            if (d != null) {
                ordered.put(n, d);
            }
        }
        return ordered;
    }

    private static RisDevice preferRegistered(RisDevice a, RisDevice b) {
        return a.status() != Registration.REGISTERED && b.status() == Registration.REGISTERED ? b : a;
    }

    private List<RisDevice> withBackoff(List<String> chunk, int from) throws CucmException {
        String what = "RIS selectCmDevice (" + chunk.size() + " names from #" + (from + 1) + ")";
        for (int attempt = 0; ; attempt++) {
            try {
                return select(chunk, what);
            } catch (RateLimited e) {
                if (attempt >= maxRetries) {
                    throw new CucmException(session.host(), CucmFailure.RATE_LIMITED, "CUCM " + session.host() + " still"
                            + " refused " + what + " as too frequent after " + (maxRetries + 1) + " attempts (" + e.fault
                            + "): other tools may be polling RIS; try again later", e.fault, null);
                }
                Duration wait = backoff();
                LOG.log(Level.INFO, "CUCM {0}: RIS rate limit reached; waiting {1} s before retry {2} of {3}",
                        new Object[] {session.host(), wait.toSeconds(), attempt + 1, maxRetries});
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new CucmException(session.host(), CucmFailure.CANCELLED, "CUCM " + session.host() + ": " + what
                            + " was cancelled while waiting out the RIS rate limit", null, ie);
                }
            }
        }
    }

    private Duration backoff() {
        long min = minBackoff.toMillis();
        long max = maxBackoff.toMillis();
        return Duration.ofMillis(min == max ? min : random.nextLong(min, max + 1));
    }

    private List<RisDevice> select(List<String> chunk, String what) throws CucmException, RateLimited {
        CucmSession.Answer a = session.post(PATH, "\"selectCmDevice\"", request(chunk), what);
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
        List<RisDevice> out = new ArrayList<>();
        Element nodes = SoapXml.child(result, "CmNodes");
        for (Element node : nodes == null ? List.<Element>of() : SoapXml.children(nodes, "item")) {
            String nodeName = SoapXml.text(node, "Name");
            Element devices = SoapXml.child(node, "CmDevices");
            for (Element d : devices == null ? List.<Element>of() : SoapXml.children(devices, "item")) {
                out.add(device(d, nodeName, what));
            }
        }
        return out;
    }

    private RisDevice device(Element d, String node, String what) throws CucmException {
        String name = SoapXml.text(d, "Name");
        if (name == null || name.isEmpty()) {
            throw new CucmException(session.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + session.host() + " answered "
                    + what + " with a device without a Name", null, null);
        }
        String ip = null;
        Element addresses = SoapXml.child(d, "IPAddress");
        if (addresses != null) {
            for (Element item : SoapXml.children(addresses, "item")) {
                String v = SoapXml.text(item, "IP");
                if (v != null && !v.isEmpty() && (ip == null || "ipv4".equalsIgnoreCase(SoapXml.text(item, "IPAddrType")))) {
                    ip = v; // the IPv4 address where a phone has both: the web server is reached there
                }
            }
        }
        return new RisDevice(name, Registration.fromRis(SoapXml.text(d, "Status")), ip, SoapXml.text(d, "Model"),
                SoapXml.text(d, "ActiveLoadID"), RisDevice.WebServer.fromRis(SoapXml.text(d, "Httpd")), node);
    }

    private static String request(List<String> names) {
        StringBuilder b = new StringBuilder(200 + names.size() * 48);
        b.append("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"")
                .append(" xmlns:soap=\"http://schemas.cisco.com/ast/soap\">")
                .append("<soapenv:Header/><soapenv:Body><soap:selectCmDevice><soap:StateInfo></soap:StateInfo>")
                .append("<soap:CmSelectionCriteria>")
                .append("<soap:MaxReturnedDevices>").append(Math.min(MAX_CHUNK, Math.max(1, names.size())))
                .append("</soap:MaxReturnedDevices>")
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
        private RandomGenerator random = RandomGenerator.getDefault();

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
