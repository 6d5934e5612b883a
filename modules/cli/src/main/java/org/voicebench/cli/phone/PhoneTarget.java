package org.voicebench.cli.phone;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.voicebench.cli.Environment;
import org.voicebench.cli.PasswordVariable;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The phone a command talks to and how, mixed into each phone command with {@code @Mixin}: the
 * address, {@code --user} (password from {@link #PASSWORD_VARIABLE}), {@code --timeout} and
 * {@code --model}. Wrong values are usage errors, found before anything is sent.
 */
public final class PhoneTarget {

    /** The environment variable holding the password for {@code --user}. */
    public static final String PASSWORD_VARIABLE = PasswordVariable.NAME;

    @Parameters(index = "0", paramLabel = "ADDRESS", description = "the phone: host or IP address, optionally with :PORT (default 80)")
    String address;

    @Option(names = "--user", paramLabel = "USER",
            description = "user associated with the phone (needed for press, execute and screenshot); password from "
                    + PASSWORD_VARIABLE)
    String user;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "connect and answer timeout (default: 5 s to connect, 20 s to answer)")
    Integer timeoutSeconds;

    @Option(names = "--model", paramLabel = "MODEL",
            description = "the phone's model, e.g. 8845 or CP-7965G (default: read from DeviceInformationX when needed)")
    String model;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** The parsed address. */
    PhoneAddress address() {
        try {
            return PhoneAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw usage("not a phone address: " + e.getMessage());
        }
    }

    /** True when {@code --user} was given. */
    boolean hasUser() {
        return user != null;
    }

    /** The model profile named by {@code --model}, if given. */
    Optional<ModelProfile> modelOption() {
        if (model == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ModelProfiles.builtIn().forModel(model));
        } catch (IllegalArgumentException e) {
            throw usage("--model: " + e.getMessage());
        }
    }

    /**
     * A client with the timeouts and credentials asked for. Check the address, model and any
     * other argument first: this is the last usage check (the password).
     */
    PhoneClient client(Environment env) {
        PhoneClientSettings settings = PhoneClientSettings.defaults();
        if (timeoutSeconds != null) {
            if (timeoutSeconds < 1) {
                throw usage("--timeout must be at least 1 second, not " + timeoutSeconds);
            }
            Duration t = Duration.ofSeconds(timeoutSeconds);
            settings = settings.withConnectTimeout(t).withResponseTimeout(t);
        }
        return new PhoneClient(settings, credentials(env));
    }

    private CredentialsProvider credentials(Environment env) {
        if (user == null) {
            return CredentialsProvider.none();
        }
        char[] chars = PasswordVariable.require(env, user, command.commandLine()).toCharArray();
        try {
            return CredentialsProvider.fixed(new PhoneCredentials(user, chars));
        } catch (IllegalArgumentException e) {
            throw usage("--user: " + e.getMessage());
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** Prints the failure as one line, {@code ADDRESS: OUTCOME: message}, and returns the exit code. */
    int report(PhoneException e) {
        err().println(e.phone() + ": " + e.failure() + ": " + e.getMessage());
        return PhoneCommand.FAILED;
    }

    /** A usage error of this command: picocli prints it with the short usage and exits 2. */
    ParameterException usage(String message) {
        return new ParameterException(command.commandLine(), message);
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
