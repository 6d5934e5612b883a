package org.voicebench.cli.trust;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.text.Terminal;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.json.TrustListJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code diff OLD NEW [--json]}: what changed between two trust lists. */
@Command(name = "diff",
        sortOptions = false,
        description = {
            "Compares two trust lists: header changes, signer change, records added, removed and changed "
                    + "(matched by certificate identity and function)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   the files carry the same header fields and records",
            "  1   the files differ",
            "  2   OLD or NEW malformed or unreadable (one line per file on stderr)",
            " 64   usage error"})
public final class DiffCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OLD", description = "the older trust list")
    String oldFile;

    @Parameters(index = "1", paramLabel = "NEW", description = "the newer trust list")
    String newFile;

    @Option(names = "--json", description = "JSON: added, removed, changed, headerChanges, signerChanged, identical")
    boolean json;

    @Option(names = "--wide", description = "do not cut long values to fit 120 columns")
    boolean wide;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        TrustList older = read(oldFile, err);
        TrustList newer = read(newFile, err);
        if (older == null || newer == null) {
            return ExitCodes.INPUT_ERROR;
        }
        TrustListDiff d = TrustListDiff.compare(older, newer);
        String oldName = TrustListInput.displayName(oldFile);
        String newName = TrustListInput.displayName(newFile);
        if (json) {
            out.println(TrustListJson.write(TrustListJson.diff(oldName, newName, d)));
        } else {
            new DiffReport(out, Terminal.width(wide)).print(oldName, newName, d);
        }
        return d.identical() ? ExitCodes.OK : ExitCodes.NOT_OK;
    }

    /** The parsed file, or {@code null} after printing why it cannot be read (both files are tried). */
    private static TrustList read(String file, PrintWriter err) {
        try {
            return TrustListInput.read(file);
        } catch (TrustListInput.Unreadable e) {
            err.println(e.getMessage());
            return null;
        }
    }
}
