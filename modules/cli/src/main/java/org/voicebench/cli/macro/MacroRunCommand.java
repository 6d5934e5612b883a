package org.voicebench.cli.macro;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.cli.PhoneListCredentials;
import org.voicebench.cli.PhoneListFile;
import org.voicebench.cli.audit.AxlOptions;
import org.voicebench.cli.audit.InputError;
import org.voicebench.cli.cti.CtiOptions;
import org.voicebench.cli.cti.CtiRun;
import org.voicebench.cli.text.Column;
import org.voicebench.cli.text.Terminal;
import org.voicebench.cli.text.TextTable;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroEvidence;
import org.voicebench.macro.MacroFormatException;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.macro.Step;
import org.voicebench.macro.run.MacroPlayer;
import org.voicebench.macro.run.MacroRun;
import org.voicebench.macro.run.MacroRunListener;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.macro.run.PlayerSettings;
import org.voicebench.macro.run.ResultsExport;
import org.voicebench.macro.run.RunOptions;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code macro run MACRO --phones FILE ...}: runs a macro file or built-in on the phones of a CSV list.
 * Progress on stderr, one line per phone as it ends; the results table on stdout; the JSON report with
 * {@code --report}.
 */
@Command(name = "run",
        sortOptions = false,
        description = {
            "Runs a macro on every phone of a CSV list (address,model,name,group,user), or of one --group, --concurrency"
                    + " phones at a time.",
            "MACRO is a voicebench-macro/1 file or the name of a built-in (see 'macro list'). The variant is picked from"
                    + " the model each phone reports. A destructive macro needs --yes (or a yes at the prompt).",
            "Each phone ends in one of SUCCESS, SUCCESS_REBOOTED, AUTH_FAILED, WEB_ACCESS_DISABLED, UNREACHABLE,"
                    + " KEY_REJECTED, SCREEN_MISMATCH, TIMEOUT, CANCELLED, UNSUPPORTED_MODEL, NOT_CONTROLLED (over CTI: not"
                    + " in the CTI user's controlled devices).",
            "Keys go over the phones' web servers, or over CTI (--transport, --cti-*): CUCM delivers them over the phone's"
                    + " registration, for phones whose web access is off or that refuse credentials."},
        footerHeading = "%nExit codes:%n",
        footer = {MacroCommand.EXIT_OK, MacroCommand.EXIT_FAILED, MacroCommand.EXIT_INPUT, MacroCommand.EXIT_USAGE,
            "  --dry-run: 0 (2 for input errors); nothing is sent"})
public final class MacroRunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "MACRO", description = "a macro file (.json) or a built-in name, e.g. erase-itl")
    String macroArgument;

    @Option(names = "--phones", required = true, paramLabel = "FILE", description = "the phone list: CSV address,model,name,group,user")
    Path phonesFile;

    @Option(names = "--group", paramLabel = "GROUP", description = "only the phones of this group (the list's group column)")
    String group;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10",
            description = "phones in progress at once (default: ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--user", paramLabel = "USER",
            description = "user for the phones whose list entry names none; password from VOICEBENCH_PASSWORD")
    String user;

    @Option(names = "--report", paramLabel = "FILE", description = "write the results: JSON (voicebench-macro-run/1), or CSV when FILE ends in .csv")
    Path report;

    @Option(names = "--journal", paramLabel = "FILE", description = "append each phone's result to FILE as it ends (JSON lines)")
    Path journal;

    @Option(names = "--resume", description = "continue the run of --journal: phones done (or in progress when it stopped) are not touched again")
    boolean resume;

    @Option(names = "--dry-run", description = "print the steps each phone would get (by its listed model) and send nothing")
    boolean dryRun;

    @Option(names = "--yes", description = "confirm running a destructive macro without asking")
    boolean yes;

    @Option(names = {"--accept-blind", "--allow-blind"}, description = "also run keys that are pressed without reading"
            + " the screen: variants marked blind (models whose screen cannot be read remotely, e.g. 69xx) and keys over"
            + " CTI not verified for CTI; no guard can stop a wrong key; without it those phones end UNSUPPORTED_MODEL"
            + " untouched")
    boolean acceptBlind;

    @Mixin
    CtiOptions cti;

    @Mixin
    AxlOptions axl;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "retries of a step after a transient failure (default: ${DEFAULT-VALUE})")
    int retries;

    @ParentCommand
    MacroCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (concurrency < 1 || concurrency > 1000) {
            throw usage("--concurrency must be 1..1000, not " + concurrency);
        }
        if (retries < 0 || retries > 10) {
            throw usage("--retries must be 0..10, not " + retries);
        }
        if (resume && journal == null) {
            throw usage("--resume needs --journal FILE (the journal of the run to resume)");
        }
        CtiSettings ctiSettings = cti.settings(spec.commandLine());
        AxlOptions.Settings cucm = axl.settings(spec.commandLine());
        if (cti.associate() != (cucm != null)) {
            throw usage(cti.associate() ? "--cti-associate changes the CTI user's controlled devices through AXL: give"
                    + " --axl HOST --axl-user USER" : "--axl goes with --cti-associate here (the phones come from --phones)");
        }
        Macro macro;
        List<PhoneEntry> phones;
        try {
            macro = loadMacro();
            phones = loadPhones();
            if (journal != null && resume && !Files.exists(journal)) {
                throw new InputError(journal + ": no such journal to resume", null);
            }
            if (report != null && report.toAbsolutePath().getParent() != null && !Files.isDirectory(report.toAbsolutePath().getParent())) {
                throw new InputError(report + ": the report's folder does not exist", null);
            }
        } catch (InputError e) {
            return inputError(e.getMessage());
        }
        if (dryRun) {
            return plan(macro, phones);
        }
        CredentialsProvider credentials = credentials(phones);
        if (macro.destructive() && !yes && !confirmed(macro, phones.size())) {
            err().println(name() + ": not confirmed; nothing was sent");
            return ExitCodes.NOT_OK;
        }
        PhoneClientSettings settings = PhoneClientSettings.defaults().withMaxConnections(Math.max(64, concurrency));
        List<String> devices = phones.stream().map(KeyRoutes::deviceName).flatMap(java.util.Optional::stream).toList();
        // CUCM stays open for the run: the association is put back through it when the run ends
        AxlOptions.Cucm link = cucm == null ? null : AxlOptions.connect(cucm, AxlOptions.password(cucm,
                parent.environment(), System.console(), spec.commandLine()));
        CtiRun ctiRun;
        try {
            ctiRun = ctiSettings == null ? CtiRun.none(cti, spec.commandLine()) : CtiRun.open(cti, ctiSettings, devices,
                    link, parent.environment(), System.console(), spec.commandLine(), err());
        } catch (InputError e) {
            if (link != null) {
                link.close();
            }
            return inputError(e.getMessage());
        }
        try (link; ctiRun; PhoneClient client = new PhoneClient(settings, credentials)) {
            MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(),
                    PlayerSettings.defaults().withConcurrency(concurrency).withRetries(retries, Duration.ofSeconds(2)));
            RunOptions options = RunOptions.defaults().withConfirmation().withListener(progress())
                    .withKeys(ctiRun.routes());
            if (acceptBlind) {
                options = options.withBlindAccepted();
            }
            if (journal != null) {
                options = options.withJournal(journal, resume);
            }
            MacroRun run;
            try {
                run = player.start(macro, phones, options);
            } catch (IOException e) {
                return inputError(e.getMessage());
            }
            List<PhoneResult> results = awaitCancellingOnInterrupt(run);
            printResults(results);
            if (run.journalError() != null) {
                return inputError("the journal could not be written: " + run.journalError().getMessage());
            }
            if (report != null) {
                try {
                    String text = report.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                            ? ResultsExport.csv(results) : ResultsExport.json(macro.name(), results);
                    Files.writeString(report, text, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return inputError(report + ": cannot write the report: " + e.getMessage());
                }
            }
            return results.stream().allMatch(r -> r.outcome().succeeded()) ? ExitCodes.OK : ExitCodes.NOT_OK;
        }
    }

    private Macro loadMacro() throws InputError {
        Path file = Path.of(macroArgument);
        if (macroArgument.toLowerCase(Locale.ROOT).endsWith(".json") || Files.exists(file)) {
            try {
                return MacroJson.read(file);
            } catch (MacroFormatException e) {
                throw new InputError(e.getMessage(), e);
            }
        }
        return MacroLibrary.named(macroArgument).orElseThrow(() -> new InputError("'" + macroArgument
                + "' is neither a macro file nor a built-in macro; built-ins: " + String.join(", ", MacroLibrary.allNames()), null));
    }

    private List<PhoneEntry> loadPhones() throws InputError {
        List<PhoneEntry> list;
        try {
            list = PhoneListFile.read(phonesFile);
        } catch (PhoneListFile.Unusable e) {
            throw new InputError(e.getMessage(), e);
        }
        if (group != null) {
            list = list.stream().filter(p -> p.group().equals(group)).toList();
        }
        if (list.isEmpty()) {
            throw new InputError(phonesFile + ": lists no phone" + (group == null ? "" : " in group '" + group + "'"), null);
        }
        return list;
    }

    /** Each phone's own user, else --user; one password (VOICEBENCH_PASSWORD) for all. */
    private CredentialsProvider credentials(List<PhoneEntry> phones) {
        return PhoneListCredentials.of(phones, user, phonesFile.toString(),
                u -> PasswordVariable.require(parent.environment(), u, spec.commandLine()).toCharArray(), spec.commandLine());
    }

    private boolean confirmed(Macro macro, int phones) {
        Console console = System.console();
        if (console == null) {
            throw usage("macro " + macro.name() + " is destructive: add --yes to run it on " + phones
                    + " phone(s) (there is no terminal to ask on)");
        }
        for (String line : MacroEvidence.lines(macro)) {
            console.printf("  %s%n", line);
        }
        String answer = console.readLine("Macro %s is destructive%s. Run it on %d phone(s)? [y/N] ", macro.name(),
                macro.reboots() ? " and restarts the phones" : "", phones);
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }

    /** Ctrl-C (an interrupt in tests) cancels the run: phones in progress stop at their next step. */
    private List<PhoneResult> awaitCancellingOnInterrupt(MacroRun run) throws InterruptedException {
        Thread hook = new Thread(() -> {
            run.cancel();
            try {
                run.await(Duration.ofSeconds(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "macro-run-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return run.await();
        } catch (InterruptedException e) {
            run.cancel();
            List<PhoneResult> r = run.await(Duration.ofSeconds(30));
            if (r == null) {
                throw e;
            }
            return r;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down: the hook is running
            }
        }
    }

    private MacroRunListener progress() {
        PrintWriter err = err();
        return new MacroRunListener() {
            @Override
            public void phoneFinished(PhoneResult r, int finished, int total) {
                synchronized (err) {
                    err.println("[" + finished + "/" + total + "] " + r.address() + (r.name().isEmpty() ? "" : " " + r.name())
                            + ": " + r.outcome() + (r.outcome() == Outcome.SUCCESS ? "" : " at step " + r.step()
                            + (r.stepText().isEmpty() ? "" : " (" + r.stepText() + ")") + (r.message().isEmpty() ? "" : ": " + r.message())));
                    err.flush();
                }
            }
        };
    }

    private void printResults(List<PhoneResult> results) {
        PrintWriter out = spec.commandLine().getOut();
        boolean anyCti = results.stream().anyMatch(r -> r.transport() == KeyTransport.CTI);
        List<Column> columns = new ArrayList<>(List.of(Column.fixed("ADDRESS"), Column.shrinkable("NAME", 8, 2),
                Column.fixed("MODEL"), Column.fixed("OUTCOME"), Column.fixed("STEP").rightAlign()));
        if (anyCti) { // the column appears when it says something: keys went over CTI for some phones
            columns.add(Column.fixed("KEYS"));
        }
        columns.add(Column.shrinkable("MESSAGE", 20, 1));
        TextTable t = new TextTable(columns.toArray(Column[]::new));
        for (PhoneResult r : results) {
            List<String> cells = new ArrayList<>(List.of(r.address(), r.name(), r.model(), r.outcome().name(),
                    Integer.toString(r.step())));
            if (anyCti) {
                cells.add(r.transport().id());
            }
            cells.add(r.message());
            t.row(cells.toArray(String[]::new));
        }
        t.print(out, "", Terminal.WIDTH);
        Map<Outcome, Integer> counts = ResultsExport.counts(results);
        out.println(results.size() + " phone(s): " + counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
        out.flush();
    }

    /** --dry-run: each phone's steps by its listed model; nothing is sent. */
    private int plan(Macro macro, List<PhoneEntry> phones) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("dry run of macro " + macro.name() + (macro.destructive() ? " (destructive)" : "") + " on " + phones.size()
                + " phone(s); nothing is sent");
        for (PhoneEntry p : phones) {
            String who = p.address() + (p.name().isEmpty() ? "" : " " + p.name());
            ModelProfile profile = p.model().isEmpty() ? null : ModelProfiles.builtIn().find(p.model()).orElse(null);
            if (profile == null && macro.needsModel()) {
                out.println(who + ": model " + (p.model().isEmpty() ? "not listed" : "'" + p.model() + "' unknown")
                        + "; the steps depend on the model the phone reports when run");
                continue;
            }
            try {
                ResolvedMacro r = macro.resolve(profile, cti.mode(spec.commandLine()) == TransportMode.CTI
                        ? KeyTransport.CTI : KeyTransport.WEB);
                out.println(who + (profile == null ? "" : " (" + profile.model() + ")") + ": " + r.steps().size()
                        + " steps, at least " + r.minimumDuration().toMillis() / 1000.0 + " s (" + r.howKnown() + "): "
                        + r.steps().stream().map(Step::describe).collect(Collectors.joining(" | ")));
            } catch (MacroNotApplicableException e) {
                out.println(who + ": " + Outcome.UNSUPPORTED_MODEL + ": " + e.getMessage());
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private int inputError(String message) {
        err().println(name() + ": " + message);
        return ExitCodes.INPUT_ERROR;
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private String name() {
        return spec.qualifiedName();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
