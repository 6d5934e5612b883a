package org.voicebench.certcheck;

import java.util.Locale;
import java.util.Objects;

/**
 * One certificate regenerated in a planned change ({@code set cert regen ROLE} on a node).
 *
 * @param role the role regenerated
 * @param node the node whose certificate is regenerated (the host name as the ITL's records name it, e.g.
 *             {@code cucm-pub}), or null for every node holding that role
 */
public record Regeneration(CertificateRole role, String node) {

    public Regeneration {
        Objects.requireNonNull(role, "role");
        node = node == null || node.isBlank() ? null : node.strip();
    }

    /** Whether this regeneration replaces {@code c}. */
    public boolean replaces(ClusterCertificate c) {
        return c.role() == role && (node == null || (c.node() != null && c.node().toLowerCase(Locale.ROOT)
                .equals(node.toLowerCase(Locale.ROOT))));
    }

    /** {@code TVS@cucm-pub}, or {@code TVS (every node)}. */
    public String label() {
        return node == null ? role.label() + (role == CertificateRole.ITL_RECOVERY ? "" : " (every node)")
                : role.label() + "@" + node;
    }
}
