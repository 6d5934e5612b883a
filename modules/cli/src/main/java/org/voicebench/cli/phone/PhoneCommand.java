package org.voicebench.cli.phone;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.voicebench.cli.Environment;
import org.voicebench.cli.UsageExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code phone info|press|execute|screenshot|capture ADDRESS[:PORT] ...}: one phone over its web
 * interface. Its exit codes differ from the trust commands': 0 success, 1 the phone failed or
 * refused, 2 usage.
 */
@Command(name = "phone",
        sortOptions = false,
        description = {
            "Drives one Cisco IP phone: keys, Execute URIs, screenshots, information, a read-only capture of its pages.",
            "Talks to the phone's web interface (Web Access must be enabled), one request at a time.",
            "The password for --user is read from the environment variable " + PhoneTarget.PASSWORD_VARIABLE
                    + ", never from the command line."},
        subcommands = {
            InfoCommand.class,
            PressCommand.class,
            ExecuteCommand.class,
            ScreenshotCommand.class,
            CaptureCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {PhoneCommand.EXIT_OK, PhoneCommand.EXIT_FAILED, PhoneCommand.EXIT_USAGE})
public final class PhoneCommand implements Callable<Integer>, UsageExitCode {

    // the phone commands' exit codes, in each one's help
    static final String EXIT_OK = "  0   success";
    static final String EXIT_FAILED = "  1   the phone failed or refused (stderr: ADDRESS: OUTCOME: message)";
    static final String EXIT_USAGE = "  2   usage error, including --user without " + PhoneTarget.PASSWORD_VARIABLE + " set";

    /** Exit code when the phone (or, for screenshot, saving its answer) failed. */
    static final int FAILED = 1;
    /** Exit code of a wrong command line. */
    static final int USAGE = 2;

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public PhoneCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    Environment environment() {
        return environment;
    }

    /** {@code phone} alone is a usage error; the handler's short usage lists the commands. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }

    @Override
    public int usageExitCode() {
        return USAGE;
    }
}
