package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicebench.trust.lab.LabIdentity;
import org.w3c.dom.Element;

/**
 * The AXL and RIS web services of a simulated CUCM publisher, over HTTPS with the publisher's
 * tomcat certificate, on a loopback port of their own (the publisher's 8443 stays the capture
 * endpoint), answering in the shapes real clusters use. AXL: the schema version of the SOAPAction
 * checked against the versions this CUCM takes (default 12.5 and 14.0; others refused with HTTP 599
 * "Incorrect axl version"), namespaced answers, {@code listPhone} (name/device pool criteria with
 * {@code %}, returnedTags, skip/first), {@code getCCMVersion}, {@code doDeviceReset} (restarts the lab
 * phone of that name), {@code executeSQLQuery} on the Authentication URL enterprise parameters, and
 * {@code getAppUser}/{@code updateAppUser} on the cluster's {@link ApplicationUsers} (userid and
 * {@code associatedDevices}; an update's list replaces the whole list, as on CUCM), and {@code getPhone},
 * {@code updatePhone}, {@code applyPhone} on a lab phone's Phone Personalization ({@code phonePersonalization}, taken at
 * the restart {@code applyPhone} causes), Web Access, Settings Access and Authentication URL
 * ({@link LabVendorConfig}: the phone takes an update at its next restart only if it trusts its configuration
 * file's signer, {@link ConfigFileTrust}).
 * RIS: {@code selectCmDevice} by name (entries per node with their time stamps, at most 1,000 with
 * {@code TotalDevicesFound} the full count, nil {@code CmNodes} when empty, failing nodes on demand),
 * Cisco's "Exceeded allowed rate for Reatime information" fault on demand or past a rate limit. One
 * Basic user. Start one with {@link SimulatedCluster#startCucmApi}.
 *
 * <pre>{@code
 * SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user("axl", "secret")
 *         .phones(lab, "DP-HQ").alsoOnPreviousNode().risRateLimit(15, Duration.ofMinutes(1)));
 * api.baseUrl();   // https://127.0.20.1:41234
 * }</pre>
 */
public final class SimulatedCucmApi implements AutoCloseable {

    /** The RIS rate-limit fault as CUCM words it (its typo included), at CUCM's default rate. */
    public static final String RATE_FAULT = rateFault(15);
    static final String AXL_PATH = "/axl/";
    static final String RIS_PATH = "/realtimeservice2/services/RISService70";
    private static final int MAX_REQUEST = 8 * 1024 * 1024;
    private static final Pattern AXL_ACTION = Pattern.compile("CUCM:DB ver=(\\d{1,2}\\.\\d) (\\w+)");
    private static final Logger LOG = Logger.getLogger(SimulatedCucmApi.class.getName());

    private final HttpsServer server;
    private final Builder settings;
    private final List<String> nodes;
    private final byte[] certificate;
    private final AtomicInteger axlCalls = new AtomicInteger();
    private final AtomicInteger risCalls = new AtomicInteger();
    private final AtomicInteger rateFaults = new AtomicInteger();
    private final List<SimulatedAxl.Page> axlPages = new CopyOnWriteArrayList<>();
    private final List<Integer> risChunks = new CopyOnWriteArrayList<>();
    private final List<String> soapActions = new CopyOnWriteArrayList<>();
    private final List<String> resets = new CopyOnWriteArrayList<>();
    private final List<String> updates = new CopyOnWriteArrayList<>();
    private final List<String> applied = new CopyOnWriteArrayList<>();
    private final List<String> personalizationUpdates = new CopyOnWriteArrayList<>();
    private final EnterpriseParameters parameters;
    private final RisRateLimit risLimit;
    private final ApplicationUsers appUsers;
    private final LabVendorConfig vendorConfig;
    private final java.util.function.Function<String, byte[]> configSigner;

    private SimulatedCucmApi(HttpsServer server, Builder settings, List<String> nodes, byte[] certificate,
                             String publisher, ApplicationUsers appUsers,
                             java.util.function.Function<String, byte[]> configSigner) {
        this.server = server;
        this.appUsers = appUsers;
        this.vendorConfig = new LabVendorConfig(publisher);
        this.configSigner = configSigner;
        this.settings = settings;
        this.nodes = List.copyOf(nodes);
        this.certificate = certificate;
        this.parameters = settings.authenticationUrls == null ? EnterpriseParameters.defaults(publisher)
                : new EnterpriseParameters(settings.authenticationUrls.get(0), settings.authenticationUrls.get(1));
        this.risLimit = settings.risLimitRequests == 0 ? null
                : new RisRateLimit(settings.risLimitRequests, settings.risLimitWindow, System::nanoTime);
    }

    /** CUCM's rate-limit fault text for a limit of {@code perMinute} requests a minute. */
    static String rateFault(int perMinute) {
        return "AxisFault: Exceeded allowed rate for Reatime information. Current allowed rate for realtime information is "
                + perMinute + " requests per minute.";
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds on {@code at} with the tomcat identity and serves on the workers.
     *
     * @param configSigner a node's CallManager certificate now (DER): it signs the configuration files of its phones
     */
    static SimulatedCucmApi start(Builder settings, InetSocketAddress at, LabIdentity tomcat, List<String> nodes,
                                  ApplicationUsers appUsers, java.util.function.Function<String, byte[]> configSigner,
                                  Executor workers) throws IOException {
        Builder checked = settings.copy(); // before binding: a missing user must not leave a port bound
        HttpsServer s;
        try {
            s = HttpServers.createHttps(at, 50);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + at.getAddress().getHostAddress() + ":" + at.getPort()
                    + " (simulated AXL/RIS): " + e.getMessage(), e);
        }
        s.setHttpsConfigurator(new HttpsConfigurator(TlsIdentities.serverContext(tomcat)));
        SimulatedCucmApi api = new SimulatedCucmApi(s, checked, nodes, tomcat.certificate(),
                at.getAddress().getHostAddress(), appUsers, configSigner);
        s.createContext(AXL_PATH, api::axl);
        s.createContext(RIS_PATH, api::ris);
        s.setExecutor(workers);
        s.start();
        return api;
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** The address to give a client as host. */
    public String host() {
        return server.getAddress().getAddress().getHostAddress();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code https://host:port}. */
    public String baseUrl() {
        return "https://" + host() + ":" + port();
    }

    /** The DER of the certificate the API presents (the publisher's tomcat certificate at start). */
    public byte[] certificate() {
        return certificate.clone();
    }

    /** The devices served now (the lab's phones reflect their current state). */
    public List<CucmDevice> devices() {
        return settings.devices(nodes);
    }

    /** AXL requests received (including refused ones). */
    public int axlCalls() {
        return axlCalls.get();
    }

    /** RIS requests received (including rate-limited and refused ones). */
    public int risCalls() {
        return risCalls.get();
    }

    /** RIS requests answered with the rate-limit fault. */
    public int rateLimitFaults() {
        return rateFaults.get();
    }

    /** {@code skip}/{@code first} of each listPhone request, in order, as {@code "skip/first"}. */
    public List<String> axlPages() {
        return axlPages.stream().map(p -> p.skip() + "/" + p.first()).toList();
    }

    /** The number of names in each RIS request that was answered or refused for its content. */
    public List<Integer> risChunkSizes() {
        return List.copyOf(risChunks);
    }

    /** The SOAPAction header of each request, in order. */
    public List<String> soapActions() {
        return List.copyOf(soapActions);
    }

    /**
     * Each {@code doDeviceReset} received for a known device, in order, as {@code "NAME TYPE"} with
     * " hard" added for a hard reset: {@code "SEP00BE75000001 Restart"}.
     */
    public List<String> deviceResets() {
        return List.copyOf(resets);
    }

    /** The device names of each {@code updatePhone} with a {@code vendorConfig}, in order. */
    public List<String> phoneUpdates() {
        return List.copyOf(updates);
    }

    /** The device names of each {@code updatePhone} with a {@code phonePersonalization}, in order. */
    public List<String> personalizationUpdates() {
        return List.copyOf(personalizationUpdates);
    }

    /** The device names of each {@code applyPhone} of a known device, in order. */
    public List<String> phoneApplies() {
        return List.copyOf(applied);
    }

    private void axl(HttpExchange ex) throws IOException {
        try (ex) {
            axlCalls.incrementAndGet();
            byte[] request = admitted(ex);
            if (request == null) {
                return;
            }
            String action = ex.getRequestHeaders().getFirst("SOAPAction");
            Element op;
            try {
                op = CucmSoap.operation(request);
            } catch (CucmSoap.BadRequest e) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", e.getMessage(), e.axlCode(), "unknown"));
                return;
            }
            String name = CucmSoap.local(op);
            Matcher m = AXL_ACTION.matcher(action == null ? "" : action.replace("\"", "").strip());
            if (!m.matches() || !m.group(2).equals(name)) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", "SOAPAction \"" + action + "\" does not name the operation "
                        + name + " as CUCM:DB ver=<version> " + name, SimulatedAxl.AXL_CODE, name));
                return;
            }
            String version = m.group(1);
            if (!settings.axlVersions.contains(version)) {
                sendPage(ex, SimulatedAxl.VERSION_REFUSED, SimulatedAxl.incorrectVersionPage(settings.axlVersions));
                return;
            }
            try {
                send(ex, 200, axlAnswer(name, op, version));
            } catch (CucmSoap.BadRequest e) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", e.getMessage(), e.axlCode(), name));
            }
        }
    }

    private String axlAnswer(String operation, Element op, String version) throws CucmSoap.BadRequest {
        return switch (operation) {
            case "listPhone" -> SimulatedAxl.listPhone(op, version, devices(), axlPages);
            case "getCCMVersion" -> SimulatedAxl.getCcmVersion(version, settings.release());
            case "executeSQLQuery" -> parameters.executeSqlQuery(op, version);
            case "doDeviceReset" -> {
                SimulatedAxl.Reset r = SimulatedAxl.reset(op);
                boolean known = settings.restart(r.deviceName());
                if (known) {
                    resets.add(r.toString());
                }
                yield SimulatedAxl.resetResponse(r, known, version);
            }
            case "getPhone" -> getPhone(op, version);
            case "updatePhone" -> updatePhone(op, version);
            case "applyPhone" -> {
                String name = SimulatedAxl.phoneName(op);
                if (!settings.restart(name)) {
                    throw SimulatedAxl.phoneNotFound(name);
                }
                applied.add(name);
                yield SimulatedAxl.phoneUuidResponse("applyPhone", version, name);
            }
            case "getAppUser" -> SimulatedAxl.getAppUser(op, version, appUsers);
            case "updateAppUser" -> SimulatedAxl.updateAppUser(op, version, appUsers);
            default -> throw new CucmSoap.BadRequest("No such operation '" + operation + "' (the simulated AXL implements"
                    + " listPhone, getCCMVersion, doDeviceReset, executeSQLQuery, getAppUser, updateAppUser, getPhone,"
                    + " updatePhone and applyPhone)", null);
        };
    }

    private String getPhone(Element op, String version) throws CucmSoap.BadRequest {
        String name = SimulatedAxl.phoneName(op);
        SimulatedPhone p = settings.labPhone(name);
        if (p != null) {
            return SimulatedAxl.getPhoneResponse(version, p.name(), "Cisco " + p.profile().model(), vendorConfig.read(p),
                    p.personalizationInCucm() ? "Enabled" : "Disabled");
        }
        CucmDevice d = devices().stream().filter(x -> x.name().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> SimulatedAxl.phoneNotFound(name));
        return SimulatedAxl.getPhoneResponse(version, d.name(), d.model(), LabVendorConfig.defaults());
    }

    /** A lab phone's new vendorConfig is offered to the phone, which takes it at its next restart if it trusts the signer. */
    private String updatePhone(Element op, String version) throws CucmSoap.BadRequest {
        String name = SimulatedAxl.phoneName(op);
        SimulatedPhone p = settings.labPhone(name);
        if (p == null) {
            throw SimulatedAxl.phoneNotFound(name);
        }
        String personalization = SimulatedAxl.phonePersonalization(op);
        if (personalization != null) {
            p.offerPersonalization(personalization.equals("Enabled"));
            personalizationUpdates.add(name);
        }
        java.util.Map<String, String> sent = SimulatedAxl.vendorConfig(op);
        if (sent != null) {
            String node = nodes.get(SimulatedCluster.phoneNodeIndex(p.index(), nodes.size()));
            p.offerConfiguration(vendorConfig.update(p, sent, () -> configSigner.apply(node)));
            updates.add(name);
        }
        return SimulatedAxl.phoneUuidResponse("updatePhone", version, name);
    }

    private void ris(HttpExchange ex) throws IOException {
        try (ex) {
            int call = risCalls.incrementAndGet();
            byte[] request = admitted(ex);
            if (request == null) {
                return;
            }
            if (settings.rateLimited(call) || (risLimit != null && !risLimit.admit())) {
                rateFaults.incrementAndGet();
                send(ex, 500, CucmSoap.fault("soapenv:Server.RateControl",
                        risLimit == null ? RATE_FAULT : rateFault(risLimit.perMinute()), null, null));
                return;
            }
            try {
                Element op = CucmSoap.operation(request);
                if (!CucmSoap.local(op).equals("selectCmDevice")) {
                    throw new CucmSoap.BadRequest("the simulated RIS implements selectCmDevice only, not "
                            + CucmSoap.local(op), null);
                }
                SimulatedRis.Selection selection = SimulatedRis.selection(op);
                risChunks.add(selection.names().size());
                send(ex, 200, SimulatedRis.response(selection, devices(), nodes, settings.failingNodes, call));
            } catch (CucmSoap.BadRequest e) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", e.getMessage(), null, null));
            }
        }
    }

    /** The request body when the method and credentials are right; otherwise answers and returns null. */
    private byte[] admitted(HttpExchange ex) throws IOException {
        soapActions.add(String.valueOf(ex.getRequestHeaders().getFirst("SOAPAction")));
        if (!ex.getRequestMethod().equals("POST")) {
            ex.getResponseHeaders().set("Allow", "POST");
            ex.sendResponseHeaders(405, -1);
            return null;
        }
        if (!BasicAuth.matches(ex.getRequestHeaders().getFirst("Authorization"), Map.of(settings.user, settings.password))) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Cisco Web Services\"");
            sendPage(ex, 401, "<html><body>HTTP Status 401 - Unauthorized</body></html>");
            return null;
        }
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_REQUEST + 1);
            if (body.length > MAX_REQUEST) {
                ex.sendResponseHeaders(413, -1);
                return null;
            }
            return body;
        }
    }

    private void send(HttpExchange ex, int status, String xml) throws IOException {
        write(ex, status, "text/xml; charset=utf-8", settings.hostile ? CiscoXml.hostile(xml) : xml);
    }

    private void sendPage(HttpExchange ex, int status, String html) throws IOException {
        write(ex, status, "text/html;charset=utf-8", html);
    }

    private void write(HttpExchange ex, int status, String contentType, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", contentType);
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
        LOG.log(Level.FINE, "simulated CUCM API: {0} -> {1}", new Object[] {ex.getRequestURI(), status});
    }

    @Override
    public void close() {
        server.stop(0);
    }

    @Override
    public String toString() {
        return "simulated AXL/RIS at " + baseUrl();
    }

    /** What the API serves and how it misbehaves; every setter returns the builder. */
    public static final class Builder {
        private String user;
        private String password;
        private final List<CucmDevice> devices = new ArrayList<>();
        private final List<LabPhones> labs = new ArrayList<>();
        private int rateLimitFirst;
        private int rateLimitEvery;
        private boolean hostile;
        private List<String> axlVersions = List.of("12.5", "14.0");
        private String release;
        private List<String> authenticationUrls;
        private int risLimitRequests;
        private Duration risLimitWindow;
        private boolean alsoOnPreviousNode;
        private final Map<String, String> failingNodes = new LinkedHashMap<>();

        private record LabPhones(PhoneLab lab, String devicePool) {
        }

        private Builder() {
        }

        /** The one user AXL and RIS accept (required: the simulator has no built-in password). */
        public Builder user(String name, String secret) {
            user = Objects.requireNonNull(name, "name");
            password = Objects.requireNonNull(secret, "secret");
            return this;
        }

        /** Adds devices served as they are; a name listed again is the same device's entry on another node. */
        public Builder devices(Collection<CucmDevice> value) {
            devices.addAll(value);
            return this;
        }

        /**
         * Adds a lab's phones in a device pool: {@code SEP<MAC>}, {@code Cisco <model>}, the phone's IP,
         * Httpd as its web access, {@code UnRegistered} while it restarts, on the node
         * {@link SimulatedCluster#phoneNode} gives it. They are read at each request, so changes to the
         * phones show; {@code doDeviceReset} restarts them.
         */
        public Builder phones(PhoneLab lab, String devicePool) {
            labs.add(new LabPhones(Objects.requireNonNull(lab, "lab"), Objects.requireNonNull(devicePool, "devicePool")));
            return this;
        }

        /**
         * RIS also lists each lab phone on the node before its own (with two nodes or more): UnRegistered, an
         * hour before the baseline time, at an address that is not its own (192.0.2.x, never routed), as
         * RIS reports a phone that moved between nodes. The client must keep the newest entry.
         */
        public Builder alsoOnPreviousNode() {
            alsoOnPreviousNode = true;
            return this;
        }

        /** The first {@code n} RIS requests get the rate-limit fault. */
        public Builder rateLimitFirst(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("negative count: " + n);
            }
            rateLimitFirst = n;
            return this;
        }

        /** Every {@code n}-th RIS request (n, 2n, ...) gets the rate-limit fault; 0 for none. */
        public Builder rateLimitEvery(int n) {
            if (n < 0 || n == 1) {
                throw new IllegalArgumentException("every n-th with n >= 2 (or 0 for none), not " + n);
            }
            rateLimitEvery = n;
            return this;
        }

        /**
         * RIS answers at most {@code requests} requests in any {@code window} and the rate-limit fault to
         * the others, as CUCM's <i>Allowed Device Queries Per Minute</i> (15 in a minute by default on
         * CUCM; off unless set, so tests stay fast).
         */
        public Builder risRateLimit(int requests, Duration window) {
            RisRateLimit.check(requests, window);
            risLimitRequests = requests;
            risLimitWindow = window;
            return this;
        }

        /** RIS reports this node with that {@code ReturnCode} (e.g. {@code NodeNotResponding}) and none of its devices. */
        public Builder risNodeFailing(String node, String returnCode) {
            failingNodes.put(Objects.requireNonNull(node, "node"), Objects.requireNonNull(returnCode, "returnCode"));
            return this;
        }

        /**
         * The AXL schema versions this CUCM takes (default 12.5 and 14.0); a request in another is refused
         * with HTTP 599 "Incorrect axl version".
         */
        public Builder axlVersions(String... versions) {
            List<String> v = List.of(versions);
            if (v.isEmpty() || v.stream().anyMatch(x -> !x.matches("\\d{1,2}\\.\\d"))) {
                throw new IllegalArgumentException("AXL versions look like 14.0: " + v);
            }
            axlVersions = v;
            return this;
        }

        /** The release getCCMVersion gives (default: the highest AXL version's, e.g. {@code 14.0.1.10000-20}). */
        public Builder cucmVersion(String value) {
            release = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The Authentication URL enterprise parameters (default {@code http://<publisher>:8080/ccmcip/authenticate.jsp}
         * and the same on {@code https://<publisher>:8443}); "" for not set.
         */
        public Builder authenticationUrls(String url, String securedUrl) {
            authenticationUrls = List.of(Objects.requireNonNull(url, "url"), Objects.requireNonNull(securedUrl, "securedUrl"));
            return this;
        }

        /** Every answer carries a DOCTYPE with an external entity (as a compromised server might). */
        public Builder hostile(boolean value) {
            hostile = value;
            return this;
        }

        boolean rateLimited(int call) {
            return call <= rateLimitFirst || (rateLimitEvery > 0 && call % rateLimitEvery == 0);
        }

        String release() {
            if (release != null) {
                return release;
            }
            return axlVersions.stream().max(Comparator.comparingDouble(Double::parseDouble)).orElseThrow()
                    + ".1.10000-20";
        }

        List<CucmDevice> devices(List<String> nodes) {
            List<CucmDevice> out = new ArrayList<>(devices);
            for (LabPhones l : labs) {
                for (SimulatedPhone p : l.lab().phones()) {
                    int own = SimulatedCluster.phoneNodeIndex(p.index(), nodes.size());
                    CucmDevice d = CucmDevice.of(p, l.devicePool(), nodes.get(own));
                    out.add(d);
                    if (alsoOnPreviousNode && nodes.size() > 1) {
                        out.add(d.elsewhere(nodes.get((own + nodes.size() - 1) % nodes.size()),
                                "192.0.2." + (p.index() % 254 + 1), "UnRegistered", CucmDevice.BASELINE_TIME_STAMP - 3600));
                    }
                }
            }
            return out;
        }

        /** The lab phone of that name, or null. */
        SimulatedPhone labPhone(String deviceName) {
            for (LabPhones l : labs) {
                for (SimulatedPhone p : l.lab().phones()) {
                    if (p.name().equalsIgnoreCase(deviceName)) {
                        return p;
                    }
                }
            }
            return null;
        }

        /** Restarts the lab phone of that name; whether any device has the name. */
        boolean restart(String deviceName) {
            for (LabPhones l : labs) {
                for (SimulatedPhone p : l.lab().phones()) {
                    if (p.name().equalsIgnoreCase(deviceName)) {
                        p.reboot();
                        return true;
                    }
                }
            }
            return devices.stream().anyMatch(d -> d.name().equalsIgnoreCase(deviceName));
        }

        Builder copy() {
            if (user == null) {
                throw new IllegalStateException("give the user the simulated AXL and RIS accept: builder().user(name, password)");
            }
            Builder b = new Builder();
            b.user = user;
            b.password = password;
            b.devices.addAll(devices);
            b.labs.addAll(labs);
            b.rateLimitFirst = rateLimitFirst;
            b.rateLimitEvery = rateLimitEvery;
            b.hostile = hostile;
            b.axlVersions = axlVersions;
            b.release = release;
            b.authenticationUrls = authenticationUrls;
            b.risLimitRequests = risLimitRequests;
            b.risLimitWindow = risLimitWindow;
            b.alsoOnPreviousNode = alsoOnPreviousNode;
            b.failingNodes.putAll(failingNodes);
            return b;
        }
    }
}
