package org.voicebench.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One in-process run of the command line: exit code, stdout, stderr.
 *
 * @param exit the exit code {@code main} would pass to {@code System.exit}
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        return with(Environment.system(), args);
    }

    /** A run that reads environment variables from {@code env}. */
    static CliRun with(Environment env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VoiceBenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env);
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** For assertion messages: everything the run printed. */
    String transcript() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
    }
}
