package org.voicebench.certcheck;

import java.util.List;
import java.util.Objects;

/**
 * What a planned change does to one TFTP node's ITL: which records get another certificate, and who signs it.
 *
 * @param node          the node (from its TFTP record), or the list's source when it names none
 * @param source        the current ITL the prediction starts from
 * @param changed       the records whose certificate the change replaces (1-based index, function, subject, role)
 * @param signerBefore  who signs the node's ITL today ({@code ITLRecovery (CN=...)}), or "unknown"
 * @param signerAfter   who signs it after the change
 * @param signerChanged true when the signing certificate itself is replaced: phones must find the new signer elsewhere
 */
public record NextItl(String node, String source, List<ChangedRecord> changed, String signerBefore, String signerAfter,
                      boolean signerChanged) {

    /**
     * One record of the ITL that gets a new certificate.
     *
     * @param index    1-based, in the current ITL
     * @param function e.g. {@code SAST}, {@code TVS}
     * @param subject  the certificate's subject now
     * @param role     the role regenerated, e.g. {@code TVS@cucm-pub}
     */
    public record ChangedRecord(int index, String function, String subject, String role) {
    }

    public NextItl {
        Objects.requireNonNull(node, "node");
        changed = List.copyOf(changed);
    }
}
