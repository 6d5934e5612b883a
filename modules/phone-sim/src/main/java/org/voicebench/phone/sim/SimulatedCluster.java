package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;

/**
 * A simulated CUCM cluster on loopback: each node has its own 127.0.20.x (or, where such addresses
 * cannot be bound, free ports on 127.0.0.1) and presents its certificates in real TLS handshakes
 * (CallManager on 5061 and 2443, TVS on 2445, CAPF on 3804 on the publisher, tomcat on 8443), and
 * serves its ITL ({@code ITLFile.tlv}), the per-phone ITLs set with {@link #setPhoneItl} (any other
 * {@code ITLSEP<MAC>.tlv} or {@code CTLSEP<MAC>.tlv} is "not found", as on a real node) and, in mixed
 * mode, the CTL over HTTP (6970) and TFTP (default UDP 6969: port 69 needs root). The certificates and files come from a seeded
 * {@link LabCluster}. {@link ClusterScenario Scenarios} and {@link #regenerate} change them while it
 * runs; phones of a {@link PhoneLab} started with {@link PhoneLab.Builder#simulatedCluster} belong to
 * the nodes in turn ({@link #phoneNode}) and keep the ITL their node served at start, so they really
 * become stale: a restart installs the new ITL only where a phone would trust it ({@code ItlUpdateRule}),
 * an erase always.
 *
 * <pre>{@code
 * try (SimulatedCluster c = SimulatedCluster.builder().nodes(2).start()) {
 *     c.node(0).endpoint(SimulatedCluster.Service.TVS);   // 127.0.20.1:2445
 *     c.apply(ClusterScenario.CALLMANAGER_REGENERATED);
 * }
 * }</pre>
 */
public final class SimulatedCluster implements AutoCloseable {

    /** A service of a node and the port CUCM runs it on. */
    public enum Service {
        SIP_TLS(5061, "CallManager", "SIP TLS"),
        SCCP_TLS(2443, "CallManager", "SCCP TLS"),
        TVS(2445, "TVS", "TVS"),
        CAPF(3804, "CAPF", "CAPF"),
        TOMCAT(8443, LabCluster.TOMCAT, "tomcat HTTPS"),
        TFTP_HTTP(6970, null, "TFTP over HTTP"),
        /** UDP; CUCM's port is 69, the simulator's default {@value SimulatedCluster#DEFAULT_TFTP_PORT}. */
        TFTP(69, null, "TFTP");

        private final int standardPort;
        private final String role;
        private final String label;

        Service(int standardPort, String role, String label) {
            this.standardPort = standardPort;
            this.role = role;
            this.label = label;
        }

        /** The port on a real CUCM node. */
        public int standardPort() {
            return standardPort;
        }

        /** The lab role of the certificate a TLS service presents ({@code CallManager}, ...), or null. */
        public String role() {
            return role;
        }

        public String label() {
            return label;
        }

        /** True for the services that present a certificate. */
        public boolean tls() {
            return role != null;
        }
    }

    /** The default address of the publisher; node i gets the i-th address after it. */
    public static final String DEFAULT_FIRST_ADDRESS = "127.0.20.1";
    /** The default TFTP port: 69 would need root. */
    public static final int DEFAULT_TFTP_PORT = 6969;
    /** When the phones got their ITL (the baseline files' timestamp); each later change is an hour later. */
    public static final Instant BASELINE_TIME = Instant.parse("2026-01-02T00:00:00Z");
    private static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    private static final String DOMAIN = "lab.example.com";
    /** The cluster phones are moved to: same node names, but its own domain, so no subject matches. */
    private static final String OTHER_DOMAIN = "cluster-b.example.com";
    /** Added to the seed for the cluster the phones are moved to. */
    private static final long OTHER_CLUSTER_SEED = 1_000_000L;

    private static final Logger LOG = Logger.getLogger(SimulatedCluster.class.getName());

    /** What the cluster serves now. */
    private record State(LabCluster cluster, ClusterScenario scenario, ClusterFiles files) {
    }

    private final Builder settings;
    private final LabCluster baseline;
    private final ClusterFiles baselineFiles;
    private final boolean aliases;
    private final ExecutorService workers;
    private final List<ClusterNode> nodes = new ArrayList<>();
    /** TLS endpoints with the node and role whose certificate each presents. */
    private final Map<TlsEndpoint, LabIdentity> presenting = new LinkedHashMap<>();
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final PhoneItls phoneItls = new PhoneItls();
    private final ApplicationUsers applicationUsers = new ApplicationUsers();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile State state;
    private int changes;

    private SimulatedCluster(Builder settings, LabCluster baseline, boolean aliases, ExecutorService workers) {
        this.settings = settings;
        this.baseline = baseline;
        this.aliases = aliases;
        this.workers = workers;
        this.baselineFiles = new ClusterFiles(baseline, settings.signing, settings.mixedMode, false, BASELINE_TIME);
        this.state = new State(baseline, ClusterScenario.BASELINE, baselineFiles);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<ClusterNode> nodes() {
        return List.copyOf(nodes);
    }

    public ClusterNode node(int index) {
        return nodes.get(index);
    }

    /** The first node. */
    public ClusterNode publisher() {
        return nodes.get(0);
    }

    /**
     * The node a lab phone belongs to: its TFTP server and CallManager, and the node RIS reports it on.
     * The phones are spread over the nodes in turn.
     */
    public ClusterNode phoneNode(int phoneIndex) {
        return nodes.get(phoneNodeIndex(phoneIndex, nodes.size()));
    }

    /** The one rule behind {@link #phoneNode}, for those that know only the node names. */
    static int phoneNodeIndex(int phoneIndex, int nodeCount) {
        return Math.floorMod(phoneIndex, nodeCount);
    }

    /** True when each node has its own 127.x.y.z; false when all share 127.0.0.1 on free ports. */
    public boolean loopbackAliases() {
        return aliases;
    }

    public LabCluster.ItlSigning signing() {
        return settings.signing;
    }

    public boolean mixedMode() {
        return settings.mixedMode;
    }

    public long seed() {
        return settings.seed;
    }

    /** The scenario applied last. */
    public ClusterScenario scenario() {
        return state.scenario();
    }

    /** The certificates the cluster presents and lists now. */
    public LabCluster labCluster() {
        return state.cluster();
    }

    /** The certificates the cluster had at start, which the phones' ITL holds. */
    public LabCluster baselineCluster() {
        return baseline;
    }

    /** The ITL the publisher served at start ("yesterday's"). */
    public byte[] baselineItl() {
        return baselineItl(baseline.publisher());
    }

    /** The ITL a node served at start: each node's differs (its own CallManager in the SAST and TFTP records). */
    public byte[] baselineItl(String node) {
        return baselineFiles.itl(node);
    }

    /** The CTL served at start, or null outside mixed mode. */
    public byte[] baselineCtl() {
        return baselineFiles.ctl();
    }

    /** The ITL the publisher serves now. */
    public byte[] currentItl() {
        return currentItl(publisher().name());
    }

    /** The ITL a node serves now. */
    public byte[] currentItl(String node) {
        return state.files().itl(node);
    }

    /** The CTL served now, or null outside mixed mode. */
    public byte[] currentCtl() {
        return state.files().ctl();
    }

    /**
     * A file a node serves now, by name as its TFTP and HTTP servers answer it: {@code ITLFile.tlv},
     * {@code CTLFile.tlv} in mixed mode, an {@code ITLSEP<MAC>.tlv} set with {@link #setPhoneItl}; null for
     * any other name.
     */
    public byte[] file(String node, String fileName) {
        byte[] own = phoneItls.lookup(node, fileName);
        return own != null ? own : state.files().lookup(node, fileName);
    }

    /**
     * Serves a per-phone ITL, {@code ITLSEP<MAC>.tlv}, from a node: the phone with that MAC loads it instead
     * of the node's {@code ITLFile.tlv} at its next restart, and the audit compares it with this one. Kept
     * across scenario changes and regenerations until {@link #removePhoneItl removed}.
     *
     * @param mac 12 hex digits (separators allowed)
     * @throws IllegalArgumentException for a node not in the cluster or a text that is no MAC address
     */
    public void setPhoneItl(String node, String mac, byte[] itl) {
        phoneItls.put(knownNode(node), mac, Objects.requireNonNull(itl, "itl"));
    }

    /**
     * Stops serving the phone's {@code ITLSEP<MAC>.tlv} from the node: it is "not found" again, and the
     * phone takes the node's {@code ITLFile.tlv}.
     *
     * @throws IllegalArgumentException for a node not in the cluster or a text that is no MAC address
     */
    public void removePhoneItl(String node, String mac) {
        phoneItls.remove(knownNode(node), mac);
    }

    private String knownNode(String node) {
        if (!baseline.nodes().contains(node)) {
            throw new IllegalArgumentException("no node " + node + " in the cluster " + baseline.nodes());
        }
        return node;
    }

    /** When the files served now were made: later after each change. */
    public Instant filesTimestamp() {
        return state.files().timestamp();
    }

    /**
     * Switches to a scenario, applied to the cluster as it started (earlier scenarios and
     * regenerations are undone). TLS ports present the new certificates and the TFTP node serves
     * the new files from the next request on; their timestamp is later than any before, except
     * that {@link ClusterScenario#BASELINE} serves the files of the start again.
     */
    public synchronized void apply(ClusterScenario scenario) {
        Objects.requireNonNull(scenario, "scenario");
        change(scenarioCluster(scenario), scenario);
    }

    /**
     * Regenerates one certificate on top of the current state, as {@code set cert regen ROLE} on a node does.
     *
     * @param role {@code CallManager}, {@code TVS}, {@code CAPF}, {@code ITLRecovery} or {@code tomcat}
     * @param node node name (CAPF and ITLRecovery: the publisher)
     * @throws IllegalArgumentException when the node has no such certificate
     */
    public synchronized void regenerate(String role, String node) {
        long newSeed = settings.seed * 1_000_003L + 7_919L * (changes + 1) + (role + "@" + node).hashCode();
        change(state.cluster().regenerate(role, node, newSeed), state.scenario());
    }

    private LabCluster scenarioCluster(ClusterScenario scenario) {
        String pub = baseline.publisher();
        return switch (scenario) {
            case BASELINE, ROLLBACK_ITL -> baseline;
            case CALLMANAGER_REGENERATED -> regenerated(baseline, "CallManager", pub);
            case TVS_REGENERATED -> regenerated(baseline, "TVS", pub);
            case CALLMANAGER_TVS_REGENERATED -> regenerated(regenerated(baseline, "CallManager", pub), "TVS", pub);
            case ITLRECOVERY_REGENERATED -> regenerated(baseline, "ITLRecovery", pub);
            case ITLRECOVERY_TVS_REGENERATED -> everyTvsRegenerated(regenerated(baseline, "ITLRecovery", pub));
            case CLUSTER_MOVE -> settings.makeCluster(OTHER_DOMAIN, settings.seed + OTHER_CLUSTER_SEED);
        };
    }

    private LabCluster everyTvsRegenerated(LabCluster c) {
        LabCluster out = c;
        for (String node : c.nodes()) {
            out = regenerated(out, "TVS", node);
        }
        return out;
    }

    /** The same regeneration gives the same new certificate, whichever scenario asks for it. */
    private LabCluster regenerated(LabCluster c, String role, String node) {
        return c.regenerate(role, node, settings.seed * 1_000_003L + (role + "@" + node).hashCode());
    }

    private void change(LabCluster cluster, ClusterScenario scenario) {
        changes++;
        // back to the baseline: yesterday's very files, which the phones hold
        ClusterFiles files = cluster == baseline && scenario == ClusterScenario.BASELINE ? baselineFiles
                : new ClusterFiles(cluster, settings.signing, settings.mixedMode, scenario == ClusterScenario.ROLLBACK_ITL,
                        BASELINE_TIME.plus(changes, ChronoUnit.HOURS));
        for (Map.Entry<TlsEndpoint, LabIdentity> e : presenting.entrySet()) {
            LabIdentity now = cluster.identity(e.getValue().role(), e.getValue().node());
            if (!Arrays.equals(now.certificate(), e.getValue().certificate())) {
                e.getKey().present(TlsIdentities.serverContext(now));
                e.setValue(now);
            }
        }
        state = new State(cluster, scenario, files);
        LOG.log(Level.FINE, "simulated cluster: {0}", scenario.description());
    }

    /**
     * Starts the publisher's AXL and RIS web services ({@link SimulatedCucmApi}) on a free port of
     * its address, presenting its tomcat certificate as it is now; they stop with the cluster.
     *
     * @throws IOException when the port cannot be bound
     * @throws IllegalStateException when the cluster is closed
     */
    public synchronized SimulatedCucmApi startCucmApi(SimulatedCucmApi.Builder api) throws IOException {
        Objects.requireNonNull(api, "api");
        if (closed.get()) {
            throw new IllegalStateException("the simulated cluster is closed");
        }
        String pub = publisher().name();
        SimulatedCucmApi started = SimulatedCucmApi.start(api, new InetSocketAddress(publisher().address(), 0),
                state.cluster().identity(LabCluster.TOMCAT, pub), nodes.stream().map(ClusterNode::name).toList(),
                applicationUsers, node -> state.cluster().identity("CallManager", node).certificate(), workers);
        servers.add(started);
        return started;
    }

    /**
     * The cluster's application users (CTI users with their controlled devices), shared by the lab CTI service
     * and AXL {@code getAppUser}/{@code updateAppUser}.
     */
    public ApplicationUsers applicationUsers() {
        return applicationUsers;
    }

    /**
     * Starts the lab CTI service ({@link SimulatedCti}) on a free port of the publisher's address, logging in
     * {@link #applicationUsers()}; it stops with the cluster. Its {@link SimulatedCti#host()} is what the lab
     * stand-in for Cisco JTAPI takes as CTI Manager host.
     *
     * @throws IOException when the port cannot be bound
     * @throws IllegalStateException when the cluster is closed
     */
    public synchronized SimulatedCti startCti(SimulatedCti.Builder cti) throws IOException {
        Objects.requireNonNull(cti, "cti");
        if (closed.get()) {
            throw new IllegalStateException("the simulated cluster is closed");
        }
        SimulatedCti started = SimulatedCti.start(cti, new InetSocketAddress(publisher().address(), 0), applicationUsers,
                workers);
        servers.add(started);
        return started;
    }

    /** Stops every listener and the cluster's threads; waits at most a few seconds. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (AutoCloseable s : servers) {
            try {
                s.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "a simulated cluster listener did not close cleanly: " + s, e);
            }
        }
        workers.shutdownNow();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("simulated cluster threads still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void bindNode(int index, String name, InetAddress host, boolean standardPorts) throws IOException {
        Map<Service, InetSocketAddress> endpoints = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            if (s == Service.CAPF && index != 0) {
                continue;
            }
            int port = !standardPorts ? 0 : s == Service.TFTP ? settings.tftpPort : s.standardPort();
            InetSocketAddress at = new InetSocketAddress(host, port);
            String label = s.label() + " of " + name;
            if (s.tls()) {
                LabIdentity id = baseline.identity(s.role(), s == Service.CAPF ? baseline.publisher() : name);
                TlsEndpoint e = TlsEndpoint.open(label, at, TlsIdentities.serverContext(id), workers);
                servers.add(e);
                presenting.put(e, id);
                endpoints.put(s, e.address());
            } else if (s == Service.TFTP_HTTP) {
                TftpHttpServer h = TftpHttpServer.open(label, at, file -> file(name, file), workers);
                servers.add(h);
                endpoints.put(s, h.address());
            } else {
                TftpServer t = TftpServer.open(label, at, file -> file(name, file), workers);
                servers.add(t);
                endpoints.put(s, t.address());
            }
        }
        nodes.add(new ClusterNode(index, name, baseline.fqdn(name), host, endpoints));
    }

    /** Settings of a cluster; every setter returns the builder. */
    public static final class Builder {
        private int nodeCount = 3;
        private long seed = 1;
        private int keyBits = 2048;
        private LabCluster.ItlSigning signing = LabCluster.ItlSigning.ITL_RECOVERY;
        private boolean mixedMode;
        private String firstAddress = DEFAULT_FIRST_ADDRESS;
        private boolean sharedAddress;
        private boolean freePorts;
        private int tftpPort = DEFAULT_TFTP_PORT;
        private ClusterScenario scenario = ClusterScenario.BASELINE;

        private Builder() {
        }

        /** Number of nodes, publisher first ({@code cucm-pub, cucm-sub1, ...}; default 3). */
        public Builder nodes(int count) {
            if (count < 1 || count > 100) {
                throw new IllegalArgumentException("a cluster has 1 to 100 nodes, not " + count);
            }
            nodeCount = count;
            return this;
        }

        /** Seed of the keys and certificates (default 1): the same seed gives the same cluster. */
        public Builder seed(long value) {
            seed = value;
            return this;
        }

        /** RSA size of every key (default 2048; 1024 makes a cluster faster, for tests). */
        public Builder keyBits(int bits) {
            if (bits != 1024 && bits != 2048 && bits != 4096) {
                throw new IllegalArgumentException("key size must be 1024, 2048 or 4096, not " + bits);
            }
            keyBits = bits;
            return this;
        }

        /** How the ITL is signed: ITLRecovery (CUCM 12+, the default) or CallManager (before 12). */
        public Builder signing(LabCluster.ItlSigning value) {
            signing = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Mixed mode: the TFTP nodes serve a CTL too (default off). */
        public Builder mixedMode(boolean value) {
            mixedMode = value;
            return this;
        }

        /** The publisher's address, 127.x.y.z (default {@value SimulatedCluster#DEFAULT_FIRST_ADDRESS}). */
        public Builder firstAddress(String address) {
            firstAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Every service on 127.0.0.1 on a free port (chosen automatically when 127.x.y.z cannot be bound). */
        public Builder sharedAddress() {
            sharedAddress = true;
            return this;
        }

        /** Free ports instead of the standard ones, also on each node's own address (for parallel tests). */
        public Builder freePorts() {
            freePorts = true;
            return this;
        }

        /** The UDP port of the TFTP servers on the nodes' own addresses (default {@value SimulatedCluster#DEFAULT_TFTP_PORT}; 0: a free port). */
        public Builder tftpPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("TFTP port out of range: " + port);
            }
            tftpPort = port;
            return this;
        }

        /** The scenario in force from the start (default baseline); phones still get the baseline ITL. */
        public Builder scenario(ClusterScenario value) {
            scenario = Objects.requireNonNull(value, "value");
            return this;
        }

        LabCluster makeCluster(String domain, long clusterSeed) {
            if (nodeCount == 3 && keyBits == 2048 && domain.equals(DOMAIN)) {
                return LabCluster.standard(clusterSeed);
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < nodeCount; i++) {
                names.add(i == 0 ? "cucm-pub" : "cucm-sub" + i);
            }
            return LabCluster.generate(domain, names, keyBits, keyBits, clusterSeed, ISSUED);
        }

        /**
         * Makes the keys, then binds every node's services.
         *
         * @throws IOException when a port cannot be bound (what was bound is closed again)
         * @throws IllegalArgumentException for a first address outside 127.0.0.0/8
         */
        public SimulatedCluster start() throws IOException {
            InetAddress first = LoopbackAddresses.parse(firstAddress);
            LoopbackAddresses.nth(first, nodeCount - 1); // room for every node, checked before keys are made
            boolean aliases = LoopbackAddresses.ownAddresses(first, sharedAddress,
                    "the cluster's services share 127.0.0.1 on free ports");
            Builder settings = copy();
            LabCluster cluster = makeCluster(DOMAIN, seed);
            for (String node : cluster.nodes()) {
                cluster.tomcat(node); // made now, not during the first handshake
            }
            AtomicInteger n = new AtomicInteger();
            ExecutorService workers = Executors.newFixedThreadPool(16, r -> {
                Thread t = new Thread(r, "sim-cluster-worker-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            SimulatedCluster c = new SimulatedCluster(settings, cluster, aliases, workers);
            try {
                for (int i = 0; i < nodeCount; i++) {
                    InetAddress host = aliases ? LoopbackAddresses.nth(first, i) : InetAddress.getLoopbackAddress();
                    c.bindNode(i, cluster.nodes().get(i), host, aliases && !freePorts);
                }
            } catch (IOException | RuntimeException e) {
                c.close();
                throw e;
            }
            if (scenario != ClusterScenario.BASELINE) {
                c.apply(scenario);
            }
            return c;
        }

        private Builder copy() {
            Builder b = new Builder();
            b.nodeCount = nodeCount;
            b.seed = seed;
            b.keyBits = keyBits;
            b.signing = signing;
            b.mixedMode = mixedMode;
            b.firstAddress = firstAddress;
            b.sharedAddress = sharedAddress;
            b.freePorts = freePorts;
            b.tftpPort = tftpPort;
            b.scenario = scenario;
            return b;
        }
    }
}
