package org.voicebench.cli.trust;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.TrustAnchor;
import org.voicebench.trust.TrustList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect FILE... [--json] [--trust TRUSTLIST]}: read, verify and show trust lists and signed files. */
@Command(name = "inspect",
        sortOptions = false,
        description = {
            "Shows each file's header, records, signature verdict, hashes and warnings.",
            "Trust lists are verified with their own SAST records; with --trust, every file is verified against "
                    + "TRUSTLIST as a phone holding it would (.sgn files need --trust to be verifiable)."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   every file read and every signature VALID",
            "  1   every file read, some signature INVALID or UNVERIFIABLE",
            "  2   some file malformed or unreadable (one line per file on stderr)",
            " 64   usage error"})
public final class InspectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "ITLFile.tlv, ITLSEP<MAC>.tlv, CTLFile.tlv or a signed file (*.sgn)")
    List<String> files;

    @Option(names = "--json", description = "JSON: one object for one FILE, an array for several, printed as each file is read")
    boolean json;

    @Option(names = "--trust", paramLabel = "TRUSTLIST",
            description = "verify against this trust list (the ITL or CTL a phone holds)")
    String trust;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = io.out();
        InspectReport report = new InspectReport(out, io.width());
        int exit = ExitCodes.OK;
        TrustAnchor anchor = null;
        if (trust != null) {
            TrustList list = io.readOrReport(trust);
            if (list == null) {
                // without the anchor the files cannot be checked the way the user asked
                return ExitCodes.INPUT_ERROR;
            }
            anchor = TrustAnchor.of(Path.of(trust), list);
            exit = anchor.ownSignature().status() == SignatureStatus.VALID ? ExitCodes.OK : ExitCodes.NOT_OK;
            if (!json) {
                report.anchor(anchor);
            }
        }
        InspectJson stream = json ? InspectJson.start(out, files.size() > 1) : null;
        boolean first = true;
        try (InspectPipeline pipeline = new InspectPipeline(files, anchor)) {
            while (pipeline.hasNext()) {
                InspectPipeline.Outcome o = pipeline.next();
                if (o.problem() != null) {
                    io.report(o.problem());
                    exit = ExitCodes.worst(exit, ExitCodes.INPUT_ERROR);
                    continue;
                }
                InspectedFile file = o.inspected();
                exit = ExitCodes.worst(exit, file.valid() ? ExitCodes.OK : ExitCodes.NOT_OK);
                if (stream != null) {
                    stream.write(file);
                } else {
                    if (!first) {
                        out.println();
                    }
                    report.print(file);
                }
                first = false;
            }
        }
        if (stream != null) {
            stream.finish();
        }
        return exit;
    }
}
