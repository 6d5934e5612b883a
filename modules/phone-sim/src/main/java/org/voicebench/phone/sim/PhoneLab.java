package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * Many simulated Cisco IP phones in one process, each with its own loopback address
 * ({@code 127.0.x.y}) or, where binding those fails, its own port on 127.0.0.1. Start one with
 * {@link #builder()}; {@link #close()} stops every phone (bounded).
 *
 * <pre>{@code
 * try (PhoneLab lab = PhoneLab.builder().user("admin", "secret").add(2, "7965").add(1, "8845").start()) {
 *     SimulatedPhone p = lab.phone(0);   // p.hostAndPort(), p.screen(), p.hasItl(), ...
 * }
 * }</pre>
 */
public final class PhoneLab implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PhoneLab.class.getName());
    /** The TFTP server phones name without a simulated cluster: the standard lab cluster's publisher. */
    private static final String DEFAULT_TFTP_SERVER = "cucm-pub.lab.example.com";

    private final List<SimulatedPhone> phones;
    private final LabRuntime runtime;
    private final boolean aliases;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PhoneLab(List<SimulatedPhone> phones, LabRuntime runtime, boolean aliases) {
        this.phones = List.copyOf(phones);
        this.runtime = runtime;
        this.aliases = aliases;
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<SimulatedPhone> phones() {
        return phones;
    }

    public SimulatedPhone phone(int index) {
        return phones.get(index);
    }

    /** True when each phone has its own 127.x.y.z; false when they share 127.0.0.1 on distinct ports. */
    public boolean loopbackAliases() {
        return aliases;
    }

    /** {@code address,model,name,mac} lines with a header, for the CLI's inventory. */
    public String inventoryCsv() {
        StringBuilder b = new StringBuilder("address,model,name,mac\n");
        for (SimulatedPhone p : phones) {
            b.append(p.hostAndPort()).append(',').append(p.modelNumber()).append(',').append(p.name()).append(',')
                    .append(p.mac()).append('\n');
        }
        return b.toString();
    }

    /** Stops every phone's server and the lab's threads; waits at most a few seconds. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        runtime.timers.shutdownNow();
        List<Future<?>> stops = new ArrayList<>();
        for (SimulatedPhone p : phones) {
            stops.add(runtime.workers.submit(p::stop));
        }
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        for (Future<?> f : stops) {
            try {
                f.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException e) {
                LOG.log(Level.WARNING, "a simulated phone did not stop cleanly", e);
            }
        }
        runtime.workers.shutdownNow();
        try {
            if (!runtime.workers.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("phone lab worker threads still running after 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings of a lab; every setter returns the builder. */
    public static final class Builder {
        private record Group(int count, String model, PhoneConditions conditions) {
        }

        private final List<Group> groups = new ArrayList<>();
        private final Map<String, String> users = new LinkedHashMap<>();
        private ModelProfiles profiles;
        private FaultSpec faults = FaultSpec.none();
        private String firstAddress = "127.0.10.1";
        private boolean sharedAddress;
        private int port;
        private Duration eraseMessageTime = Duration.ofSeconds(2);
        private Duration rebootTime = Duration.ofSeconds(10);
        private LabCluster cluster;
        private long clusterSeed = 1;
        private boolean withCtl = true;
        private byte[] itl;
        private byte[] ctl;
        private boolean trustGiven;
        private Supplier<byte[]> itlSource;
        private Supplier<byte[]> ctlSource;
        private SimulatedCluster attached;
        private int workerThreads = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        private long macBase = 0x00BE75000000L;

        private Builder() {
        }

        /** Adds phones of a model ("7965", "CP-8845", ...) whose conditions come from the lab's fault spec. */
        public Builder add(int count, String model) {
            return add(count, model, null);
        }

        /** Adds phones of a model with the given conditions (the fault spec does not apply to them). */
        public Builder add(int count, String model, PhoneConditions conditions) {
            if (count < 0) {
                throw new IllegalArgumentException("phone count must not be negative: " + count);
            }
            groups.add(new Group(count, Objects.requireNonNull(model, "model"), conditions));
            return this;
        }

        /** A user allowed on every phone (Basic authentication); others get Error 4. */
        public Builder user(String name, String password) {
            users.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(password, "password"));
            return this;
        }

        /** The model profiles to read (default: phone-core's built-in profiles). */
        public Builder profiles(ModelProfiles value) {
            profiles = value;
            return this;
        }

        /** Conditions of the phones added without their own (see {@link FaultSpec}). */
        public Builder faults(FaultSpec spec) {
            faults = Objects.requireNonNull(spec, "spec");
            return this;
        }

        /** The first phone's address, 127.x.y.z (default 127.0.10.1). */
        public Builder firstAddress(String address) {
            firstAddress = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Puts every phone on 127.0.0.1, each on its own port ({@code port + i}, or a free port when the
         * port is 0): for systems where only 127.0.0.1 is a loopback address (macOS), and chosen
         * automatically when the first address cannot be bound.
         */
        public Builder sharedAddress() {
            sharedAddress = true;
            return this;
        }

        /** The port every phone listens on (default 0: a free port per phone). */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            port = value;
            return this;
        }

        /** How long the message of an erase (or of another reset) shows before the restart (default 2 s). */
        public Builder eraseMessageTime(Duration value) {
            eraseMessageTime = Objects.requireNonNull(value, "value");
            return this;
        }

        /** How long a restart lasts: the phone accepts connections and answers nothing (default 10 s). */
        public Builder rebootTime(Duration value) {
            rebootTime = Objects.requireNonNull(value, "value");
            return this;
        }

        /** The lab cluster whose ITL (and CTL) the phones hold (default {@code LabCluster.standard(clusterSeed)}). */
        public Builder cluster(LabCluster value) {
            cluster = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Seed of the default lab cluster (default 1). */
        public Builder clusterSeed(long seed) {
            clusterSeed = seed;
            return this;
        }

        /** Whether the phones hold the cluster's CTL too (mixed mode; default true). */
        public Builder withCtl(boolean value) {
            withCtl = value;
            return this;
        }

        /** Installs these exact files instead of the cluster's (null: none); detaches a simulated cluster. */
        public Builder trustFiles(byte[] itlBytes, byte[] ctlBytes) {
            attached = null;
            itl = itlBytes == null ? null : itlBytes.clone();
            ctl = ctlBytes == null ? null : ctlBytes.clone();
            trustGiven = true;
            return this;
        }

        /**
         * What the phones' TFTP server serves as {@code ITLFile.tlv} (null: none, a restarted phone keeps what it
         * holds); detaches a simulated cluster.
         */
        public Builder itlSource(Supplier<byte[]> source) {
            attached = null;
            itlSource = source;
            return this;
        }

        /**
         * What the phones' TFTP server serves as {@code CTLFile.tlv} (mixed mode; null: none); detaches a
         * simulated cluster.
         */
        public Builder ctlSource(Supplier<byte[]> source) {
            attached = null;
            ctlSource = source;
            return this;
        }

        /**
         * Attaches the phones to a running simulated cluster: phone i belongs to the node
         * {@link SimulatedCluster#phoneNode} names (its TFTP server), is installed with the ITL that
         * node served at the cluster's start (and, in mixed mode, the CTL), and at each restart asks that
         * node for its current files, installing the ITL as a phone would ({@code ItlUpdateRule}: always
         * after an erase, otherwise only when what it holds lets it trust the new one). So after a
         * {@link ClusterScenario} switch the phones hold yesterday's ITL until they restart or are erased. Replaces earlier {@link #trustFiles},
         * {@link #itlSource} and {@link #ctlSource} settings (a later call of those detaches the cluster).
         */
        public Builder simulatedCluster(SimulatedCluster value) {
            attached = Objects.requireNonNull(value, "value");
            return this;
        }

        /** Threads answering requests, shared by all phones. */
        public Builder workerThreads(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("at least one worker thread: " + value);
            }
            workerThreads = value;
            return this;
        }

        /** The first MAC address (48 bits); phone i gets base + i (default 00BE75000000). */
        public Builder macBase(long value) {
            macBase = value & 0xFFFFFFFFFFFFL;
            return this;
        }

        /**
         * Binds every phone whose web access is on.
         *
         * @throws IOException when a phone cannot listen (the phones started so far are stopped)
         * @throws IllegalArgumentException for an unknown model or a non-loopback first address
         */
        public PhoneLab start() throws IOException {
            ModelProfiles source = profiles != null ? profiles : ModelProfiles.builtIn();
            List<ModelProfile> models = new ArrayList<>();
            List<PhoneConditions> conditions = new ArrayList<>();
            for (Group g : groups) {
                ModelProfile p = source.forModel(g.model());
                for (int i = 0; i < g.count(); i++) {
                    conditions.add(g.conditions() != null ? g.conditions() : faults.forPhone(models.size()));
                    models.add(p);
                }
            }
            if (!trustGiven && attached == null) {
                LabCluster c = cluster != null ? cluster : LabCluster.standard(clusterSeed);
                Instant t = Instant.parse("2026-01-02T00:00:00Z");
                itl = c.itl(c.publisher(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, t);
                ctl = withCtl ? c.ctl(DigestAlgorithm.SHA1, t) : null;
            }
            InetAddress first = LoopbackAddresses.parse(firstAddress);
            boolean aliases = LoopbackAddresses.ownAddresses(first, sharedAddress,
                    "the phones share 127.0.0.1 on distinct ports");
            ExecutorService workers = Executors.newFixedThreadPool(workerThreads, threads("phone-lab-worker"));
            ScheduledExecutorService timers = Executors.newScheduledThreadPool(2, threads("phone-lab-timer"));
            LabRuntime runtime = new LabRuntime(workers, timers, users, eraseMessageTime, rebootTime);
            List<SimulatedPhone> phones = new ArrayList<>(models.size());
            try {
                for (int i = 0; i < models.size(); i++) {
                    InetSocketAddress address = address(first, aliases, i, conditions.get(i).webAccess());
                    ClusterNode node = attached == null ? null : attached.phoneNode(i);
                    SimulatedPhone p = new SimulatedPhone(i, models.get(i), String.format("%012X", macBase + i),
                            String.valueOf(10000 + i), address, conditions.get(i), tftp(node), runtime);
                    p.installItl(node == null ? itl : attached.baselineItl(node.name()));
                    p.installCtl(node == null ? ctl : attached.baselineCtl());
                    phones.add(p);
                }
                startAll(phones, workers);
                return new PhoneLab(phones, runtime, aliases);
            } catch (IOException | RuntimeException e) {
                new PhoneLab(phones, runtime, aliases).close();
                throw e;
            }
        }

        private SimulatedPhone.Tftp tftp(ClusterNode node) {
            if (node == null) {
                return new SimulatedPhone.Tftp(DEFAULT_TFTP_SERVER, sources(itlSource, ctlSource), ctlSource != null);
            }
            SimulatedCluster c = attached;
            return new SimulatedPhone.Tftp(node.fqdn(), file -> c.file(node.name(), file), c.mixedMode());
        }

        /** A TFTP server without a cluster: {@code ITLFile.tlv} and {@code CTLFile.tlv} from the sources, nothing else. */
        private static Function<String, byte[]> sources(Supplier<byte[]> itl, Supplier<byte[]> ctl) {
            return file -> {
                Supplier<byte[]> source = file.equalsIgnoreCase(TftpFileNames.ITL_FILE) ? itl
                        : file.equalsIgnoreCase(TftpFileNames.CTL_FILE) ? ctl : null;
                return source == null ? null : source.get();
            };
        }

        private InetSocketAddress address(InetAddress first, boolean aliases, int i, boolean web) throws IOException {
            InetAddress host = aliases ? LoopbackAddresses.nth(first, i) : InetAddress.getLoopbackAddress();
            int p = port;
            if (!aliases && port != 0) {
                p = port + i;
            }
            if (p == 0 && !web) {
                // nothing will listen: take a port free now so the address refuses connections
                p = LoopbackAddresses.freePort(host);
            }
            return new InetSocketAddress(host, p);
        }

        /** Binds in parallel (1,000 servers one by one would take seconds). */
        private static void startAll(List<SimulatedPhone> phones, ExecutorService workers) throws IOException {
            List<Future<?>> started = new ArrayList<>();
            for (SimulatedPhone p : phones) {
                started.add(workers.submit(() -> {
                    p.start();
                    return null;
                }));
            }
            for (int i = 0; i < started.size(); i++) {
                try {
                    started.get(i).get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    throw new IOException("simulated phone " + phones.get(i).name() + " cannot listen on "
                            + phones.get(i).hostAndPort() + ": " + c.getMessage(), c);
                } catch (TimeoutException e) {
                    throw new IOException("simulated phone " + phones.get(i).name() + " did not start within 30 s", e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while starting the phone lab", e);
                }
            }
        }

        private static ThreadFactory threads(String prefix) {
            AtomicInteger n = new AtomicInteger();
            return r -> {
                Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            };
        }
    }
}
