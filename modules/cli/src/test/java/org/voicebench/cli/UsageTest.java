package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Exit code 64 with a short usage on stderr, help and version on stdout with 0, 70 for a bug. */
class UsageTest {

    @Test
    void noArgumentsIsAUsageError() {
        CliRun run = CliRun.of();

        assertEquals(ExitCodes.USAGE, run.exit(), run.transcript());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("voicebench-cli: missing command\nUsage: voicebench-cli"), run.err());
        assertTrue(run.err().contains("\n  inspect ") && run.err().contains("\n  diff "), run.err());
        // the synopsis and one entry per command (12 commands), not the whole help with options and exit codes
        assertTrue(run.err().lines().count() <= 25, "short usage:\n" + run.err());
    }

    @Test
    void unknownCommand() {
        CliRun run = CliRun.of("inspekt", "x.tlv");

        assertEquals(ExitCodes.USAGE, run.exit(), run.transcript());
        assertTrue(run.err().startsWith("voicebench-cli: unknown command 'inspekt'\n"), run.err());
    }

    @Test
    void unknownOption() {
        CliRun run = CliRun.of("inspect", "--frobnicate", "x.tlv");

        assertEquals(ExitCodes.USAGE, run.exit(), run.transcript());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("voicebench-cli inspect: Unknown option: '--frobnicate'\n"), run.err());
        assertTrue(run.err().contains("Usage: voicebench-cli inspect"), run.err());
        assertTrue(run.err().contains("Try 'voicebench-cli inspect --help'"), run.err());
    }

    @Test
    void missingArguments() {
        CliRun inspect = CliRun.of("inspect", "--json");
        assertEquals(ExitCodes.USAGE, inspect.exit(), inspect.transcript());
        assertTrue(inspect.err().contains("Missing required parameter: 'FILE'"), inspect.err());

        CliRun diff = CliRun.of("diff", "old.tlv");
        assertEquals(ExitCodes.USAGE, diff.exit(), diff.transcript());
        assertTrue(diff.err().contains("Missing required parameter: 'NEW'"), diff.err());

        CliRun trust = CliRun.of("inspect", "x.tlv", "--trust");
        assertEquals(ExitCodes.USAGE, trust.exit(), trust.transcript());
    }

    @Test
    void helpAndVersionGoToStdoutWithZero() {
        for (String[] args : new String[][] {{"--help"}, {"help"}, {"-h"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exit(), run.transcript());
            assertTrue(run.out().startsWith("Usage: voicebench-cli"), run.out());
            assertTrue(run.out().contains("\n  inspect ") && run.out().contains("\n  diff "), run.out());
            assertTrue(run.out().contains("Exit codes:"), run.out());
            assertEquals("", run.err());
        }
        for (String[] args : new String[][] {{"help", "inspect"}, {"inspect", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertEquals(ExitCodes.OK, run.exit(), run.transcript());
            assertTrue(run.out().startsWith("Usage: voicebench-cli inspect"), run.out());
            assertTrue(run.out().contains("--trust=TRUSTLIST") && run.out().contains("--json"), run.out());
        }
        CliRun version = CliRun.of("--version");
        assertEquals(ExitCodes.OK, version.exit(), version.transcript());
        assertTrue(version.out().matches("voicebench-cli \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\n"), version.out());
    }

    /** A command whose contract gives usage errors exit code 2, as {@code phone} will. */
    @Command(name = "phonelike", subcommands = PhoneLike.Press.class)
    static final class PhoneLike implements Callable<Integer>, UsageExitCode {
        @Override
        public Integer call() {
            return 0;
        }

        @Override
        public int usageExitCode() {
            return 2;
        }

        @Command(name = "press")
        static final class Press implements Callable<Integer> {
            @Override
            public Integer call() {
                return 0;
            }
        }
    }

    @Test
    void aSubcommandCanDeclareItsOwnUsageExitCode() {
        StringWriter err = new StringWriter();
        CommandLine cmd = VoiceBenchCli.commandLine(new PrintWriter(new ByteArrayOutputStream(), true), new PrintWriter(err, true));
        cmd.addSubcommand(new PhoneLike());
        cmd.setErr(new PrintWriter(err, true));

        assertEquals(2, cmd.execute("phonelike", "--bogus"));
        assertEquals(2, cmd.execute("phonelike", "press", "--bogus"), "nested commands take their parent's code");
        assertEquals(ExitCodes.USAGE, cmd.execute("inspect", "--bogus"), "the others keep 64");
        assertTrue(err.toString().contains("voicebench-cli phonelike press: Unknown option: '--bogus'"), err.toString());
    }

    /** A command that fails the way a bug would. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }

    @Test
    void aBugIsExitSeventyWithTheTrace() {
        StringWriter err = new StringWriter();
        CommandLine cmd = VoiceBenchCli.commandLine(new PrintWriter(new ByteArrayOutputStream(), true), new PrintWriter(err, true));
        cmd.addSubcommand(new Boom());
        cmd.setErr(new PrintWriter(err, true)); // reaches the subcommand added after the first setErr

        int exit = cmd.execute("boom");

        assertEquals(ExitCodes.INTERNAL_ERROR, exit);
        assertTrue(err.toString().startsWith("voicebench-cli boom: internal error, please report it"), err.toString());
        assertTrue(err.toString().contains("java.lang.IllegalStateException: a bug"), err.toString());
        assertTrue(err.toString().contains("\tat "), "the trace is printed for bugs");
    }
}
