package org.voicebench.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line: one line saying what is wrong, a short usage text, and the usage exit
 * code ({@link ExitCodes#USAGE} unless a command declares another with {@link UsageExitCode}).
 * No stack trace.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        String name = cmd.getCommandSpec().qualifiedName();
        err.println(name + ": " + message(ex, cmd));
        UnmatchedArgumentException.printSuggestions(ex, err);
        printShortUsage(cmd, err);
        err.flush();
        return exitCode(cmd);
    }

    /** The code of the nearest command, from the failing one up to the root, that declares one; else 64. */
    static int exitCode(CommandLine cmd) {
        for (CommandLine c = cmd; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof UsageExitCode u) {
                return u.usageExitCode();
            }
        }
        return ExitCodes.USAGE;
    }

    /** Picocli's message, except for a word where a command was expected: "Unmatched argument at index 0" says too little. */
    private static String message(ParameterException ex, CommandLine cmd) {
        if (ex instanceof UnmatchedArgumentException u && !cmd.getSubcommands().isEmpty() && !u.getUnmatched().isEmpty()
                && !u.getUnmatched().get(0).startsWith("-")) {
            return "unknown command '" + u.getUnmatched().get(0) + "'";
        }
        return ex.getMessage();
    }

    /**
     * The synopsis, the list of commands when the command has subcommands (the user needs to know
     * them), and where to find the rest.
     */
    static void printShortUsage(CommandLine cmd, PrintWriter err) {
        CommandLine.Help help = cmd.getHelp();
        err.print(help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()));
        if (!cmd.getSubcommands().isEmpty()) {
            err.print(help.commandListHeading() + help.commandList());
        }
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
}
