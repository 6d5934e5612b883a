package org.voicebench.certcheck.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.fetch.TlsTarget;
import org.voicebench.certcheck.fetch.TrustListLocation;

/**
 * What the user asked to check, read from the form's texts and validated before anything runs.
 *
 * @param phoneList the trust list the phone holds (file or URL)
 * @param clusterList the cluster's current trust list, or null
 * @param certificates certificate files and folders
 * @param hosts live TLS services to capture
 * @param configFile a signed config file, or null
 * @param signing the signing rule
 */
@Messages({
    "ERR_NoPhoneList=Choose the trust list the phone holds.",
    "ERR_NothingToCompare=Give the cluster's current trust list, certificate files or folders, or live hosts to compare with.",
    "# {0} - line", "# {1} - problem", "ERR_BadLine={0}: {1}"
})
public record CheckInputs(TrustListLocation phoneList, TrustListLocation clusterList, List<Path> certificates,
                          List<TlsTarget> hosts, Path configFile, SigningRule signing) {

    public CheckInputs {
        Objects.requireNonNull(phoneList, "phoneList");
        Objects.requireNonNull(signing, "signing");
        certificates = List.copyOf(certificates);
        hosts = List.copyOf(hosts);
    }

    /**
     * Reads the form: one path per line for certificates, one {@code HOST:PORT[=ROLE@NODE]} per
     * line for hosts; blank lines ignored.
     *
     * @throws IllegalArgumentException with a message for the user naming the bad entry
     */
    public static CheckInputs parse(String phone, String cluster, String certificateLines, String hostLines,
                                    String config, SigningRule signing) {
        if (phone == null || phone.isBlank()) {
            throw new IllegalArgumentException(Bundle.ERR_NoPhoneList());
        }
        TrustListLocation phoneList = TrustListLocation.parse(phone);
        TrustListLocation clusterList = cluster == null || cluster.isBlank() ? null : TrustListLocation.parse(cluster);
        List<Path> certificates = new ArrayList<>();
        for (String line : lines(certificateLines)) {
            try {
                certificates.add(Path.of(line));
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException(Bundle.ERR_BadLine(line, e.getMessage()), e);
            }
        }
        List<TlsTarget> hosts = new ArrayList<>();
        for (String line : lines(hostLines)) {
            hosts.add(TlsTarget.parse(line));
        }
        if (clusterList == null && certificates.isEmpty() && hosts.isEmpty()) {
            throw new IllegalArgumentException(Bundle.ERR_NothingToCompare());
        }
        Path configFile = config == null || config.isBlank() ? null : Path.of(config.trim());
        return new CheckInputs(phoneList, clusterList, certificates, hosts, configFile, signing);
    }

    /** Non-blank lines, trimmed. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
