package org.voicebench.readiness;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.voicebench.certcheck.CertificateRole;
import org.voicebench.certcheck.Regeneration;

/**
 * One planned change as written on the command line:
 *
 * <pre>
 * regenerate:ROLE[@NODE]     ROLE: CallManager, CallManager-ECDSA, TVS, CAPF, ITLRecovery, tomcat; no @NODE: every node
 * migrate:TARGET[,TARGET]    the target cluster's ITL files or URLs (one per TFTP node), or certificate files/folders
 * </pre>
 *
 * @param text         as given
 * @param regeneration for {@code regenerate:}, else null
 * @param targets      for {@code migrate:}, else empty
 */
public record ChangeSpec(String text, Regeneration regeneration, List<String> targets) {

    public ChangeSpec {
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(targets);
    }

    /**
     * @throws IllegalArgumentException naming what is wrong and the valid forms
     */
    public static ChangeSpec parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String kind = colon < 0 ? t : t.substring(0, colon).strip();
        String rest = colon < 0 ? "" : t.substring(colon + 1).strip();
        if (kind.equalsIgnoreCase("regenerate") && !rest.isEmpty()) {
            int at = rest.indexOf('@');
            String role = at < 0 ? rest : rest.substring(0, at);
            CertificateRole r = CertificateRole.parse(role).orElseThrow(() -> new IllegalArgumentException("change '" + t
                    + "': unknown role '" + role + "' (CallManager, CallManager-ECDSA, TVS, CAPF, ITLRecovery, tomcat)"));
            String node = at < 0 ? null : rest.substring(at + 1).strip();
            if (node != null && node.isEmpty()) {
                throw new IllegalArgumentException("change '" + t + "': a node after @, e.g. " + role + "@cucm-pub");
            }
            return new ChangeSpec(t, new Regeneration(r, node), List.of());
        }
        if (kind.equalsIgnoreCase("migrate") && !rest.isEmpty()) {
            List<String> targets = Arrays.stream(rest.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            return new ChangeSpec(t, null, targets);
        }
        throw new IllegalArgumentException("change '" + t + "' is not regenerate:ROLE[@NODE] (e.g."
                + " regenerate:CallManager@cucm-pub, regenerate:TVS for every node) or migrate:ITL-FILES-OR-CERT-FOLDER");
    }

    public boolean migrate() {
        return regeneration == null;
    }
}
