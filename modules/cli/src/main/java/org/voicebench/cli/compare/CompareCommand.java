package org.voicebench.cli.compare;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.certcheck.fetch.DownloadLimits;
import org.voicebench.certcheck.fetch.TlsTarget;
import org.voicebench.certcheck.fetch.TrustCheckInputs;
import org.voicebench.certcheck.report.ReportJson;
import org.voicebench.cli.ExitCodes;
import org.voicebench.cli.text.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code compare}: will phones holding this trust list still trust the cluster? */
@Command(name = "compare",
        sortOptions = false,
        description = {
            "Checks the trust list a phone holds against the cluster's current trust list and certificates, as "
                    + "the phone decides: the verdict (OK, RECOVERABLE_VIA_TVS, PHONES_WILL_REJECT) with its "
                    + "reasoning, findings with remedies, and where each certificate and record stands.",
            "Give at least --cluster-itl, --certs or --tls."},
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0   verdict OK",
            "  1   verdict RECOVERABLE_VIA_TVS or PHONES_WILL_REJECT",
            "  2   an input cannot be read, downloaded, parsed or captured (one line on stderr)",
            " 64   usage error"})
public final class CompareCommand implements Callable<Integer> {

    @Option(names = "--phone-itl", required = true, paramLabel = "FILE|URL",
            description = "the ITL (or CTL) the phone holds: a file, http://HOST:6970/ITLSEP<MAC>.tlv or tftp://HOST/...")
    String phoneList;

    @Option(names = "--cluster-itl", arity = "1..*", paramLabel = "FILE|URL",
            description = "the cluster's current ITL (or CTL): a file, http://HOST:6970/ITLFile.tlv or "
                    + "tftp://HOST/ITLFile.tlv; one per TFTP node may be given: the phone is checked against its own node's")
    List<String> clusterLists = new ArrayList<>();

    @Option(names = "--certs", arity = "1..*", paramLabel = "PATH",
            description = "cluster certificates: PEM/DER/PKCS#7 files or folders (roles and nodes from names like "
                    + "<node>-CallManager.pem), or ROLE@NODE=FILE")
    List<String> certificates = new ArrayList<>();

    @Option(names = "--tls", arity = "1..*", paramLabel = "HOST:PORT[=ROLE@NODE]",
            description = "capture the certificate a service presents (5061/2443 CallManager, 2445 TVS, 3804 CAPF, "
                    + "443/8443 tomcat); nothing is sent after the handshake")
    List<String> tls = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE.sgn", description = "a signed config file to check as the phone would")
    String configFile;

    @Option(names = "--signing", paramLabel = "RULE", defaultValue = "auto",
            description = "who signs the cluster's ITL when --cluster-itl is not given: auto, cucm12 (ITLRecovery) or "
                    + "pre12 (CallManager); default ${DEFAULT-VALUE}")
    String signing;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "timeout of each download and TLS handshake; default ${DEFAULT-VALUE}")
    int timeoutSeconds;

    @Option(names = "--json", description = "JSON: verdict, reasoning, findings, certificates, records")
    boolean json;

    @Option(names = "--wide", description = "do not cut long values to fit 120 columns")
    boolean wide;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TrustCheckInputs inputs = inputs();
        PrintWriter err = spec.commandLine().getErr();
        TrustCheckReport report;
        TrustCheckInputs.Loaded loaded;
        try {
            loaded = inputs.load(step -> { });
            report = loaded.check().run();
        } catch (TrustCheckInputs.InputException e) {
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (IllegalArgumentException e) { // nothing to compare with (folders without certificates)
            err.println(e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("compare: interrupted");
            return ExitCodes.INPUT_ERROR;
        }
        loaded.problems().forEach(p -> err.println("note: " + p));
        loaded.skipped().forEach(p -> err.println("note: " + p + ": skipped (not a certificate file name)"));
        if (json) {
            spec.commandLine().getOut().println(ReportJson.write(report));
        } else {
            new CompareReport(spec.commandLine().getOut(), Terminal.width(wide)).print(report);
        }
        return report.verdict() == Verdict.OK ? ExitCodes.OK : ExitCodes.NOT_OK;
    }

    /** The inputs from the options; a malformed option value is a usage error. */
    private TrustCheckInputs inputs() {
        if (clusterLists.isEmpty() && certificates.isEmpty() && tls.isEmpty()) {
            throw new ParameterException(spec.commandLine(),
                    "nothing to compare with: give --cluster-itl, --certs or --tls");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new ParameterException(spec.commandLine(), "--timeout must be 1..600 seconds: " + timeoutSeconds);
        }
        TrustCheckInputs in = new TrustCheckInputs().phoneList(phoneList).configFile(configFile).signing(signingRule())
                .limits(new DownloadLimits(Duration.ofSeconds(timeoutSeconds), DownloadLimits.DEFAULT.maxBytes()));
        clusterLists.forEach(in::clusterList);
        certificates.forEach(in::certificates);
        for (String t : tls) {
            try {
                in.tls(TlsTarget.parse(t));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--tls " + e.getMessage());
            }
        }
        return in;
    }

    private SigningRule signingRule() {
        return switch (signing.toLowerCase(Locale.ROOT)) {
            case "auto" -> SigningRule.AUTO;
            case "cucm12", "12" -> SigningRule.CUCM_12;
            case "pre12" -> SigningRule.PRE_12;
            default -> throw new ParameterException(spec.commandLine(),
                    "--signing must be auto, cucm12 or pre12: " + signing);
        };
    }
}
