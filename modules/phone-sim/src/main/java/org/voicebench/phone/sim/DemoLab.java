package org.voicebench.phone.sim;

import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.trust.lab.LabCluster;

/**
 * The fleet-audit demo story, ready to run: a 3-node simulated cluster (CUCM 12 signing, not mixed
 * mode) whose CallManager certificate was just regenerated, its AXL/RIS API, and about 20 phones of
 * mixed models attached to it. About a third hold their node's current ITL, the rest yesterday's;
 * among the stale ones one has web access off and one its own password ({@link #ownPassword()}); among the current
 * ones two have their Settings Access locked ({@link #settingsLockedPhones()}: Disabled, then Restricted), harmless for
 * the audit but only a factory reset fixes them after a change they reject (the "before the change" story). The
 * cluster runs the lab CTI service ({@link #ctiHost()}) with one application user, {@link #CTI_USER},
 * controlling every phone but one ({@link #ctiUncontrolledPhone()}): the web-access-off phone can be fixed
 * over CTI with the lab stand-in for Cisco JTAPI.
 *
 * <pre>{@code
 * try (DemoLab demo = DemoLab.start(new DemoLab.Options("secret").fast(true))) {
 *     System.out.println(demo.describe());
 * }
 * }</pre>
 */
public final class DemoLab implements AutoCloseable {

    /** The lab CTI service's application user: demo data. */
    public static final String CTI_USER = "vb-cti";
    /** The device pool the AXL API lists the phones in. */
    public static final String DEVICE_POOL = "Demo";
    /** Models with a built-in ITL erase, in the order the phones get them. */
    static final List<String> MODELS = List.of("7965", "7975", "7841", "8845", "8861", "7945", "8811");
    private static final int NODES = 3;
    /** The phone {@link #CTI_USER} does not control: the first, which holds the current ITL. */
    private static final int CTI_UNCONTROLLED = 0;

    private static final Logger LOG = Logger.getLogger(DemoLab.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimulatedCluster cluster;
    private final PhoneLab phones;
    private final SimulatedCucmApi cucmApi;
    private final SimulatedCti cti;
    private final Options options;
    private final String ownPassword;
    private final String ctiPassword;
    private final List<SimulatedPhone> stale;
    private final List<SimulatedPhone> settingsLocked;

    private DemoLab(SimulatedCluster cluster, PhoneLab phones, SimulatedCucmApi cucmApi, SimulatedCti cti,
                    Options options, String ownPassword, String ctiPassword) {
        this.cluster = cluster;
        this.phones = phones;
        this.cucmApi = cucmApi;
        this.cti = cti;
        this.options = options;
        this.ownPassword = ownPassword;
        this.ctiPassword = ctiPassword;
        this.stale = staleIndexes(options.phoneCount).stream().map(phones::phone).toList();
        this.settingsLocked = settingsLockedIndexes(options.phoneCount).stream().map(phones::phone).toList();
    }

    /**
     * Starts the cluster, the phones, the AXL/RIS API and the lab CTI service; busy ports fall back to free ones.
     *
     * @throws IOException when something cannot listen even on free ports (whatever started is stopped)
     */
    public static DemoLab start(Options options) throws IOException {
        Options o = options.copy();
        String own = madeUpPassword("phone-", o.password);
        String ctiPassword = madeUpPassword("cti-", o.password);
        SimulatedCluster cluster = startCluster(o);
        PhoneLab lab = null;
        try {
            lab = startPhones(o, cluster, own);
            for (SimulatedPhone p : lab.phones()) {
                if (current(p.index())) {
                    p.installItl(cluster.currentItl(cluster.phoneNode(p.index()).name()));
                }
            }
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(o.user, o.password)
                    .phones(lab, DEVICE_POOL));
            String uncontrolled = lab.phone(CTI_UNCONTROLLED).name();
            cluster.applicationUsers().add(CTI_USER, ctiPassword, lab.phones().stream().map(SimulatedPhone::name)
                    .filter(n -> !n.equals(uncontrolled)).toList());
            SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab));
            return new DemoLab(cluster, lab, api, cti, o, own, ctiPassword);
        } catch (IOException | RuntimeException e) {
            if (lab != null) {
                lab.close();
            }
            cluster.close();
            throw e;
        }
    }

    /**
     * In each round over the nodes one phone holds the current ITL, on another node each round, so
     * every node has current and stale phones.
     */
    private static boolean current(int index) {
        return (index / NODES + SimulatedCluster.phoneNodeIndex(index, NODES)) % NODES == 0;
    }

    /** The stale phones in order: the first has its own password, the last its web access off. */
    private static List<Integer> staleIndexes(int phoneCount) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < phoneCount; i++) {
            if (!current(i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** Settings Access locked: the last two current phones (not the CTI-uncontrolled one), Disabled then Restricted. */
    private static List<Integer> settingsLockedIndexes(int phoneCount) {
        List<Integer> current = new ArrayList<>();
        for (int i = 0; i < phoneCount; i++) {
            if (current(i) && i != CTI_UNCONTROLLED) {
                current.add(i);
            }
        }
        return List.copyOf(current.subList(Math.max(0, current.size() - 2), current.size()));
    }

    private static SimulatedCluster startCluster(Options o) throws IOException {
        try {
            return clusterBuilder(o).start();
        } catch (IOException e) {
            LOG.log(Level.INFO, "the demo cluster''s standard ports cannot be used ({0}); trying free ports",
                    e.getMessage());
            return clusterBuilder(o).freePorts().start();
        }
    }

    private static SimulatedCluster.Builder clusterBuilder(Options o) {
        return SimulatedCluster.builder().nodes(NODES).signing(LabCluster.ItlSigning.ITL_RECOVERY).mixedMode(false)
                .scenario(ClusterScenario.CALLMANAGER_REGENERATED).firstAddress(o.clusterFirstAddress);
    }

    private static PhoneLab startPhones(Options o, SimulatedCluster cluster, String ownPassword) throws IOException {
        try {
            return phoneBuilder(o, cluster, ownPassword).port(o.phonePort).start();
        } catch (IOException e) {
            if (o.phonePort == 0) {
                throw e;
            }
            LOG.log(Level.INFO, "demo phone port {0} cannot be used ({1}); trying free ports",
                    new Object[] {String.valueOf(o.phonePort), e.getMessage()});
            return phoneBuilder(o, cluster, ownPassword).port(0).start();
        }
    }

    private static PhoneLab.Builder phoneBuilder(Options o, SimulatedCluster cluster, String ownPassword) {
        PhoneLab.Builder b = PhoneLab.builder().user(o.user, o.password).firstAddress(o.firstPhoneAddress)
                .simulatedCluster(cluster)
                .eraseMessageTime(o.fast ? Duration.ofMillis(300) : Duration.ofSeconds(2))
                .rebootTime(o.fast ? Duration.ofSeconds(1) : Duration.ofSeconds(10));
        List<Integer> stale = staleIndexes(o.phoneCount);
        int ownPasswordIndex = stale.get(0);
        int webOff = stale.get(stale.size() - 1);
        List<Integer> locked = settingsLockedIndexes(o.phoneCount);
        for (int i = 0; i < o.phoneCount; i++) {
            PhoneConditions c = PhoneConditions.NORMAL;
            if (i == ownPasswordIndex) {
                c = c.withOwnPassword(ownPassword);
            } else if (i == webOff) {
                c = c.withWebAccess(false);
            } else if (locked.contains(i)) {
                c = c.withSettingsAccess(locked.indexOf(i) == 0 ? SettingsAccess.DISABLED : SettingsAccess.RESTRICTED);
            }
            b.add(1, MODELS.get(i % MODELS.size()), c);
        }
        return b;
    }

    public SimulatedCluster cluster() {
        return cluster;
    }

    public PhoneLab phones() {
        return phones;
    }

    public SimulatedCucmApi cucmApi() {
        return cucmApi;
    }

    /** The lab CTI service. */
    public SimulatedCti cti() {
        return cti;
    }

    /** {@code ADDRESS:PORT} of the lab CTI service: the CTI Manager host for the stand-in JTAPI. */
    public String ctiHost() {
        return cti.host();
    }

    /** The phone {@link #CTI_USER} does not control ("device not controlled" to show). */
    public SimulatedPhone ctiUncontrolledPhone() {
        return phones.phone(CTI_UNCONTROLLED);
    }

    /** The lab's user and password, as the phones and the AXL/RIS API take them. */
    public PhoneCredentials credentials() {
        return new PhoneCredentials(options.user, options.password.toCharArray());
    }

    /** Each node's {@code http://address:port/ITLFile.tlv}: the current ITL an audit compares with. */
    public List<String> clusterItlUrls() {
        return cluster.nodes().stream().map(ClusterNode::itlHttpUrl).toList();
    }

    /** The phones that held yesterday's ITL at start (the web-off and own-password phones among them). */
    public List<SimulatedPhone> stalePhones() {
        return stale;
    }

    /**
     * The phones whose Settings Access is locked (the first Disabled, the second Restricted), among those holding the
     * current ITL: for a change the phones reject, the readiness check lists them as fixable by a factory reset only.
     */
    public List<SimulatedPhone> settingsLockedPhones() {
        return settingsLocked;
    }

    public SimulatedPhone webAccessOffPhone() {
        return stale.get(stale.size() - 1);
    }

    /** The phone that accepts the lab's user only with {@link #ownPassword()}. */
    public SimulatedPhone ownPasswordPhone() {
        return stale.get(0);
    }

    /** The password of {@link #ownPasswordPhone()}: made up at each start, demo data shown by {@link #describe()}. */
    public String ownPassword() {
        return ownPassword;
    }

    /** The password of {@link #CTI_USER}: made up at each start, demo data shown by {@link #describe()}. */
    public String ctiPassword() {
        return ctiPassword;
    }

    /**
     * A short password a user can type, different at each start so that none is written in the code; never
     * {@code avoid} (the lab's own password: the story needs the two to differ).
     */
    static String madeUpPassword(String prefix, String avoid) {
        String p;
        do {
            p = prefix + String.format("%06d", RANDOM.nextInt(1_000_000));
        } while (p.equals(avoid));
        return p;
    }

    /** Addresses, phones and their roles in the story, one per line; never the lab's password. */
    public String describe() {
        StringBuilder b = new StringBuilder("Demo cluster (").append(cluster.scenario().description()).append("):\n");
        for (ClusterNode n : cluster.nodes()) {
            b.append(String.format("  %-10s %s%n", n.name(), n.itlHttpUrl()));
        }
        b.append(String.format("AXL/RIS: %s:%d (user %s)%n", cucmApi.host(), cucmApi.port(), options.user));
        b.append(String.format("Lab CTI: %s (application user %s, password %s; controls every phone but %s)%n",
                cti.host(), CTI_USER, ctiPassword, ctiUncontrolledPhone().name()));
        b.append(String.format("Phones: %d, %d with yesterday's ITL%n", phones.phones().size(), stale.size()));
        for (SimulatedPhone p : phones.phones()) {
            b.append(String.format("  %-21s %-9s %-10s %s%n", p.hostAndPort(), p.modelNumber(),
                    cluster.phoneNode(p.index()).name(), role(p)));
        }
        return b.toString();
    }

    private String role(SimulatedPhone p) {
        if (!stale.contains(p)) {
            if (settingsLocked.contains(p)) {
                return "current ITL, settings access " + p.conditions().settingsAccess().name().toLowerCase(java.util.Locale.ROOT);
            }
            return p == ctiUncontrolledPhone() ? "current ITL, not controlled by " + CTI_USER : "current ITL";
        }
        if (p == webAccessOffPhone()) {
            return "stale ITL, web access off";
        }
        if (p == ownPasswordPhone()) {
            return "stale ITL, own password " + ownPassword;
        }
        return "stale ITL";
    }

    /** Stops the phones, the API, the CTI service and the cluster. */
    @Override
    public void close() {
        phones.close();
        cluster.close(); // stops the AXL/RIS API and the CTI service too
    }

    /** How to start the demo; every setter returns the options. */
    public static final class Options {
        private String firstPhoneAddress = "127.0.10.1";
        private int phonePort = 8080;
        private String clusterFirstAddress = SimulatedCluster.DEFAULT_FIRST_ADDRESS;
        private int phoneCount = 20;
        private boolean fast;
        private String user = "voicebench";
        private final String password;

        /**
         * @param password the lab's password, for the phones and AXL/RIS
         * @throws IllegalArgumentException when it is empty
         */
        public Options(String password) {
            Objects.requireNonNull(password, "password");
            if (password.isEmpty()) {
                throw new IllegalArgumentException("the demo lab's password must be set");
            }
            this.password = password;
        }

        /** The first phone's address, 127.x.y.z (default 127.0.10.1). */
        public Options firstPhoneAddress(String address) {
            firstPhoneAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** The port every phone listens on (default 8080; free ports when busy; 0: free ports). */
        public Options phonePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            phonePort = port;
            return this;
        }

        /** The publisher's address (default {@value SimulatedCluster#DEFAULT_FIRST_ADDRESS}). */
        public Options clusterFirstAddress(String address) {
            clusterFirstAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /** Number of phones (default 20; at least 3: one current, two set apart). */
        public Options phoneCount(int count) {
            if (count < 3) {
                throw new IllegalArgumentException("the demo needs at least 3 phones, not " + count);
            }
            phoneCount = count;
            return this;
        }

        /** Short erase message (300 ms) and reboot (1 s) instead of 2 s and 10 s. */
        public Options fast(boolean value) {
            fast = value;
            return this;
        }

        /** The lab's user (default {@code voicebench}). */
        public Options user(String name) {
            user = Objects.requireNonNull(name, "name");
            return this;
        }

        private Options copy() {
            Options o = new Options(password);
            o.firstPhoneAddress = firstPhoneAddress;
            o.phonePort = phonePort;
            o.clusterFirstAddress = clusterFirstAddress;
            o.phoneCount = phoneCount;
            o.fast = fast;
            o.user = user;
            return o;
        }

        @Override
        public String toString() {
            return "DemoLab.Options[phones=" + phoneCount + " from " + firstPhoneAddress + ":" + phonePort
                    + ", cluster=" + clusterFirstAddress + ", fast=" + fast + ", user=" + user + "]";
        }
    }
}
