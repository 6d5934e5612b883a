package org.voicebench.cli.trust;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.json.TrustListJson;
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

    @Option(names = "--json", description = "JSON: one object for one FILE, an array for several")
    boolean json;

    @Option(names = "--trust", paramLabel = "TRUSTLIST",
            description = "verify against this trust list (the ITL or CTL a phone holds)")
    String trust;

    @Mixin
    CommandIo io;

    @Override
    public Integer call() {
        PrintWriter out = io.out();
        InspectReport report = new InspectReport(out, io.width());
        int exit = ExitCodes.OK;
        TrustedList trusted = null;
        if (trust != null) {
            TrustList anchor = io.readOrReport(trust);
            if (anchor == null) {
                // without the anchor the files cannot be checked the way the user asked
                return ExitCodes.INPUT_ERROR;
            }
            trusted = TrustedList.of(TrustListInput.displayName(trust), anchor);
            exit = trusted.ownSignature().status() == SignatureStatus.VALID ? ExitCodes.OK : ExitCodes.NOT_OK;
            if (!json) {
                report.trustedList(trusted);
            }
        }
        List<Inspection> done = new ArrayList<>();
        for (String file : files) {
            TrustList list = io.readOrReport(file);
            if (list == null) {
                exit = ExitCodes.worst(exit, ExitCodes.INPUT_ERROR);
                continue;
            }
            Inspection i = inspect(file, list, trusted);
            exit = ExitCodes.worst(exit, i.valid() ? ExitCodes.OK : ExitCodes.NOT_OK);
            if (!json) {
                if (!done.isEmpty()) {
                    out.println();
                }
                report.print(i);
            }
            done.add(i);
        }
        if (json && (files.size() > 1 || !done.isEmpty())) {
            out.println(TrustListJson.write(InspectJson.of(done, files.size() > 1)));
        }
        return exit;
    }

    /** Checks a file's signature: with its own records, or as a phone holding {@code trusted} would. */
    private static Inspection inspect(String file, TrustList list, TrustedList trusted) {
        SignatureResult sig = trusted == null ? SignatureVerifier.verify(list) : SignatureVerifier.verifyAgainst(list, trusted.list());
        return new Inspection(TrustListInput.displayName(file), list, sig, trusted);
    }
}
