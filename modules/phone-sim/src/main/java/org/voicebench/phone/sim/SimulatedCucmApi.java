package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.trust.lab.LabIdentity;
import org.w3c.dom.Element;

/**
 * The AXL and RIS web services of a simulated CUCM publisher, over HTTPS with the publisher's
 * tomcat certificate, on a loopback port of their own (the publisher's 8443 stays the capture
 * endpoint). A realistic subset: AXL {@code listPhone} (name/device pool criteria with {@code %},
 * returnedTags, skip/first) and RIS {@code selectCmDevice} (by name, at most 1,000, Httpd, IP,
 * load, node), one Basic user, AXL faults for unknown operations, and RIS's "Exceeded allowed
 * rate" fault on demand. Start one with {@link SimulatedCluster#startCucmApi}.
 *
 * <pre>{@code
 * SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user("axl", "secret")
 *         .phones(lab, "DP-HQ").rateLimitFirst(1));
 * api.baseUrl();   // https://127.0.20.1:41234
 * }</pre>
 */
public final class SimulatedCucmApi implements AutoCloseable {

    /** The RIS rate-limit fault as CUCM words it (its typo included). */
    public static final String RATE_FAULT = "AxisFault: Exceeded allowed rate for Reatime information. Current allowed rate"
            + " for realtime information is 15 requests per minute.";
    static final String AXL_PATH = "/axl/";
    static final String RIS_PATH = "/realtimeservice2/services/RISService70";
    private static final int MAX_REQUEST = 8 * 1024 * 1024;
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

    private SimulatedCucmApi(HttpsServer server, Builder settings, List<String> nodes, byte[] certificate) {
        this.server = server;
        this.settings = settings;
        this.nodes = List.copyOf(nodes);
        this.certificate = certificate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Binds on {@code at} with the tomcat identity and serves on the workers. */
    static SimulatedCucmApi start(Builder settings, InetSocketAddress at, LabIdentity tomcat, List<String> nodes,
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
        SimulatedCucmApi api = new SimulatedCucmApi(s, checked, nodes, tomcat.certificate());
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
                send(ex, 500, CucmSoap.fault("soapenv:Client", e.getMessage(), SimulatedAxl.AXL_CODE, "unknown"));
                return;
            }
            String name = CucmSoap.local(op);
            if (action == null || !action.replace("\"", "").matches("CUCM:DB ver=\\d{1,2}\\.\\d " + name)) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", "SOAPAction \"" + action + "\" does not name the operation "
                        + name + " as CUCM:DB ver=<version> " + name, SimulatedAxl.AXL_CODE, name));
                return;
            }
            if (!name.equals("listPhone")) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", "No such operation '" + name + "' (the simulated AXL"
                        + " implements listPhone only)", SimulatedAxl.AXL_CODE, name));
                return;
            }
            String body;
            try {
                body = SimulatedAxl.listPhone(op, devices(), axlPages);
            } catch (CucmSoap.BadRequest e) {
                send(ex, 500, CucmSoap.fault("soapenv:Client", e.getMessage(), SimulatedAxl.AXL_CODE, name));
                return;
            }
            send(ex, 200, body);
        }
    }

    private void ris(HttpExchange ex) throws IOException {
        try (ex) {
            int call = risCalls.incrementAndGet();
            byte[] request = admitted(ex);
            if (request == null) {
                return;
            }
            if (settings.rateLimited(call)) {
                rateFaults.incrementAndGet();
                send(ex, 500, CucmSoap.fault("soapenv:Server", RATE_FAULT, null, null));
                return;
            }
            try {
                Element op = CucmSoap.operation(request);
                if (!CucmSoap.local(op).equals("selectCmDevice")) {
                    throw new CucmSoap.BadRequest("the simulated RIS implements selectCmDevice only, not "
                            + CucmSoap.local(op), null);
                }
                List<String> names = SimulatedRis.names(op);
                risChunks.add(names.size());
                send(ex, 200, SimulatedRis.response(op, names, devices(), nodes));
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
            byte[] page = "<html><body>HTTP Status 401 - Unauthorized</body></html>".getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(401, page.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(page);
            }
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
        String text = settings.hostile ? CiscoXml.hostile(xml) : xml;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/xml; charset=utf-8");
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

        /** Adds devices served as they are. */
        public Builder devices(Collection<CucmDevice> value) {
            devices.addAll(value);
            return this;
        }

        /**
         * Adds a lab's phones in a device pool: {@code SEP<MAC>}, {@code Cisco <model>}, the phone's IP,
         * Httpd as its web access, {@code UnRegistered} while it reboots, on the node
         * {@link SimulatedCluster#phoneNode} gives it.
         * They are read at each request, so changes to the phones show.
         */
        public Builder phones(PhoneLab lab, String devicePool) {
            labs.add(new LabPhones(Objects.requireNonNull(lab, "lab"), Objects.requireNonNull(devicePool, "devicePool")));
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

        /** Every answer carries a DOCTYPE with an external entity (as a compromised server might). */
        public Builder hostile(boolean value) {
            hostile = value;
            return this;
        }

        boolean rateLimited(int call) {
            return call <= rateLimitFirst || (rateLimitEvery > 0 && call % rateLimitEvery == 0);
        }

        List<CucmDevice> devices(List<String> nodes) {
            List<CucmDevice> out = new ArrayList<>(devices);
            for (LabPhones l : labs) {
                for (SimulatedPhone p : l.lab().phones()) {
                    String node = nodes.get(SimulatedCluster.phoneNodeIndex(p.index(), nodes.size()));
                    out.add(CucmDevice.of(p, l.devicePool(), node));
                }
            }
            return out;
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
            return b;
        }
    }
}
