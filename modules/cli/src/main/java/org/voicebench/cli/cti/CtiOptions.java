package org.voicebench.cli.cti;

import java.io.Console;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.voicebench.cli.Environment;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of key presses (and personalization objects) over CTI, shared by {@code macro run}, {@code audit} and
 * {@code personalize}: the transport, the user's own
 * Cisco JTAPI jar, the CTI Manager hosts and the CTI user (password from {@value #PASSWORD_VARIABLE}, else asked).
 */
public final class CtiOptions {

    /** The environment variable holding the password of {@code --cti-user}. */
    public static final String PASSWORD_VARIABLE = "VOICEBENCH_CTI_PASSWORD";

    @Option(names = "--transport", paramLabel = "web|cti|auto", defaultValue = "auto",
            description = "how keys reach the phones: their web server, CTI (CUCM delivers them over the phone's"
                    + " registration; needs --cti-jar, --cti-host, --cti-user), or auto: the web server, and CTI when"
                    + " configured for phones whose web access is off or that refuse the credentials (default ${DEFAULT-VALUE})")
    String transport;

    @Option(names = "--cti-jar", paramLabel = "PATH",
            description = "the jtapi.jar of your CUCM (Cisco Unified CM Administration > Application > Plugins > Cisco"
                    + " JTAPI); VoiceBench never ships it")
    Path jar;

    @Option(names = "--cti-host", paramLabel = "HOST[,HOST]", split = ",",
            description = "CTI Manager hosts (TCP 2748), tried in order")
    List<String> hosts;

    @Option(names = "--cti-user", paramLabel = "USER",
            description = "the application user with Standard CTI Enabled that controls the phones; password from "
                    + PASSWORD_VARIABLE + ", else asked on the terminal")
    String user;

    @Option(names = "--cti-associate", description = "add the phones to the CTI user's controlled devices for the run"
            + " (AXL, needs --axl) and put the user's previous list back exactly afterwards, journalled so that an"
            + " interrupted run still restores it; roles are never changed")
    boolean associate;

    /** Lab and test knob: the simulator's CTI can take keys faster than real phones. */
    @Option(names = "--cti-key-gap", paramLabel = "MS", hidden = true, defaultValue = "1000",
            description = "least milliseconds between two keys to one phone over CTI (default ${DEFAULT-VALUE}: the field's)")
    long keyGapMillis;

    /** The transport asked for. */
    public TransportMode mode(CommandLine cmd) {
        try {
            return TransportMode.parse(transport);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "--transport: " + e.getMessage());
        }
    }

    /** True when the jar, hosts and user are given. */
    public boolean configured() {
        return jar != null && hosts != null && !hosts.isEmpty() && user != null;
    }

    public boolean associate() {
        return associate;
    }

    public String user() {
        return user;
    }

    /**
     * Checks the options together; null when CTI is not to be used.
     *
     * @throws ParameterException for --transport cti without the CTI options, or only some of them
     */
    public CtiSettings settings(CommandLine cmd) {
        TransportMode mode = mode(cmd);
        boolean any = jar != null || hosts != null || user != null || associate;
        if (!configured() && (any || mode == TransportMode.CTI)) {
            throw new ParameterException(cmd, (mode == TransportMode.CTI ? "--transport cti" : "CTI") + " needs --cti-jar PATH,"
                    + " --cti-host HOST and --cti-user USER");
        }
        if (mode == TransportMode.WEB) {
            if (any) {
                throw new ParameterException(cmd, "--transport web sends no key over CTI: leave out the --cti options");
            }
            return null;
        }
        if (!configured()) {
            return null;
        }
        if (keyGapMillis < 0 || keyGapMillis > 60_000) {
            throw new ParameterException(cmd, "--cti-key-gap must be 0..60000 ms, not " + keyGapMillis);
        }
        try {
            return CtiSettings.of(jar, hosts, user).withKeyGap(Duration.ofMillis(keyGapMillis));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(cmd, "CTI: " + e.getMessage());
        }
    }

    /** The password of --cti-user: from the environment, else asked. */
    public char[] password(Environment env, Console console, CommandLine cmd) {
        return PasswordVariable.requireOrAsk(env, PASSWORD_VARIABLE, "--cti-user", user, console, cmd);
    }

    /** Opens the provider; the password array is cleared. */
    public static CtiProvider open(CtiSettings settings, char[] password) throws CtiException {
        try {
            return CtiProvider.open(settings, password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** The routes of the run: the transport asked for, with the provider when one is open. */
    public KeyRoutes routes(CommandLine cmd, CtiProvider provider) {
        return KeyRoutes.of(mode(cmd), provider);
    }
}
