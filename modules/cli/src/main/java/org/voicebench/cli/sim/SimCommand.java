package org.voicebench.cli.sim;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.voicebench.cli.Environment;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.cli.UsageExitCode;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.capture.PhoneCapture;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.FaultSpec;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.ReplayPhone;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sim --phones N ...}: a lab of simulated Cisco IP phones on loopback, running until
 * stopped. Prints the inventory ({@code address,model,name,mac}) so that scripts and the
 * {@code phone} command can find the phones.
 * With {@code --cluster NODES} a simulated CUCM cluster runs next to them (see
 * {@link ClusterOptions}); the phones get its ITL first, then {@code --scenario} changes the cluster.
 * With {@code --replay FILE.zip} it serves one captured real phone instead (see {@link ReplayOptions}).
 */
@Command(name = "sim",
        sortOptions = false,
        description = {
            "Runs a lab of simulated Cisco IP phones on loopback until stopped (Ctrl+C, SIGTERM).",
            "Each phone gets its own address from --first-ip upwards (127.x.y.z; all phones share 127.0.0.1 on "
                    + "consecutive ports where such addresses cannot be bound). Prints the CSV inventory "
                    + "address,model,name,mac on stdout, or writes it to --inventory.",
            "Information pages (DeviceInformationX, NetworkConfigurationX, ModeInfo) answer anyone. Execute and "
                    + "Screenshot need the --user credentials, the password read from " + PasswordVariable.NAME
                    + "; without --user the lab knows no user and answers them with Error 4.",
            "With --cluster, a simulated CUCM cluster runs too, each node on its own address from --cluster-ip: "
                    + "CallManager on 5061 and 2443, TVS on 2445, CAPF on 3804 (publisher), tomcat on 8443, ITL/CTL "
                    + "over HTTP 6970 and TFTP (--tftp-port). The phones get its ITL at start; --scenario then changes "
                    + "the cluster, so the phones hold a stale ITL until it is erased on them. Each node's endpoints "
                    + "are printed with the summary, and the cluster's lab CTI service (CTI Manager host ADDRESS:PORT; "
                    + "--user is its application user, controlling every phone) with the path of the lab stand-in "
                    + "for Cisco JTAPI that reaches it.",
            "With --replay FILE.zip (made by 'voicebench-cli phone capture'), serves that real phone's captured pages "
                    + "instead of a lab, read-only, on --address (default " + ReplayOptions.DEFAULT_ADDRESS + ") and --port: "
                    + "prints ADDRESS:PORT on stdout and the pages it serves on stderr."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   the lab ran until --duration ended",
            "  1   the lab could not start (e.g. address in use) or write --inventory;",
            "      with --replay: the capture could not be read or served",
            "  2   usage error, including --user without " + PasswordVariable.NAME + " set",
            "  Stopped by Ctrl+C or SIGTERM, the lab closes cleanly and the shell sees 130 or 143, as for any Java program."})
public final class SimCommand implements Callable<Integer>, UsageExitCode {

    /** One of each model family, mixed: the lab used when --models is not given. */
    static final String DEFAULT_MODELS_TEXT = "7965,8845,7841,7975,8861,7941";
    static final List<String> DEFAULT_MODELS = List.of(DEFAULT_MODELS_TEXT.split(","));
    /** More phones than this is a typo, not a lab (1,000 start in seconds; see BENCHMARKS.md). */
    static final int MAX_PHONES = 10_000;

    static final int FAILED = 1;
    static final int USAGE = 2;

    @Option(names = "--phones", paramLabel = "N", description = "how many phones (1.." + MAX_PHONES + "); required unless --replay")
    Integer phones;

    @Option(names = "--models", paramLabel = "MODEL", split = ",",
            description = "models, cycled over the phones, e.g. 7965,8845 (default: one of each family, "
                    + DEFAULT_MODELS_TEXT + ")")
    List<String> models;

    @Option(names = "--first-ip", paramLabel = "ADDRESS", defaultValue = "127.0.10.1",
            description = "the first phone's address, in 127.0.0.0/8 (default: ${DEFAULT-VALUE})")
    String firstIp;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "port every phone listens on; 0: a free port per phone (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--user", paramLabel = "USER",
            description = "the user the phones accept for Execute and Screenshot; password from " + PasswordVariable.NAME)
    String user;

    @Option(names = "--faults", paramLabel = "SPEC",
            description = "conditions to simulate, e.g. weblock=0.1,slow=200ms,latency=300ms (names: weblock, settingslock, "
                    + "restricted, authfail, httpsauth, french, ctirefuse, personaloff, busy, hostile, unlock, latency, slow, error, drop, seed)")
    String faults;

    @Option(names = "--inventory", paramLabel = "FILE.csv",
            description = "write the inventory to FILE (replaced atomically) and print a one-line summary instead")
    String inventory;

    @Option(names = "--duration", paramLabel = "SECONDS",
            description = "stop by itself after SECONDS (for scripts and tests; default: run until stopped)")
    Integer durationSeconds;

    @Mixin
    ClusterOptions cluster = new ClusterOptions();

    @Mixin
    ReplayOptions replay = new ReplayOptions();

    @Spec
    CommandSpec spec;

    private final Environment environment;
    /** The --user's password, also the lab CTI application user's. */
    private String password;

    public SimCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        replay.check(spec.commandLine());
        if (replay.requested()) {
            return replay();
        }
        PhoneLab.Builder builder = labBuilder();
        SimulatedCluster.Builder clusterBuilder = cluster.builder(spec.commandLine());
        ClusterScenario scenario = cluster.scenario(spec.commandLine());
        Path inventoryFile = inventoryFile();
        Duration limit = duration();
        SimulatedCluster sim = null;
        PhoneLab lab;
        SimulatedCti cti = null;
        try {
            if (clusterBuilder != null) {
                sim = clusterBuilder.start();
                builder.simulatedCluster(sim);
            }
            lab = builder.start();
            if (sim != null) {
                cti = startCti(sim, lab);
            }
        } catch (IOException e) {
            closeCluster(sim);
            err().println(spec.qualifiedName() + ": cannot start the " + (sim == null && clusterBuilder != null ? "cluster" : "lab")
                    + ": " + e.getMessage());
            return FAILED;
        } catch (IllegalArgumentException e) {
            closeCluster(sim);
            // what the lab refuses that the checks above did not catch (e.g. not enough addresses after --first-ip)
            throw usage(e.getMessage());
        }
        if (sim != null && scenario != null) {
            // after the phones got the baseline ITL: now they hold yesterday's
            sim.apply(scenario);
        }
        SimulatedCluster running = sim;
        try {
            announce(lab, running, cti, inventoryFile, limit);
        } catch (IOException e) {
            lab.close();
            closeCluster(running);
            err().println(spec.qualifiedName() + ": cannot write the inventory " + inventoryFile + ": " + e.getMessage());
            return FAILED;
        }
        RunUntilStopped.await(limit, reason -> {
            lab.close();
            closeCluster(running);
            err().println(spec.qualifiedName() + ": " + lab.phones().size() + " phones "
                    + (running == null ? "" : "and the " + running.nodes().size() + "-node cluster ") + "stopped ("
                    + reason.name().toLowerCase(Locale.ROOT) + ")");
        });
        return 0;
    }

    /** {@code --replay}: one captured phone served until stopped; its address on stdout, what it serves on stderr. */
    private int replay() {
        Path file = replay.file(spec.commandLine());
        InetSocketAddress where = replay.address(checkedPort(), spec.commandLine());
        Duration limit = duration();
        PhoneCapture capture;
        try {
            capture = PhoneCapture.read(file);
        } catch (IOException e) {
            err().println(spec.qualifiedName() + ": cannot read the capture: " + e.getMessage());
            return FAILED;
        }
        ReplayPhone phone;
        try {
            phone = ReplayPhone.start(capture, where);
        } catch (IOException e) {
            err().println(spec.qualifiedName() + ": cannot start the replay on " + where.getAddress().getHostAddress() + ":"
                    + where.getPort() + ": " + e.getMessage());
            return FAILED;
        }
        out().println(phone.hostAndPort());
        out().flush();
        for (String line : ReplayOptions.describe(phone, file, limit)) {
            err().println(spec.qualifiedName() + ": " + line);
        }
        err().flush();
        RunUntilStopped.await(limit, reason -> {
            phone.close();
            err().println(spec.qualifiedName() + ": replay of " + file + " stopped (" + reason.name().toLowerCase(Locale.ROOT) + ")");
        });
        return 0;
    }

    /** The cluster's lab CTI service; the phones are closed when it cannot start. */
    private SimulatedCti startCti(SimulatedCluster sim, PhoneLab lab) throws IOException {
        try {
            return LabCti.start(sim, lab, user, password);
        } catch (IOException | RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private static void closeCluster(SimulatedCluster sim) {
        if (sim != null) {
            sim.close();
        }
    }

    /** The lab as asked for, every argument checked (usage errors) before anything is bound. */
    private PhoneLab.Builder labBuilder() {
        if (phones == null) {
            throw usage("give --phones N for a lab of simulated phones, or --replay FILE.zip to serve a captured phone");
        }
        if (phones < 1 || phones > MAX_PHONES) {
            throw usage("--phones must be between 1 and " + MAX_PHONES + ", not " + phones);
        }
        // loopback only: the simulated phones must never be reachable from the network
        LoopbackAddress.check("--first-ip", firstIp, spec.commandLine());
        PhoneLab.Builder b = PhoneLab.builder().firstAddress(firstIp).port(checkedPort());
        List<String> cycle = models == null || models.isEmpty() ? DEFAULT_MODELS : models;
        ModelProfiles profiles = ModelProfiles.builtIn();
        for (String m : cycle) {
            try {
                profiles.forModel(m.trim());
            } catch (IllegalArgumentException e) {
                throw usage("--models: " + e.getMessage());
            }
        }
        for (int i = 0; i < phones; i++) {
            b.add(1, cycle.get(i % cycle.size()).trim());
        }
        if (faults != null) {
            try {
                b.faults(FaultSpec.parse(faults));
            } catch (IllegalArgumentException e) {
                throw usage("--faults: " + e.getMessage());
            }
        }
        if (user != null) {
            if (user.isBlank() || user.indexOf(':') >= 0) {
                throw usage("--user must be a non-empty name without ':' (HTTP Basic authentication)");
            }
            password = PasswordVariable.require(environment, user, spec.commandLine());
            b.user(user, password);
        }
        return b;
    }

    private int checkedPort() {
        if (port < 0 || port > 65535) {
            throw usage("--port must be between 0 and 65535, not " + port);
        }
        return port;
    }

    private Path inventoryFile() {
        if (inventory == null) {
            return null;
        }
        Path file;
        try {
            file = Path.of(inventory);
        } catch (InvalidPathException e) {
            throw usage("--inventory: not a file name: " + e.getMessage());
        }
        if (file.getFileName() == null || Files.isDirectory(file)) {
            throw usage("--inventory: " + inventory + " is a folder; give a file name, e.g. " + file.resolve("lab.csv"));
        }
        return file;
    }

    private Duration duration() {
        if (durationSeconds == null) {
            return null;
        }
        if (durationSeconds < 1) {
            throw usage("--duration must be at least 1 second, not " + durationSeconds);
        }
        return Duration.ofSeconds(durationSeconds);
    }

    /** The inventory on stdout, or in the file with a summary on stdout; flushed, as the lab now runs for long. */
    private void announce(PhoneLab lab, SimulatedCluster sim, SimulatedCti cti, Path file, Duration limit)
            throws IOException {
        String csv = lab.inventoryCsv();
        String where = lab.loopbackAliases()
                ? "from " + lab.phone(0).hostAndPort()
                : "on 127.0.0.1, ports from " + lab.phone(0).address().getPort() + " (127.x.y.z cannot be bound here)";
        String summary = lab.phones().size() + " simulated phones " + where
                + (user == null ? ", no user (Execute and Screenshot answer Error 4)" : ", user " + user)
                + (limit == null ? "; stop with Ctrl+C" : "; stops after " + limit.toSeconds() + " s (or Ctrl+C)");
        PrintWriter talk;
        if (file == null) {
            out().print(csv);
            out().flush();
            talk = err();
            talk.println(spec.qualifiedName() + ": " + summary);
        } else {
            AtomicFiles.write(file, csv.getBytes(StandardCharsets.UTF_8));
            talk = out();
            talk.println(spec.qualifiedName() + ": " + summary + "; inventory in " + file);
        }
        if (sim != null) {
            for (String line : ClusterOptions.describe(sim)) {
                talk.println(spec.qualifiedName() + ": " + line);
            }
            for (String line : LabCti.describe(cti, user)) {
                talk.println(spec.qualifiedName() + ": " + line);
            }
        }
        talk.flush();
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public int usageExitCode() {
        return USAGE;
    }
}
