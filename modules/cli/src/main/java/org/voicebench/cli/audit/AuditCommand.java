package org.voicebench.cli.audit;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.report.AuditJson;
import org.voicebench.cli.Environment;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.cli.PhoneListCredentials;
import org.voicebench.cli.cti.CtiOptions;
import org.voicebench.cli.cti.CtiRun;
import org.voicebench.cli.text.Terminal;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.inventory.AddressRange;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.RangeScan;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.TrustList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: which phones no longer trust the cluster, and with {@code --fix}, erase their ITL and
 * prove they trust it again. Progress on stderr; the table (or {@code --json}) on stdout.
 */
@Command(name = "audit",
        sortOptions = false,
        description = {
            "Audits phones' trust in the cluster; --fix erases stale ITLs.",
            "Reads each phone's ITL state from its web pages and compares it with the current ITL of"
                    + " the phone's TFTP node (MATCH, MISMATCH, NOT_INSTALLED, UNKNOWN), saying for mismatches whether the"
                    + " phone recovers through TVS or needs its ITL deleted.",
            "With --fix, prints the plan (phones to erase, phones skipped, and why), asks for confirmation (or --yes),"
                    + " runs the built-in erase-itl macro on the planned phones, waits for them to come back and reads their"
                    + " ITL again: FIXED, STILL_MISMATCHED, DID_NOT_RETURN or NOT_ATTEMPTED.",
            "Phones come from exactly one of --phones, --range or --axl. The phones' password is read from "
                    + PasswordVariable.NAME + " (else asked on the terminal), never from the command line."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   every phone ends MATCH or FIXED",
            "  1   at least one phone does not trust the cluster (or the fix was not confirmed at the prompt)",
            "  2   input error: a cluster ITL, --known-itl or the phone list unreadable or invalid, a bad range, CUCM"
                    + " unreachable or refusing, the report or journal not writable, --fix without --yes and no terminal",
            " 64   usage error, including a missing password without a terminal to ask on"})
public final class AuditCommand implements Callable<Integer> {

    /** Probes a range scan sends a second by default: gentle on a voice VLAN. */
    static final String DEFAULT_SCAN_RATE = "20";
    /** How long Ctrl+C waits for a cancelled fix: phones stop within a key or two, then the read-back ends. */
    static final Duration SHUTDOWN_WAIT = Duration.ofMinutes(2);

    @Option(names = "--cluster-itl", required = true, arity = "1..*", paramLabel = "URL|FILE",
            description = "the cluster's current ITL, one per TFTP node: a file, http://NODE:6970/ITLFile.tlv or"
                    + " tftp://NODE/ITLFile.tlv; each phone is compared with its own TFTP node's")
    List<String> clusterItls = new ArrayList<>();

    @Option(names = "--phones", paramLabel = "CSV", description = "the phones: CSV address,model,name,group,user")
    Path phonesFile;

    @Option(names = "--range", paramLabel = "A-B",
            description = "scan an IPv4 range for phones (A-B, A-N or A/PREFIX), --scan-rate probes a second")
    String range;

    @Mixin
    AxlOptions axl = new AxlOptions();

    @Option(names = "--port", paramLabel = "N",
            description = "the phones' web port for --range and --axl (default " + PhoneAddress.DEFAULT_PORT + ")")
    Integer port;

    @Option(names = "--scan-rate", paramLabel = "N", defaultValue = DEFAULT_SCAN_RATE,
            description = "--range: new probes a second at most (default ${DEFAULT-VALUE})")
    double scanRate;

    @Option(names = "--user", paramLabel = "USER",
            description = "the phones' user (the CUCM end user associated with them) where the list names none; password"
                    + " from " + PasswordVariable.NAME + ", else asked on the terminal")
    String user;

    @Option(names = "--fix", description = "erase the ITL of the phones that need it (after the plan is confirmed)")
    boolean fix;

    @Option(names = "--yes", description = "--fix: confirm the plan without asking")
    boolean yes;

    @Option(names = "--erase-all", description = "--fix: erase every mismatched phone's ITL, also those a restart"
            + " would fix (by default phones the comparer says accept the cluster's ITL directly or through TVS are only"
            + " restarted, and erased only if that does not fix them)")
    boolean eraseAll;

    @Option(names = {"--accept-blind", "--allow-blind"}, description = "--fix: also erase phones whose erase keys would be"
            + " pressed blind with no guard: models whose screen cannot be read remotely (e.g. 69xx), and keys over CTI"
            + " not verified for CTI; without it they are skipped with that reason")
    boolean acceptBlind;

    @Option(names = "--fix-unknown", description = "--fix with CTI: also erase, over CTI, phones whose ITL cannot be read"
            + " because their web access is off: you assert that they hold a stale ITL (e.g. phones moved to this cluster)")
    boolean fixUnknown;

    @Mixin
    CtiOptions cti;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10",
            description = "phones probed (and erased) at once (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--report", paramLabel = "FILE",
            description = "write the report (replaced atomically): HTML with a chart, or CSV or JSON when FILE ends in"
                    + " .csv or .json")
    Path report;

    @Option(names = "--json", description = "print the report as JSON (voicebench-audit/1) on stdout and nothing else;"
            + " progress and the plan go to stderr")
    boolean json;

    @Option(names = "--known-itl", arity = "1..*", paramLabel = "FILE",
            description = "earlier ITLs of the cluster the phones may hold, so that a mismatch gets the comparer's verdict"
                    + " (recovers through TVS, or must be erased)")
    List<Path> knownItls = new ArrayList<>();

    @Option(names = "--journal", paramLabel = "FILE",
            description = "--fix: record each phone's erase in FILE (JSON lines) as it ends; a later run with the same"
                    + " journal does not erase those phones again")
    Path journal;

    @Option(names = "--return-timeout", paramLabel = "SECONDS",
            description = "--fix: how long to wait for an erased phone to come back with the cluster's ITL (default 360;"
                    + " 60 with --fast-sim)")
    Integer returnTimeout;

    @Option(names = "--fast-sim", description = "timings for the simulator's fast mode (phones restarting in about a"
            + " second): 100 ms between keys, the phones read again every 250 ms; not for real phones")
    boolean fastSim;

    @Option(names = "--wide", description = "do not cut long values to fit 120 columns")
    boolean wide;

    @Spec
    CommandSpec spec;

    private final Environment environment;

    public AuditCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        AuditSettings settings = settings();
        AxlOptions.Settings cucm = checkSource();
        CtiSettings ctiSettings = cti.settings(spec.commandLine());
        if (fixUnknown && !fix) {
            throw new ParameterException(spec.commandLine(), "--fix-unknown goes with --fix");
        }
        try {
            return run(settings, cucm, ctiSettings);
        } catch (InputError e) {
            err().println(name() + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (InterruptedException e) { // before any phone was touched: during discovery or the assessment
            Thread.currentThread().interrupt();
            err().println(name() + ": cancelled before the audit ended; no phone was touched");
            return ExitCodes.NOT_OK;
        }
    }

    private int run(AuditSettings settings, AxlOptions.Settings cucm, CtiSettings ctiSettings)
            throws InputError, InterruptedException {
        ReportFile reportFile = report == null ? null : new ReportFile(report);
        if (reportFile != null) {
            reportFile.checkFolder();
        }
        if (journal != null) {
            ReportFile.checkFolder(journal, "journal");
        }
        ClusterItls cluster = FleetInputs.clusterItls(clusterItls);
        List<TrustList> known = FleetInputs.knownItls(knownItls);
        Console console = System.console();
        PrintWriter info = json ? err() : out();
        PhoneClientSettings clientSettings = PhoneClientSettings.defaults().withMaxConnections(Math.max(64, concurrency));
        Fleet fleet = fleet(cucm, console, clientSettings, info);
        List<PhoneEntry> phones = fleet.phones();
        Instant started = Instant.now();
        AuditProgress progress = new AuditProgress(err());
        try (PhoneClient client = new PhoneClient(clientSettings, fleet.credentials()); AxlOptions.Cucm link = fleet.cucm()) {
            // phones from CUCM: it explains refused credentials, restarts phones without keys, and shows registrations
            AuditCucm fromCucm = link == null ? AuditCucm.none() : new AuditCucm(link::restart,
                    link.authenticationUrls(err()).orElse(null), link.registrations(FleetInputs.deviceNames(phones)));
            FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), settings, fromCucm);
            List<PhoneAudit> found = audit.assess(phones, cluster, known, progress);
            AuditReport result;
            if (!fix) {
                result = audit.report(started, cluster, found);
            } else {
                FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), PlanOptions.defaults().withEraseAll(eraseAll)
                        .withBlindAccepted(acceptBlind).withRestartByCucm(link != null).withCti(ctiSettings != null)
                        .withFixUnknown(fixUnknown));
                new AuditTable(info, width()).plan(plan);
                if (!plan.acting().isEmpty() && !yes && !confirmed(console, plan)) {
                    info.println(name() + ": not confirmed; no phone was touched");
                    info.flush();
                    result = audit.report(started, cluster, found);
                } else {
                    // the shutdown waits for the cancelled run, its journal and the report
                    boolean ctiNeeded = ctiSettings != null
                            && (!plan.overCti().isEmpty() || cti.mode(spec.commandLine()) != TransportMode.WEB);
                    List<String> overCti = plan.overCti().stream().map(i -> KeyRoutes.deviceName(i.phone().phone()))
                            .flatMap(java.util.Optional::stream).toList();
                    try (CtiRun ctiFix = ctiNeeded ? CtiRun.open(cti, ctiSettings, overCti, link, environment, console,
                            spec.commandLine(), err()) : CtiRun.none(cti, spec.commandLine());
                            CancelOnShutdown cancel = new CancelOnShutdown(Thread.currentThread(), SHUTDOWN_WAIT)) {
                        return finish(fix(audit, started, cluster, found, plan, progress, ctiFix.routes()), reportFile);
                    }
                }
            }
            return finish(result, reportFile);
        }
    }

    /** The phones to audit, their credentials, and the CUCM they came from (null for a CSV or a range). */
    private record Fleet(List<PhoneEntry> phones, CredentialsProvider credentials, AxlOptions.Cucm cucm) {
    }

    /** The phones from the one source given; passwords are asked before a scan or discovery that may take minutes. */
    private Fleet fleet(AxlOptions.Settings cucm, Console console, PhoneClientSettings clientSettings, PrintWriter info)
            throws InputError, InterruptedException {
        List<PhoneEntry> phones;
        CredentialsProvider credentials;
        AxlOptions.Cucm link = null;
        if (phonesFile != null) {
            phones = FleetInputs.csvPhones(phonesFile);
            credentials = PhoneListCredentials.of(phones, user, phonesFile.toString(), u -> PasswordVariable.requireOrAsk(
                    environment, PasswordVariable.NAME, "--user", u, console, spec.commandLine()), spec.commandLine());
        } else {
            requireUser();
            AddressRange addresses = range == null ? null : addressRange();
            // both passwords are asked before a scan or discovery that may take minutes
            char[] axlPassword = cucm == null ? null : AxlOptions.password(cucm, environment, console, spec.commandLine());
            char[] phonePassword = PasswordVariable.requireOrAsk(environment, PasswordVariable.NAME, "--user", user,
                    console, spec.commandLine());
            try {
                link = cucm == null ? null : AxlOptions.connect(cucm, axlPassword);
                phones = link != null ? AxlOptions.discover(link, webPort(), err()) : scan(addresses, clientSettings);
                if (phones.isEmpty()) {
                    throw new InputError(cucm != null ? "CUCM " + cucm.host() + " lists no phone with an address to audit"
                            : "no phone answered in " + range + " on port " + webPort(), null);
                }
                credentials = PhoneListCredentials.of(phones, user, source(), u -> phonePassword.clone(),
                        spec.commandLine());
            } catch (InputError | InterruptedException | RuntimeException e) {
                if (link != null) {
                    link.close();
                }
                throw e;
            } finally {
                Arrays.fill(phonePassword, '\0');
            }
            info.println(phones.size() + " phone(s) found" + (cucm != null ? " by CUCM " + cucm.host() : " in " + range));
            info.flush();
        }
        return new Fleet(phones, credentials, link);
    }

    /** Runs the confirmed plan; the report is returned also when cancelled (Ctrl+C), saying what each phone reached. */
    private AuditReport fix(FleetAudit audit, Instant started, ClusterItls cluster, List<PhoneAudit> found, FixPlan plan,
            AuditProgress progress, KeyRoutes keys) throws InputError {
        try {
            AuditReport r = audit.fix(started, cluster, found, plan, progress, keys);
            if (Thread.interrupted()) {
                progress.line(name() + ": cancelled; phones in progress stopped at their next step");
            }
            return r;
        } catch (IOException e) {
            throw new InputError("--journal cannot be used: " + e.getMessage(), e);
        }
    }

    private int finish(AuditReport result, ReportFile reportFile) throws InputError {
        if (json) {
            out().print(AuditJson.write(result));
            out().flush();
        } else {
            new AuditTable(out(), width()).phones(result);
        }
        if (reportFile != null) {
            reportFile.write(result);
        }
        return result.allTrusted() ? ExitCodes.OK : ExitCodes.NOT_OK;
    }

    private boolean confirmed(Console console, FixPlan plan) throws InputError {
        String what = AuditTable.actions(plan);
        if (console == null) {
            throw new InputError("--fix would " + what + ": add --yes to confirm (there is no terminal to ask on);"
                    + " nothing was touched", null);
        }
        String answer = console.readLine("%s%s? [y/N] ", what.substring(0, 1).toUpperCase(java.util.Locale.ROOT),
                what.substring(1));
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** The audit's timings from the options; a value out of range is a usage error. */
    private AuditSettings settings() {
        if (concurrency < 1 || concurrency > 1000) {
            throw usage("--concurrency must be 1..1000, not " + concurrency);
        }
        if (yes && !fix) {
            throw usage("--yes confirms --fix: give --fix too");
        }
        if (journal != null && !fix) {
            throw usage("--journal records the erases of --fix: give --fix too");
        }
        AuditSettings s = (fastSim ? AuditSettings.fastSimulator() : AuditSettings.defaults()).withConcurrency(concurrency);
        if (returnTimeout != null) {
            if (returnTimeout < 1 || returnTimeout > 3600) {
                throw usage("--return-timeout must be 1..3600 seconds, not " + returnTimeout);
            }
            s = s.withReturn(Duration.ofSeconds(returnTimeout), s.returnPoll());
        }
        return journal == null ? s : s.withJournal(journal);
    }

    /** Exactly one phone source, and options that fit it. */
    private AxlOptions.Settings checkSource() {
        int sources = (phonesFile != null ? 1 : 0) + (range != null ? 1 : 0) + (axl.given() ? 1 : 0);
        if (sources != 1) {
            throw usage("give exactly one of --phones CSV, --range A-B or --axl HOST (" + (sources == 0 ? "none" : sources)
                    + " given)");
        }
        if (port != null && phonesFile != null) {
            throw usage("--port is for --range and --axl; the addresses in " + phonesFile + " carry their own port");
        }
        if (port != null && (port < 1 || port > 65535)) {
            throw usage("--port must be 1..65535, not " + port);
        }
        if (range != null && !(scanRate >= 0.1 && scanRate <= 1000)) {
            throw usage("--scan-rate must be 0.1..1000 probes a second, not " + scanRate);
        }
        return axl.settings(spec.commandLine());
    }

    private void requireUser() {
        if (user == null) {
            throw usage((range != null ? "--range" : "--axl") + " finds phones without a user: give --user (the phones'"
                    + " user; password from " + PasswordVariable.NAME + ")");
        }
    }

    private AddressRange addressRange() throws InputError {
        try {
            return AddressRange.parse(range);
        } catch (IllegalArgumentException e) {
            throw new InputError("--range " + e.getMessage(), e);
        }
    }

    private List<PhoneEntry> scan(AddressRange r, PhoneClientSettings clientSettings) throws InterruptedException {
        err().println("scanning " + r.size() + " address(es) of " + r + " on port " + webPort() + ", at most "
                + BigDecimal.valueOf(scanRate).stripTrailingZeros().toPlainString() + " a second");
        err().flush();
        try (PhoneClient anonymous = new PhoneClient(clientSettings, CredentialsProvider.none())) {
            RangeScan scan = new RangeScan(anonymous, webPort(), Math.min(256, concurrency), scanRate,
                    clientSettings.connectTimeout().plus(clientSettings.responseTimeout()));
            return scan.scan(r, e -> { }).phones();
        }
    }

    private String source() {
        return range != null ? "--range " + range : "--axl " + axl.host;
    }

    private int webPort() {
        return port == null ? PhoneAddress.DEFAULT_PORT : port;
    }

    private int width() {
        return Terminal.width(wide);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String name() {
        return spec.qualifiedName();
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
