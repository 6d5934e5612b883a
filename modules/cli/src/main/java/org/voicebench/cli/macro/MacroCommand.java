package org.voicebench.cli.macro;

import java.util.Objects;
import java.util.concurrent.Callable;
import org.voicebench.cli.Environment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code macro run|list}: key-press macros on many phones. Exit codes 0/1/2/64 (see {@link MacroRunCommand}). */
@Command(name = "macro",
        sortOptions = false,
        description = {
            "Runs key-press macros on lists of phones; lists the built-ins.",
            "A macro (e.g. the built-in erase-itl) runs on every phone of a CSV list, a few phones at a time, each phone"
                    + " ending in an outcome such as SUCCESS, AUTH_FAILED or SCREEN_MISMATCH.",
            "The password for --user is read from the environment variable VOICEBENCH_PASSWORD, never from the command line."},
        subcommands = {
            MacroRunCommand.class,
            MacroListCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {MacroCommand.EXIT_OK, MacroCommand.EXIT_FAILED, MacroCommand.EXIT_INPUT, MacroCommand.EXIT_USAGE})
public final class MacroCommand implements Callable<Integer> {

    static final String EXIT_OK = "  0   every phone succeeded (SUCCESS or SUCCESS_REBOOTED); list: always";
    static final String EXIT_FAILED = "  1   at least one phone failed, was cancelled or did not match the macro";
    static final String EXIT_INPUT = "  2   input error: macro file or phone list unreadable or invalid, unknown built-in, journal or report unusable";
    static final String EXIT_USAGE = " 64   usage error, including --user without VOICEBENCH_PASSWORD and a destructive macro without --yes";

    private final Environment environment;

    @Spec
    CommandSpec spec;

    public MacroCommand(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    Environment environment() {
        return environment;
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "missing command");
    }
}
