package org.voicebench.cli.readiness;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.voicebench.audit.AuditCucm;
import org.voicebench.audit.AuditSettings;
import org.voicebench.audit.ClusterItls;
import org.voicebench.audit.FleetAudit;
import org.voicebench.audit.PlanOptions;
import org.voicebench.certcheck.ChangeForecast;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.cli.Environment;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.cli.PhoneListCredentials;
import org.voicebench.cli.audit.AxlOptions;
import org.voicebench.cli.audit.CancelOnShutdown;
import org.voicebench.cli.audit.FleetInputs;
import org.voicebench.cli.audit.InputError;
import org.voicebench.cli.audit.ReportFile;
import org.voicebench.cli.cti.CtiOptions;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.ProductSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.readiness.AccessCampaign;
import org.voicebench.readiness.AccessReader;
import org.voicebench.readiness.AccessTarget;
import org.voicebench.readiness.CampaignJournal;
import org.voicebench.readiness.CampaignListener;
import org.voicebench.readiness.CampaignPlan;
import org.voicebench.readiness.CampaignResult;
import org.voicebench.readiness.CampaignSettings;
import org.voicebench.readiness.CucmAccess;
import org.voicebench.readiness.CucmPhones;
import org.voicebench.readiness.PhoneTakeCheck;
import org.voicebench.readiness.PlannedChange;
import org.voicebench.readiness.ReadinessCheck;
import org.voicebench.readiness.ReadinessInputException;
import org.voicebench.readiness.ReadinessListener;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.readiness.report.ReadinessJson;
import org.voicebench.trust.TrustList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code readiness}: before a certificate change, how each phone could be fixed afterwards; {@code --prepare} turns on
 * Web and Settings Access where phones lack it (journalled first), {@code --restore JOURNAL} puts them back.
 */
@Command(name = "readiness",
        sortOptions = false,
        description = {
            "Before a certificate change: which phones could only be fixed by a factory reset afterwards.",
            "For each phone: registered (RIS), Web and Settings Access (AXL getPhone, cross-checked with its page), the"
                    + " Authentication URL, its ITL today, what the comparer predicts after --change, and the outcome: OK,"
                    + " RECOVERABLE_VIA_TVS, RESTART, ERASE_WEB, ERASE_CTI, ERASE_AT_PHONE or FACTORY_RESET_ONLY.",
            "--prepare turns on Web Access and Settings Access (and --http-auth-url) on the phones that lack them through"
                    + " AXL updatePhone and applyPhone, after writing every original to --journal; --restore JOURNAL puts"
                    + " every phone back. Both check each phone took it, and resume from the journal."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   no phone would need a factory reset (and --prepare/--restore: every phone took its settings)",
            "  1   a phone would need a factory reset, or did not take its settings, or the run was cancelled/declined",
            "  2   input error: a cluster ITL, --change target, the phone list or the journal unusable, CUCM unreachable",
            " 64   usage error"})
public final class ReadinessCommand implements Callable<Integer> {

    static final String DEFAULT_JOURNAL = "voicebench-access-journal.json";

    @Option(names = "--cluster-itl", required = true, arity = "1..*", paramLabel = "URL|FILE",
            description = "the cluster's current ITL, one per TFTP node (file, http://NODE:6970/ITLFile.tlv, tftp://...)")
    List<String> clusterItls = new ArrayList<>();

    @Option(names = "--phones", paramLabel = "CSV", description = "the phones: CSV address,model,name,group,user")
    Path phonesFile;

    @Mixin
    AxlOptions axl = new AxlOptions();

    @Option(names = "--port", paramLabel = "N", description = "--axl: the phones' web port (default " + PhoneAddress.DEFAULT_PORT + ")")
    Integer port;

    @Option(names = "--user", paramLabel = "USER", description = "the phones' user, password from " + PasswordVariable.NAME
            + " (optional: the checks read public pages)")
    String user;

    @Option(names = "--change", arity = "1..*", paramLabel = "CHANGE",
            description = "the planned change, several applied together: regenerate:CallManager@NODE, regenerate:ITLRecovery,"
                    + " regenerate:TVS@NODE, regenerate:TVS (every node), migrate:TARGET-ITLS-OR-CERT-FOLDER")
    List<String> changes = new ArrayList<>();

    @Option(names = "--known-itl", arity = "1..*", paramLabel = "FILE",
            description = "earlier ITLs the phones may hold, so that a stale phone's prediction is known")
    List<Path> knownItls = new ArrayList<>();

    @Option(names = "--report", paramLabel = "FILE", description = "write the report: HTML with a chart, or .csv, .json")
    Path report;

    @Option(names = "--json", description = "print the report as JSON (" + ReadinessJson.FORMAT + ") on stdout")
    boolean json;

    @Option(names = "--prepare", description = "turn on Web Access and Settings Access where phones lack them (needs --axl)")
    boolean prepare;

    @Option(names = "--http-auth-url", paramLabel = "URL",
            description = "--prepare: also set this HTTP Authentication URL on phones whose URL is HTTPS")
    String httpAuthUrl;

    @Option(names = "--yes", description = "--prepare: confirm without asking")
    boolean yes;

    @Option(names = "--dry-run", description = "--prepare: show what would change; change nothing")
    boolean dryRun;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "--prepare: the journal of original settings (default " + DEFAULT_JOURNAL + "; an existing one"
                    + " is resumed)")
    Path journal;

    @Option(names = "--restore", paramLabel = "JOURNAL", description = "put every phone of JOURNAL back as it was (needs --axl)")
    Path restore;

    @Option(names = "--axl-writes", paramLabel = "N", defaultValue = "60",
            description = "--prepare/--restore: AXL writes a minute at most (default ${DEFAULT-VALUE})")
    int axlWrites;

    @Option(names = "--allow-blind", description = "count erase keys pressed blind (no screen check) as a way to fix")
    boolean allowBlind;

    @Mixin
    CtiOptions cti;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10", description = "phones read at once (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--fast-sim", description = "timings for the simulator's fast mode; not for real phones")
    boolean fastSim;

    @Spec
    CommandSpec spec;

    private final Environment environment;

    public ReadinessCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    @Override
    public Integer call() {
        AxlOptions.Settings cucm = checkUsage();
        try {
            return run(cucm);
        } catch (InputError e) {
            err().println(name() + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err().println(name() + ": cancelled");
            return ExitCodes.NOT_OK;
        }
    }

    private int run(AxlOptions.Settings cucmSettings) throws InputError, InterruptedException {
        if (report != null) {
            ReportFile.checkFolder(report, "report");
        }
        ClusterItls cluster = FleetInputs.clusterItls(clusterItls);
        List<TrustList> known = FleetInputs.knownItls(knownItls);
        PlannedChange change = restore != null && changes.isEmpty() ? null : plannedChange();
        ChangeForecast forecast = change == null ? null : forecast(change, cluster);
        Console console = System.console();
        PrintWriter info = json ? err() : out();
        PhoneClientSettings clientSettings = PhoneClientSettings.defaults().withMaxConnections(Math.max(64, concurrency));
        AxlOptions.Cucm link = null;
        try {
            List<PhoneEntry> phones;
            CredentialsProvider credentials;
            char[] phonePassword = user == null ? null : PasswordVariable.requireOrAsk(environment, PasswordVariable.NAME,
                    "--user", user, console, spec.commandLine());
            if (phonesFile != null) {
                phones = FleetInputs.csvPhones(phonesFile);
                credentials = user == null && phones.stream().allMatch(p -> p.user().isEmpty()) ? CredentialsProvider.none()
                        : PhoneListCredentials.of(phones, user, phonesFile.toString(), u -> phonePassword == null
                                ? PasswordVariable.requireOrAsk(environment, PasswordVariable.NAME, "--user", u, console,
                                spec.commandLine()) : phonePassword.clone(), spec.commandLine());
            } else {
                link = AxlOptions.connect(cucmSettings, AxlOptions.password(cucmSettings, environment, console, spec.commandLine()));
                phones = AxlOptions.discover(link, port == null ? PhoneAddress.DEFAULT_PORT : port, err());
                credentials = user == null ? CredentialsProvider.none()
                        : PhoneListCredentials.of(phones, user, "--axl " + link.host(), u -> phonePassword.clone(),
                        spec.commandLine());
            }
            if (phonePassword != null) {
                Arrays.fill(phonePassword, '\0');
            }
            info.println(phones.size() + " phone(s)" + (link != null ? " found by CUCM " + link.host() : " in " + phonesFile));
            info.flush();
            try (PhoneClient client = new PhoneClient(clientSettings, credentials)) {
                return withClient(client, link, phones, cluster, known, change, forecast, console, info);
            }
        } finally {
            if (link != null) {
                link.close();
            }
        }
    }

    private int withClient(PhoneClient client, AxlOptions.Cucm link, List<PhoneEntry> phones, ClusterItls cluster,
            List<TrustList> known, PlannedChange change, ChangeForecast forecast, Console console, PrintWriter info)
            throws InputError, InterruptedException {
        AuditSettings auditSettings = (fastSim ? AuditSettings.fastSimulator() : AuditSettings.defaults())
                .withConcurrency(concurrency);
        AuthenticationUrls urls = link == null ? null : link.authenticationUrls(err()).orElse(null);
        FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), auditSettings,
                link == null ? AuditCucm.none() : new AuditCucm(null, urls, null));
        ProductSettings productSettings = ProductSettings.builtIn();
        CucmPhones cucmPhones = link == null ? null : CucmPhones.of(link.axl());
        CampaignSettings timing = (fastSim ? CampaignSettings.fastSimulator() : CampaignSettings.defaults())
                .withWritesPerMinute(axlWrites);
        AccessCampaign campaign = cucmPhones == null ? null : new AccessCampaign(cucmPhones,
                new PhoneTakeCheck(cucmPhones, productSettings, audit, cluster, known, timing), timing);
        ReadinessTable table = new ReadinessTable(info);
        CampaignListener progress = new CampaignListener() {
            @Override
            public void phoneChanged(org.voicebench.readiness.CampaignPhone p, int done, int total) {
                err().println("[" + done + "/" + total + "] " + p.device() + " " + p.state()
                        + (p.note().isEmpty() ? "" : ": " + p.note()));
                err().flush();
            }
        };
        if (restore != null) {
            CampaignResult r = runCampaign(() -> campaign.restore(CampaignJournal.load(restore), progress));
            table.campaign(r);
            if (change == null) {
                if (json) {
                    out().print(ReadinessJson.writeCampaign(r));
                    out().flush();
                }
                return r.complete() ? ExitCodes.OK : ExitCodes.NOT_OK;
            }
        }
        AccessReader access = link == null ? AccessReader.fromPagesOnly()
                : new CucmAccess(cucmPhones, productSettings, link.registrations(FleetInputs.deviceNames(phones)), urls);
        ReadinessCheck check = new ReadinessCheck(audit, ModelProfiles.builtIn(),
                PlanOptions.defaults().withCti(cti.configured()).withBlindAccepted(allowBlind));
        ReadinessListener listener = new ReadinessListener() {
            @Override
            public void phoneProbed(int done, int total) {
                if (done == total || done % 50 == 0) {
                    err().println("[read " + done + "/" + total + "]");
                    err().flush();
                }
            }
        };
        ReadinessReport before = check.run(phones, cluster, known, change, forecast, access, listener);
        CampaignResult prepared = null;
        ReadinessReport result = before;
        if (prepare) {
            table.report(before);
            CampaignPlan plan = campaign.plan(phones, new AccessTarget(productSettings, httpAuthUrl));
            table.plan(plan);
            Path file = journal != null ? journal : Path.of(DEFAULT_JOURNAL);
            boolean resume = Files.exists(file);
            if (dryRun) {
                info.println(name() + ": --dry-run: nothing was changed");
                info.flush();
            } else if (plan.phones().isEmpty() && !resume) {
                info.println(name() + ": every phone already has Web and Settings Access; nothing to prepare");
                info.flush();
            } else if (!resume && !yes && !confirmed(console, plan)) {
                info.println(name() + ": not confirmed; nothing was changed");
                info.flush();
                return ExitCodes.NOT_OK;
            } else {
                CampaignJournal j = resume ? loadJournal(file, info) : createJournal(file, link.host(), plan);
                prepared = runCampaign(() -> campaign.prepare(j, progress));
                table.campaign(prepared);
                result = check.run(phones, cluster, known, change, forecast, access, listener);
            }
        }
        if (json) {
            out().print(ReadinessJson.write(result, prepared));
            out().flush();
        } else {
            table.report(result);
        }
        if (report != null) {
            ReadinessReportFile.write(report, result, prepared);
        }
        boolean campaignOk = prepared == null || prepared.complete();
        return result.ready() && campaignOk ? ExitCodes.OK : ExitCodes.NOT_OK;
    }

    /** A campaign step that may be cancelled with Ctrl+C; the journal keeps where it got to. */
    private interface Step {
        CampaignResult run() throws IOException, ReadinessInputException;
    }

    private CampaignResult runCampaign(Step step) throws InputError {
        try (CancelOnShutdown cancel = new CancelOnShutdown(Thread.currentThread(), Duration.ofMinutes(2))) {
            CampaignResult r = step.run();
            Thread.interrupted();
            return r;
        } catch (ReadinessInputException e) {
            throw new InputError(e.getMessage(), e);
        } catch (IOException e) {
            throw new InputError("the journal cannot be written: " + e.getMessage(), e);
        }
    }

    private CampaignJournal loadJournal(Path file, PrintWriter info) throws InputError {
        try {
            CampaignJournal j = CampaignJournal.load(file);
            info.println(name() + ": resuming " + file + " (" + j.phones().size() + " phone(s), "
                    + j.phones().stream().filter(p -> p.state().prepared()).count() + " done)");
            info.flush();
            return j;
        } catch (ReadinessInputException e) {
            throw new InputError(e.getMessage(), e);
        }
    }

    private static CampaignJournal createJournal(Path file, String cucm, CampaignPlan plan) throws InputError {
        try {
            return CampaignJournal.create(file, cucm, plan.phones());
        } catch (IOException e) {
            throw new InputError(file + ": cannot write the journal, so nothing was changed: " + e.getMessage(), e);
        }
    }

    private boolean confirmed(Console console, CampaignPlan plan) throws InputError {
        String what = plan.summary();
        if (console == null) {
            throw new InputError("--prepare would " + what + ": add --yes to confirm (there is no terminal to ask on);"
                    + " nothing was changed", null);
        }
        String answer = console.readLine("%s%s? [y/N] ", what.substring(0, 1).toUpperCase(Locale.ROOT), what.substring(1));
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    private AxlOptions.Settings checkUsage() {
        if ((phonesFile != null) == axl.given()) {
            throw usage("give exactly one of --phones CSV or --axl HOST");
        }
        if ((prepare || restore != null) && !axl.given()) {
            throw usage("--prepare and --restore change phones through CUCM: give --axl HOST");
        }
        if (prepare && restore != null) {
            throw usage("give --prepare or --restore, not both");
        }
        if (!prepare && (yes || dryRun || httpAuthUrl != null || journal != null)) {
            throw usage("--yes, --dry-run, --http-auth-url and --journal go with --prepare");
        }
        if (changes.isEmpty() && restore == null) {
            throw usage("give the planned change: --change regenerate:ROLE[@NODE] or migrate:TARGET");
        }
        if (concurrency < 1 || concurrency > 1000) {
            throw usage("--concurrency must be 1..1000, not " + concurrency);
        }
        if (axlWrites < 1 || axlWrites > 60_000) {
            throw usage("--axl-writes must be 1..60000 a minute, not " + axlWrites);
        }
        if (port != null && (port < 1 || port > 65535 || phonesFile != null)) {
            throw usage("--port is for --axl, 1..65535");
        }
        if (httpAuthUrl != null && !httpAuthUrl.strip().toLowerCase(Locale.ROOT).startsWith("http://")) {
            throw usage("--http-auth-url must be an http:// URL, not '" + httpAuthUrl + "'");
        }
        if (!changes.isEmpty()) {
            plannedChange(); // a malformed change is a usage error before anything is read
        }
        cti.settings(spec.commandLine()); // checks the CTI options hang together
        return axl.settings(spec.commandLine());
    }

    private PlannedChange plannedChange() {
        try {
            return PlannedChange.parse(changes);
        } catch (IllegalArgumentException e) {
            throw usage("--change: " + e.getMessage());
        }
    }

    private static ChangeForecast forecast(PlannedChange change, ClusterItls cluster) throws InputError {
        try {
            return change.forecast(cluster.itls(), TrustListDownloader.withDefaults());
        } catch (ReadinessInputException e) {
            throw new InputError(e.getMessage(), e);
        }
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
