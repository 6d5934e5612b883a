package org.voicebench.certcheck;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A certificate file whose role and node the user gave: {@code ROLE@NODE=path} on the command line,
 * or {@code ROLE=path} when the node does not matter (ITLRecovery, for instance).
 *
 * @param role the role
 * @param node the node, or null
 * @param path the file
 */
public record CertificateSource(CertificateRole role, String node, Path path) {

    public CertificateSource {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(path, "path");
    }

    /**
     * Parses {@code ROLE@NODE=path} or {@code ROLE=path}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong
     */
    public static CertificateSource parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\": expected ROLE@NODE=path or ROLE=path");
        }
        String left = text.substring(0, eq);
        String path = text.substring(eq + 1);
        int at = left.indexOf('@');
        String roleText = at < 0 ? left : left.substring(0, at);
        String node = at < 0 ? null : left.substring(at + 1).trim();
        if (node != null && node.isEmpty()) {
            throw new IllegalArgumentException("\"" + text + "\": the node after @ is empty");
        }
        CertificateRole role = CertificateRole.parse(roleText).orElseThrow(() -> new IllegalArgumentException(
                "\"" + text + "\": unknown role \"" + roleText + "\" (expected CallManager, CallManager-ECDSA, TVS,"
                        + " CAPF, ITLRecovery or tomcat)"));
        return new CertificateSource(role, node, Path.of(path));
    }
}
