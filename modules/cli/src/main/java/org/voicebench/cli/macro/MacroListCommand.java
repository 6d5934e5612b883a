package org.voicebench.cli.macro;

import java.io.PrintWriter;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.Variant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code macro list [--json NAME]}: the built-in macros and those of installed macro library providers
 * ({@code MacroLibraryProvider} plugins on the class path), or one of them as a macro file to copy and edit.
 */
@Command(name = "list",
        sortOptions = false,
        description = {"Lists the built-in macros (and those of macro library plugins on the class path): name, whether"
                + " destructive, the families they have variants for.",
            "With --json NAME, prints that built-in as a macro file, to save, edit and run with 'macro run FILE'."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0   listed", "  2   --json names no built-in", " 64   usage error"})
public final class MacroListCommand implements Callable<Integer> {

    @Option(names = "--json", paramLabel = "NAME", description = "print this built-in as a voicebench-macro/1 file")
    String json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (json != null) {
            Macro m = MacroLibrary.named(json).orElse(null);
            if (m == null) {
                spec.commandLine().getErr().println(spec.qualifiedName() + ": no built-in macro '" + json + "'; built-ins: "
                        + String.join(", ", MacroLibrary.allNames()));
                return ExitCodes.INPUT_ERROR;
            }
            out.print(MacroJson.write(m));
            return ExitCodes.OK;
        }
        for (Macro m : MacroLibrary.all()) {
            Set<String> families = new TreeSet<>();
            for (Variant v : m.variants()) {
                v.families().forEach(f -> families.add(f.name()));
                families.addAll(v.models());
            }
            out.println(m.name() + (m.destructive() ? "  [destructive" + (m.reboots() ? ", restarts the phone]" : "]") : ""));
            out.println("    for: " + String.join(", ", families));
            out.println("    " + m.description());
        }
        return ExitCodes.OK;
    }
}
