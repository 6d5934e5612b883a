package org.voicebench.cli.trust;

import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.json.TrustListJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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

    @Mixin
    CommandIo io;

    @Override
    public Integer call() {
        // both files are read, so that the user learns about both at once
        TrustList older = io.readOrReport(oldFile);
        TrustList newer = io.readOrReport(newFile);
        if (older == null || newer == null) {
            return ExitCodes.INPUT_ERROR;
        }
        TrustListDiff d = TrustListDiff.compare(older, newer);
        String oldName = TrustListInput.displayName(oldFile);
        String newName = TrustListInput.displayName(newFile);
        if (json) {
            io.out().println(TrustListJson.write(TrustListJson.diff(oldName, newName, d)));
        } else {
            new DiffReport(io.out(), io.width()).print(oldName, newName, d);
        }
        return d.identical() ? ExitCodes.OK : ExitCodes.NOT_OK;
    }
}
