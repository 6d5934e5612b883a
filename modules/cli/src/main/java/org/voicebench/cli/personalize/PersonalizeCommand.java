package org.voicebench.cli.personalize;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.voicebench.cli.Environment;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.cli.PhoneListCredentials;
import org.voicebench.cli.PhoneListFile;
import org.voicebench.cli.audit.AxlOptions;
import org.voicebench.cli.cti.CtiOptions;
import org.voicebench.cli.audit.InputError;
import org.voicebench.cli.text.Column;
import org.voicebench.cli.text.Terminal;
import org.voicebench.cli.text.TextTable;
import org.voicebench.personalize.FileServer;
import org.voicebench.personalize.Fit;
import org.voicebench.personalize.PersonalizationPush;
import org.voicebench.personalize.PersonalizeInputException;
import org.voicebench.personalize.PushContent;
import org.voicebench.personalize.PushListener;
import org.voicebench.personalize.PushOutcome;
import org.voicebench.personalize.PushReport;
import org.voicebench.personalize.PushReports;
import org.voicebench.personalize.PushResult;
import org.voicebench.personalize.PushSettings;
import org.voicebench.personalize.RingTones;
import org.voicebench.personalize.ServeAddress;
import org.voicebench.personalize.SourceImages;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code personalize}: a background and/or ring tone on many phones, served by a built-in HTTP server and
 * pushed with setBackground/setRingTone; {@code personalize export}: the same files for CUCM's TFTP.
 * Progress on stderr, the results on stdout (or {@code --json}).
 */
@Command(name = "personalize",
        sortOptions = false,
        subcommands = {ExportCommand.class},
        description = {
            "Puts a background and/or ring tone on many phones.",
            "From one picture and one sound: each model gets the picture at its own size and depth.",
            "A built-in HTTP server on --serve-address serves"
                    + " the files and each phone is sent setBackground/setRingTone on /CGI/Execute with its credentials.",
            "Each phone ends SUCCESS (accepted and downloaded), PERSONALIZATION_DISABLED, AUTH_FAILED, WEB_ACCESS_DISABLED,"
                    + " UNREACHABLE, UNSUPPORTED_MODEL or REFUSED (the phone's words).",
            "CUCM must allow: web access on the phones, the user associated with them, Phone Personalization enabled.",
            "With --axl, --enable-personalization sets Phone Personalization to Enabled over AXL on the phones that refused"
                    + " for it (each one RESTARTS: the plan says so and asks, or --yes), then pushes to them again.",
            "With CTI (--transport cti|auto and the --cti options) the same objects go over CTI; such a phone counts as"
                    + " SUCCESS only when it then downloaded its files.",
            "'personalize export' writes the files for CUCM's TFTP instead (Desktops/<W>x<H>x<depth>/List.xml, Ringlist.xml).",
            "The phones' password is read from " + PasswordVariable.NAME + " (else asked on the terminal), never from the"
                    + " command line."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   every phone SUCCESS",
            "  1   any other outcome",
            "  2   input error: the image, sound or phone list unreadable or invalid, CUCM or CTI unusable, the report not"
                    + " writable, the serve address not this machine's",
            " 64   usage error, including a missing password without a terminal to ask on"})
public final class PersonalizeCommand implements Callable<Integer> {

    @Option(names = "--phones", paramLabel = "CSV", description = "the phones: CSV address,model,name,group,user")
    Path phonesFile;

    @Mixin
    AxlOptions axl = new AxlOptions();

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + PhoneAddress.DEFAULT_PORT,
            description = "the phones' web port for --axl (default ${DEFAULT-VALUE})")
    int webPort;

    @Option(names = "--user", paramLabel = "USER",
            description = "the phones' user (associated with them in CUCM) where the list names none; password from "
                    + PasswordVariable.NAME)
    String user;

    @Option(names = "--background", paramLabel = "IMAGE", description = "the picture (PNG or JPEG)")
    Path background;

    @Option(names = "--ringtone", paramLabel = "AUDIO", description = "the sound (WAV, AIFF, AU): sent as 8 kHz mu-law .raw")
    Path ringtone;

    @Option(names = "--fit", paramLabel = "crop|letterbox", defaultValue = "crop",
            description = "crop to fill each model's screen (default) or letterbox with black bars")
    String fit;

    @Option(names = "--serve-address", paramLabel = "ADDR[:PORT]",
            description = "the address of this machine the phones download from (default: the one routed towards the"
                    + " first phone; port: a free one)")
    String serveAddress;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "10", description = "phones at once (default ${DEFAULT-VALUE})")
    int concurrency;

    @Option(names = "--download-wait", paramLabel = "SECONDS", defaultValue = "30",
            description = "how long a phone may take to download its files (default ${DEFAULT-VALUE})")
    int downloadWait;

    @Option(names = "--report", paramLabel = "FILE", description = "write the results: JSON, or CSV when FILE ends in .csv")
    Path report;

    @Option(names = "--json", description = "the report as JSON on stdout and nothing else")
    boolean json;

    @Option(names = "--enable-personalization", description = "with --axl: for the phones that refuse because Phone"
            + " Personalization is off, set it to Enabled over AXL (updatePhone phonePersonalization, then applyPhone:"
            + " EACH SUCH PHONE RESTARTS), wait for them to come back and push to them again; the plan is shown and"
            + " confirmed first")
    boolean enablePersonalization;

    @Option(names = "--yes", description = "confirm --enable-personalization's plan (the phones restart) without asking")
    boolean yes;

    @Option(names = "--return-timeout", paramLabel = "SECONDS", defaultValue = "600",
            description = "with --enable-personalization: how long a restarted phone may take to come back (default"
                    + " ${DEFAULT-VALUE})")
    int returnTimeout;

    /** Lab and test knob: how often a restarting phone is tried again. */
    @Option(names = "--return-poll", paramLabel = "MS", hidden = true, defaultValue = "5000")
    long returnPollMillis;

    @Mixin
    CtiOptions cti = new CtiOptions();

    @Spec
    CommandSpec spec;

    private final Environment environment;

    public PersonalizeCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() throws InterruptedException {
        AxlOptions.Settings cucm = checkUsage();
        try {
            PushContent content = PushContent.of(background == null ? null : SourceImages.read(background),
                    Fits.parse(fit, spec.commandLine()), ringtone == null ? null : RingTones.convert(ringtone));
            if (report != null) {
                checkFolder(report);
            }
            return push(content, cucm);
        } catch (PersonalizeInputException | InputError e) {
            err().println(spec.qualifiedName() + ": " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        }
    }

    private AxlOptions.Settings checkUsage() {
        if ((phonesFile == null) == !axl.given()) {
            throw usage("give the phones with exactly one of --phones CSV or --axl HOST");
        }
        if (background == null && ringtone == null) {
            throw usage("nothing to push: give --background IMAGE, --ringtone AUDIO or both");
        }
        if (concurrency < 1 || concurrency > 1000) {
            throw usage("--concurrency must be 1..1000, not " + concurrency);
        }
        if (downloadWait < 1 || downloadWait > 600) {
            throw usage("--download-wait must be 1..600 seconds, not " + downloadWait);
        }
        if (webPort < 1 || webPort > 65_535) {
            throw usage("--port must be 1..65535, not " + webPort);
        }
        if (phonesFile == null && user == null) {
            throw usage("--axl needs --user USER: the phones' user");
        }
        if (enablePersonalization && !axl.given()) {
            throw usage("--enable-personalization changes the phones in CUCM over AXL: give the phones with --axl");
        }
        if (returnTimeout < 10 || returnTimeout > 3600) {
            throw usage("--return-timeout must be 10..3600 seconds, not " + returnTimeout);
        }
        if (cti.associate()) {
            throw usage("--cti-associate is not offered here: add the phones to the CTI user's Controlled Devices in CUCM");
        }
        return axl.settings(spec.commandLine());
    }

    private int push(PushContent content, AxlOptions.Settings cucm) throws InputError, InterruptedException {
        CtiSettings ctiSettings = cti.settings(spec.commandLine());
        Console console = System.console();
        List<PhoneEntry> phones;
        CredentialsProvider credentials;
        AxlOptions.Cucm link = null;
        try {
            if (phonesFile != null) {
                try {
                    phones = PhoneListFile.read(phonesFile);
                } catch (PhoneListFile.Unusable e) {
                    throw new InputError(e.getMessage(), e);
                }
                if (phones.isEmpty()) {
                    throw new InputError(phonesFile + ": lists no phone", null);
                }
                credentials = PhoneListCredentials.of(phones, user, phonesFile.toString(), u -> PasswordVariable.requireOrAsk(
                        environment, PasswordVariable.NAME, "--user", u, console, spec.commandLine()), spec.commandLine());
            } else {
                char[] axlPassword = AxlOptions.password(cucm, environment, console, spec.commandLine());
                char[] phonePassword = PasswordVariable.requireOrAsk(environment, PasswordVariable.NAME, "--user", user,
                        console, spec.commandLine());
                try {
                    link = AxlOptions.connect(cucm, axlPassword);
                    phones = AxlOptions.discover(link, webPort, err());
                    if (phones.isEmpty()) {
                        throw new InputError("CUCM " + cucm.host() + " lists no phone with an address", null);
                    }
                    credentials = PhoneListCredentials.of(phones, user, "CUCM " + cucm.host(), u -> phonePassword.clone(),
                            spec.commandLine());
                } finally {
                    Arrays.fill(phonePassword, '\0');
                }
                if (!enablePersonalization) { // the session is only needed to enable personalization after the push
                    link.close();
                    link = null;
                }
            }
            InetSocketAddress bind = bindAddress(phones.get(0).address());
            CtiProvider provider;
            try {
                provider = ctiSettings == null ? null
                        : CtiOptions.open(ctiSettings, cti.password(environment, console, spec.commandLine()));
            } catch (CtiException e) {
                throw new InputError("CTI cannot be used, nothing was sent: " + e.getMessage(), e);
            }
            PhoneClientSettings clientSettings = PhoneClientSettings.defaults().withMaxConnections(Math.max(64, concurrency));
            try (provider; FileServer files = FileServer.start(bind);
                 PhoneClient client = new PhoneClient(clientSettings, credentials)) {
                KeyRoutes routes = cti.routes(spec.commandLine(), provider);
                err().println(spec.qualifiedName() + ": serving the files at " + files.baseUrl() + " to " + phones.size()
                        + " phone(s)" + (provider == null ? "" : "; objects over CTI where --transport " + routes.mode().id()
                        + " says"));
                err().flush();
                PersonalizationPush push = new PersonalizationPush(client, ModelProfiles.builtIn(),
                        PushSettings.defaults().withConcurrency(concurrency).withFetchWait(Duration.ofSeconds(downloadWait)))
                        .over(routes);
                PushReport result = push.run(phones, content, files, progress());
                if (link != null) {
                    result = enable(link, push, phones, content, files, result, console);
                }
                return finish(result);
            } catch (IOException e) {
                throw new InputError("cannot serve files on " + bind + ": " + e.getMessage()
                        + " (give an address of this machine the phones reach with --serve-address)", e);
            }
        } finally {
            if (link != null) {
                link.close();
            }
        }
    }

    /**
     * {@code --enable-personalization}: the phones that refused for Phone Personalization get it Enabled over AXL and
     * their configuration applied (they restart), after the plan was shown and confirmed; each is pushed to again until
     * it takes the objects or the return timeout passes. Their results replace the first ones, with what was done.
     */
    private PushReport enable(AxlOptions.Cucm link, PersonalizationPush push, List<PhoneEntry> phones, PushContent content,
            FileServer files, PushReport first, Console console) throws InterruptedException {
        List<PhoneEntry> off = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            if (first.results().get(i).outcome() == PushOutcome.PERSONALIZATION_DISABLED) {
                off.add(phones.get(i));
            }
        }
        if (off.isEmpty()) {
            return first;
        }
        PrintWriter err = err();
        err.println(spec.qualifiedName() + ": plan: Phone Personalization is off on " + off.size() + " phone(s). Over AXL on "
                + link.host() + " each gets phonePersonalization=Enabled and its configuration applied (applyPhone):"
                + " EACH OF THESE PHONES RESTARTS (a call in progress on it drops); when it is back (up to " + returnTimeout
                + " s) it is pushed to again:");
        for (PhoneEntry p : off) {
            String now;
            try {
                now = link.axl().phonePersonalization(p.name());
            } catch (CucmException | IllegalArgumentException e) {
                now = "not read: " + e.getMessage();
            }
            err.println("  " + p.name() + "  " + p.address() + "  " + p.model() + "  (phonePersonalization in CUCM: "
                    + (now.isEmpty() ? "not returned" : now) + ")");
        }
        err.flush();
        if (!yes && !confirmed(console, off.size())) {
            err.println(spec.qualifiedName() + ": not confirmed; Phone Personalization left as it is on those phones");
            err.flush();
            return first;
        }
        Map<PhoneEntry, String> notes = new LinkedHashMap<>();
        List<PhoneEntry> pending = new ArrayList<>();
        for (PhoneEntry p : off) {
            try {
                link.axl().setPhonePersonalization(p.name(), "Enabled");
                link.axl().applyPhone(p.name());
                notes.put(p, "Phone Personalization enabled over AXL and the configuration applied (the phone restarted); ");
                pending.add(p);
                err.println(spec.qualifiedName() + ": " + p.name() + ": Phone Personalization enabled; the phone restarts");
            } catch (CucmException | IllegalArgumentException e) {
                notes.put(p, "enabling Phone Personalization over AXL failed: " + e.getMessage() + "; ");
                err.println(spec.qualifiedName() + ": " + p.name() + ": " + e.getMessage());
            }
            err.flush();
        }
        Map<String, PushResult> last = new LinkedHashMap<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(returnTimeout).toNanos();
        while (!pending.isEmpty()) {
            Thread.sleep(Math.max(0, Math.min(returnPollMillis, (deadline - System.nanoTime()) / 1_000_000)));
            PushReport again = push.run(pending, content, files, PushListener.NONE);
            List<PhoneEntry> still = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                PushResult r = again.results().get(i);
                last.put(r.address().toString(), r);
                boolean notBack = r.outcome() == PushOutcome.PERSONALIZATION_DISABLED || r.outcome() == PushOutcome.UNREACHABLE;
                if (notBack && System.nanoTime() < deadline) {
                    still.add(pending.get(i));
                } else {
                    err.println(spec.qualifiedName() + ": " + r.address() + " " + r.name() + " after the restart: "
                            + r.outcome() + (r.outcome() == PushOutcome.SUCCESS ? "" : ": " + r.message()));
                    err.flush();
                }
            }
            pending = still;
        }
        List<PushResult> merged = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            PhoneEntry p = phones.get(i);
            PushResult r = last.getOrDefault(p.address().toString(), first.results().get(i));
            merged.add(notes.containsKey(p) ? r.withNote(notes.get(p)) : r);
        }
        return new PushReport(first.started(), java.time.Instant.now(), first.serveUrl(), first.background(),
                first.ringTone(), merged);
    }

    private boolean confirmed(Console console, int phones) {
        if (console == null) {
            err().println(spec.qualifiedName() + ": no terminal to confirm on: give --yes to restart the " + phones
                    + " phone(s)");
            return false;
        }
        String answer = console.readLine("Enable Phone Personalization and restart %d phone(s)? [y/N] ", phones);
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    private InetSocketAddress bindAddress(PhoneAddress firstPhone) throws InputError {
        try {
            return serveAddress != null ? ServeAddress.parse(serveAddress) : ServeAddress.towards(firstPhone);
        } catch (IllegalArgumentException e) {
            throw usage("--serve-address: " + e.getMessage());
        } catch (IOException e) {
            throw new InputError("no serve address found towards " + firstPhone + ": " + e.getMessage(), e);
        }
    }

    private PushListener progress() {
        PrintWriter err = err();
        return (r, done, total) -> {
            synchronized (err) {
                err.println("[" + done + "/" + total + "] " + r.address() + (r.name().isEmpty() ? "" : " " + r.name()) + ": "
                        + r.outcome() + (r.outcome() == PushOutcome.SUCCESS ? "" : ": " + r.message()));
                err.flush();
            }
        };
    }

    private int finish(PushReport result) throws InputError {
        if (report != null) {
            try {
                PushReports.write(report, result);
            } catch (IOException e) {
                throw new InputError(report + ": cannot write the report: " + e.getMessage(), e);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.print(PushReports.json(result));
        } else {
            TextTable table = new TextTable(Column.fixed("ADDRESS"), Column.shrinkable("NAME", 8, 2), Column.fixed("MODEL"),
                    Column.fixed("OUTCOME"), Column.shrinkable("MESSAGE", 20, 1));
            for (PushResult r : result.results()) {
                table.row(r.address().toString(), r.name(), r.model(), r.outcome().name(), r.message());
            }
            table.print(out, "", Terminal.width(false));
            StringBuilder counts = new StringBuilder();
            result.counts().forEach((o, n) -> {
                if (n > 0) {
                    counts.append(counts.length() == 0 ? "" : ", ").append(n).append(' ').append(o.name());
                }
            });
            out.println(result.results().size() + " phone(s): " + counts);
        }
        out.flush();
        return result.allSucceeded() ? ExitCodes.OK : ExitCodes.NOT_OK;
    }

    static void checkFolder(Path file) throws InputError {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputError(file + ": the report's folder does not exist", null);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
