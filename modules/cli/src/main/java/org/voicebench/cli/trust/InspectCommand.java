package org.voicebench.cli.trust;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.text.Terminal;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.json.TrustListJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

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

    @Option(names = "--wide", description = "do not cut long values to fit 120 columns")
    boolean wide;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        InspectReport report = new InspectReport(out, Terminal.width(wide));
        int exit = ExitCodes.OK;
        TrustedList trusted = null;
        if (trust != null) {
            try {
                trusted = TrustedList.of(TrustListInput.displayName(trust), TrustListInput.read(trust));
            } catch (TrustListInput.Unreadable e) {
                // without the anchor the files cannot be checked the way the user asked
                err.println(e.getMessage());
                return ExitCodes.INPUT_ERROR;
            }
            exit = trusted.ownSignature().status() == SignatureStatus.VALID ? ExitCodes.OK : ExitCodes.NOT_OK;
            if (!json) {
                report.trustedList(trusted);
            }
        }
        List<Inspection> done = new ArrayList<>();
        for (String file : files) {
            Inspection i;
            try {
                i = inspect(file, trusted);
            } catch (TrustListInput.Unreadable e) {
                out.flush();
                err.println(e.getMessage());
                exit = ExitCodes.worst(exit, ExitCodes.INPUT_ERROR);
                continue;
            }
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

    /** Reads one file and checks its signature: with its own records, or as a phone holding {@code trusted} would. */
    private static Inspection inspect(String file, TrustedList trusted) throws TrustListInput.Unreadable {
        TrustList list = TrustListInput.read(file);
        SignatureResult sig = trusted == null ? SignatureVerifier.verify(list) : SignatureVerifier.verifyAgainst(list, trusted.list());
        return new Inspection(TrustListInput.displayName(file), list, sig, trusted);
    }
}
