package org.voicebench.cli.audit;

import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.voicebench.cli.Environment;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.CucmFailure;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.DiscoveredPhone;
import org.voicebench.phone.cucm.Discovery;
import org.voicebench.phone.cucm.DiscoveryResult;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisNodeError;
import org.voicebench.phone.inventory.PhoneEntry;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --axl HOST[:PORT]} and its companions (a picocli mixin of {@code audit}, {@code personalize} and {@code readiness}): the phones of a CUCM cluster, listed by AXL
 * {@code listPhone} (paged, in the schema version the server takes) and located by RIS
 * {@code selectCmDevice} (paced to {@code --ris-rate}, backing off when rate-limited), with the waits,
 * the nodes that did not answer and the devices without an address said on stderr.
 */
public final class AxlOptions {

    /** The environment variable holding the password of {@code --axl-user}. */
    static final String PASSWORD_VARIABLE = "VOICEBENCH_AXL_PASSWORD";
    /** The devices asked for: every phone (SEP + MAC). */
    static final String NAME_PATTERN = "SEP%";

    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:\\[\\]]+)(?::(\\d{1,5}))?");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,4})-(\\d{1,4})");

    @Option(names = "--axl", paramLabel = "HOST[:PORT]",
            description = "CUCM's publisher (AXL on port 8443 unless given): the phones are listed there (AXL listPhone, RIS"
                    + " for their addresses), and --cti-associate changes the CTI user there (macro run uses it for that"
                    + " only); needs --axl-user")
    String host;

    @Option(names = "--axl-user", paramLabel = "USER",
            description = "the AXL/RIS application user; password from " + PASSWORD_VARIABLE + ", else asked on the terminal")
    String user;

    @Option(names = "--axl-fingerprint", paramLabel = "SHA256",
            description = "accept exactly the CUCM tomcat certificate with this SHA-256 fingerprint (as printed when it is"
                    + " refused, or by 'show cert own tomcat')")
    String fingerprint;

    @Option(names = "--axl-trust-any", description = "accept any CUCM certificate, unchecked: for a lab only")
    boolean trustAny;

    /** Lab and test knob: small pages exercise AXL paging. */
    @Option(names = "--axl-page-size", paramLabel = "N", hidden = true, defaultValue = "" + AxlClient.DEFAULT_PAGE_SIZE,
            description = "phones per AXL listPhone page (default ${DEFAULT-VALUE})")
    int pageSize;

    @Option(names = "--ris-rate", paramLabel = "N", defaultValue = "" + RisClient.DEFAULT_REQUESTS_PER_MINUTE,
            description = "RIS requests a minute at most (default ${DEFAULT-VALUE}: CUCM's default limit, shared by all its"
                    + " RIS clients; lower it when other tools poll RIS)")
    int risRate;

    /** Lab and test knob: the RIS back-off without minutes of waiting. */
    @Option(names = "--ris-backoff", paramLabel = "MIN-MAX", hidden = true, defaultValue = "30-90",
            description = "seconds to wait, at random in this range, after RIS says the rate was exceeded (default ${DEFAULT-VALUE})")
    String risBackoff;

    /** What the options say, checked before anything is sent. */
    public record Settings(String host, int port, CucmTrust trust, String user, int pageSize, Duration minBackoff,
                    Duration maxBackoff, int risRate) {
    }

    public boolean given() {
        return host != null;
    }

    /** @throws ParameterException for a malformed or inconsistent option */
    public Settings settings(CommandLine cmd) {
        if (!given()) {
            if (user != null || fingerprint != null || trustAny) {
                throw new ParameterException(cmd, "--axl-user, --axl-fingerprint and --axl-trust-any go with --axl HOST");
            }
            return null;
        }
        Matcher m = HOST_PORT.matcher(host.strip());
        if (!m.matches()) {
            throw new ParameterException(cmd, "--axl must be HOST or HOST:PORT, not '" + host + "'");
        }
        String h = m.group(1).startsWith("[") ? m.group(1).substring(1, m.group(1).length() - 1) : m.group(1);
        int port = m.group(2) == null ? CucmConnection.DEFAULT_PORT : Integer.parseInt(m.group(2));
        if (port < 1 || port > 65535) {
            throw new ParameterException(cmd, "--axl port must be 1..65535, not " + port);
        }
        if (user == null) {
            throw new ParameterException(cmd, "--axl needs --axl-user USER (an application user with AXL and RIS access)");
        }
        if (fingerprint != null && trustAny) {
            throw new ParameterException(cmd, "give --axl-fingerprint or --axl-trust-any, not both");
        }
        CucmTrust trust;
        try {
            trust = fingerprint != null ? CucmTrust.pinned(fingerprint)
                    : trustAny ? CucmTrust.anyCertificateForLab() : CucmTrust.systemTrustStore();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--axl-fingerprint: " + e.getMessage());
        }
        if (pageSize < 1 || pageSize > 10_000) {
            throw new ParameterException(cmd, "--axl-page-size must be 1..10000, not " + pageSize);
        }
        if (risRate < 1 || risRate > 60_000) {
            throw new ParameterException(cmd, "--ris-rate must be 1..60000 requests a minute, not " + risRate);
        }
        Matcher r = RANGE.matcher(risBackoff.strip());
        if (!r.matches() || Integer.parseInt(r.group(1)) > Integer.parseInt(r.group(2))) {
            throw new ParameterException(cmd, "--ris-backoff must be MIN-MAX seconds with MIN <= MAX, e.g. 30-90, not '"
                    + risBackoff + "'");
        }
        try {
            CucmConnection.of(h, trust).withPort(port); // checks the host name
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--axl: " + e.getMessage());
        }
        return new Settings(h, port, trust, user, pageSize, Duration.ofSeconds(Integer.parseInt(r.group(1))),
                Duration.ofSeconds(Integer.parseInt(r.group(2))), risRate);
    }

    /**
     * An open CUCM session: the audit discovers its phones with it, and during a fix restarts phones through it
     * (AXL doDeviceReset) and reads the Authentication URL the cluster gives its phones. Closed with the audit.
     */
    public static final class Cucm implements AutoCloseable {
        private final Settings settings;
        private final CucmSession session;
        private final AxlClient axl;

        private Cucm(Settings settings, CucmSession session) {
            this.settings = settings;
            this.session = session;
            this.axl = new AxlClient(session, settings.pageSize(), AxlClient.DEFAULT_MAX_PAGES);
        }

        public String host() {
            return settings.host();
        }

        public AxlClient axl() {
            return axl;
        }

        /** CUCM's release, or "" when it would not say (the CTI jar's version is checked against it). */
        public String version() {
            try {
                return axl.cucmVersion();
            } catch (CucmException e) {
                return "";
            }
        }

        /** The registrations of {@code devices} as RIS reports them, asked at the paced rate of {@code --ris-rate}. */
        public org.voicebench.audit.Registrations registrations(List<String> devices) {
            RisClient ris = RisClient.builder(session).backoff(settings.minBackoff(), settings.maxBackoff())
                    .requestsPerMinute(settings.risRate()).build();
            return new org.voicebench.audit.RisRegistrations(ris, devices, Duration.ofMillis(60_000L / settings.risRate()));
        }

        /** Restarts one device (a restart, not a hard reset); CUCM's refusal is the exception's message. */
        void restart(String deviceName) throws IOException {
            try {
                axl.doDeviceReset(deviceName);
            } catch (CucmException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        /** The Authentication URLs the cluster gives its phones, or empty when CUCM would not say (with the note). */
        public Optional<AuthenticationUrls> authenticationUrls(PrintWriter notes) {
            try {
                return Optional.of(axl.authenticationUrls());
            } catch (CucmException e) {
                notes.println("note: CUCM " + settings.host() + " did not give the phones' Authentication URL: "
                        + e.getMessage());
                notes.flush();
                return Optional.empty();
            }
        }

        @Override
        public void close() {
            session.close();
        }
    }

    /** Opens the session; the password array is cleared. */
    public static Cucm connect(Settings s, char[] password) {
        CucmConnection connection = CucmConnection.of(s.host(), s.trust()).withPort(s.port());
        PhoneCredentials credentials;
        try {
            credentials = new PhoneCredentials(s.user(), password);
        } finally {
            Arrays.fill(password, '\0');
        }
        return new Cucm(s, CucmSession.open(connection, CucmCredentialsProvider.fixed(credentials)));
    }

    /** The phones CUCM lists (AXL) with their addresses (RIS); notes on stderr. */
    public static List<PhoneEntry> discover(Cucm cucm, int webPort, PrintWriter notes) throws InputError, InterruptedException {
        Settings s = cucm.settings;
        try {
            RisClient ris = RisClient.builder(cucm.session).backoff(s.minBackoff(), s.maxBackoff()).requestsPerMinute(s.risRate())
                    .listener(new RisWaits(notes, s.risRate())).build();
            notes.println("CUCM " + s.host() + ": release " + cucm.axl.cucmVersion() + ", AXL schema "
                    + cucm.axl.schemaVersion());
            notes.flush();
            DiscoveryResult result = new Discovery(cucm.axl, ris, webPort).discover(NAME_PATTERN);
            for (RisNodeError n : result.nodeErrors()) {
                notes.println("note: CUCM node " + n.node() + " answered RIS with " + n.returnCode() + ": the phones"
                        + " registered there may be missing or shown as they were before");
            }
            for (DiscoveredPhone p : result.withoutEntry()) {
                notes.println("note: CUCM device " + p.name() + " is not audited: RIS gives it no address of its own ("
                        + p.registration() + ")");
            }
            notes.flush();
            return result.entries();
        } catch (CucmException e) {
            if (e.failure() == CucmFailure.CANCELLED) {
                throw new InterruptedException(e.getMessage());
            }
            if (e.failure() == CucmFailure.CERTIFICATE_UNTRUSTED && e.detail() != null) {
                throw new InputError(e.getMessage() + ": add --axl-fingerprint " + e.detail() + " once you have checked it",
                        e);
            }
            throw new InputError(e.getMessage(), e);
        }
    }

    /** The password of --axl-user: from the environment, else asked. */
    public static char[] password(Settings s, Environment env, Console console, CommandLine cmd) {
        return PasswordVariable.requireOrAsk(env, PASSWORD_VARIABLE, "--axl-user", s.user(), console, cmd);
    }
}
