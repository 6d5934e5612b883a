package org.voicebench.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.voicebench.cli.audit.AuditCommand;
import org.voicebench.cli.compare.CompareCommand;
import org.voicebench.cli.macro.MacroCommand;
import org.voicebench.cli.personalize.PersonalizeCommand;
import org.voicebench.cli.phone.PhoneCommand;
import org.voicebench.cli.sim.SimCommand;
import org.voicebench.cli.trust.DiffCommand;
import org.voicebench.cli.trust.InspectCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code voicebench-cli}: the headless command line. Each subcommand is one picocli
 * {@code @Command} class; adding one means writing that class and listing it in
 * {@code subcommands} below, the one place commands are registered.
 * <p>
 * {@code scope = INHERIT} gives every subcommand {@code --help} and {@code --version}. Usage
 * errors exit with {@link ExitCodes#USAGE}; a subcommand whose contract says otherwise (e.g.
 * {@code phone}: 2) implements {@link UsageExitCode}.
 */
@Command(name = "voicebench-cli",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = "VoiceBench for scripts and CI: inspect, verify and compare Cisco ITL/CTL trust lists and signed files; check whether phones still trust a cluster; drive one phone; run a key-press macro on many phones; audit a fleet's trust and fix the phones that lost it; put a background and ring tone on many phones; run a lab of simulated phones.",
        subcommands = {
            HelpCommand.class,
            InspectCommand.class,
            DiffCommand.class,
            CompareCommand.class,
            PhoneCommand.class,
            SimCommand.class,
            MacroCommand.class,
            AuditCommand.class,
            org.voicebench.cli.readiness.ReadinessCommand.class,
            PersonalizeCommand.class,
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   inspect: every file read, every signature VALID; diff: identical",
            "  1   inspect: a signature INVALID or UNVERIFIABLE; diff: the files differ",
            "  2   a file malformed or unreadable (one line per file on stderr)",
            " 64   usage error",
            "  compare: 0 verdict OK, 1 RECOVERABLE_VIA_TVS or PHONES_WILL_REJECT, 2 an input unusable, 64 usage",
            "  phone: 0 success, 1 the phone failed or refused, 2 usage error",
            "  sim: 0 stopped after --duration, 1 the lab (or --replay) could not start, 2 usage error",
            "  macro: 0 every phone succeeded, 1 any phone failed, 2 input error, 64 usage",
            "  audit: 0 every phone MATCH or FIXED, 1 any phone does not trust the cluster, 2 input error, 64 usage",
            "  personalize: 0 every phone SUCCESS, 1 any other outcome, 2 input error, 64 usage",
            "%nSee 'voicebench-cli help COMMAND' for a command's options.",
        })
public final class VoiceBenchCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command there is nothing to do: say how to use it. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.name() + ": missing command");
        UsageErrorHandler.printShortUsage(spec.commandLine(), err);
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs one command line and returns its exit code; tests call this in-process. Output is
     * written as UTF-8 so that JSON and names survive whatever the locale.
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, Environment.system());
    }

    /** Like {@link #run(String[], PrintStream, PrintStream)}, reading environment variables from {@code env}. */
    public static int run(String[] args, PrintStream out, PrintStream err, Environment env) {
        PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        try {
            return commandLine(o, e, env).execute(args);
        } finally {
            o.flush();
            e.flush();
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Environment.system());
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err, Environment env) {
        return new CommandLine(new VoiceBenchCli(), factory(env))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setExecutionExceptionHandler(new InternalErrorHandler());
    }

    /** Picocli's factory, except that commands reading the environment are given {@code env}. */
    private static CommandLine.IFactory factory(Environment env) {
        CommandLine.IFactory fallback = CommandLine.defaultFactory();
        return new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                if (cls == PhoneCommand.class) {
                    return cls.cast(new PhoneCommand(env));
                }
                if (cls == SimCommand.class) {
                    return cls.cast(new SimCommand(env));
                }
                if (cls == MacroCommand.class) {
                    return cls.cast(new MacroCommand(env));
                }
                if (cls == AuditCommand.class) {
                    return cls.cast(new AuditCommand(env));
                }
                if (cls == PersonalizeCommand.class) {
                    return cls.cast(new PersonalizeCommand(env));
                }
                if (cls == org.voicebench.cli.readiness.ReadinessCommand.class) { return cls.cast(new org.voicebench.cli.readiness.ReadinessCommand(env)); }
                return fallback.create(cls);
            }
        };
    }
}
