package org.voicebench.certcheck;

import java.util.List;
import java.util.Objects;
import org.voicebench.trust.CertificateInfo;

/**
 * One certificate of the cluster.
 *
 * @param role the role, UNKNOWN when neither the name nor the caller said
 * @param node the node it belongs to, or null when not known
 * @param sources where it was read: file paths, or {@code tls://host:port} for a live capture (the same
 *        certificate may come from several)
 * @param certificate the decoded certificate
 * @param note why the role or node is uncertain, or null
 */
public record ClusterCertificate(CertificateRole role, String node, List<String> sources, CertificateInfo certificate,
                                 String note) {

    public ClusterCertificate {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(certificate, "certificate");
        sources = List.copyOf(sources);
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("a certificate needs at least one source");
        }
    }

    /** The first place it was read from. */
    public String source() {
        return sources.get(0);
    }

    /** {@code ROLE@node}, or just the role when the node is not known. */
    public String label() {
        return node == null ? role.label() : role.label() + "@" + node;
    }

    /** SHA-256 of the DER certificate, the identity used to merge duplicates. */
    public String sha256() {
        return certificate.sha256();
    }
}
