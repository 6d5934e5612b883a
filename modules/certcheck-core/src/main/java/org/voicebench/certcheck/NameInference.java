package org.voicebench.certcheck;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Role and node from a certificate's file name: {@code <node>-<Role>.pem}, {@code <node>/<Role>.pem}
 * (a folder named after the node) or {@code <Role>.pem}, ignoring case.
 */
final class NameInference {

    /** What the name says. */
    record Inferred(CertificateRole role, String node, String note) {
    }

    private NameInference() {
    }

    /**
     * @param file the certificate file
     * @param nodeFolder true when the file's parent folder is named after the node (a subfolder of
     *                   the loaded folder), false when the parent is the loaded folder or unknown
     */
    static Inferred infer(Path file, boolean nodeFolder) {
        String stem = stem(file.getFileName().toString());
        String lower = stem.toLowerCase(Locale.ROOT);
        String folderNode = nodeFolder && file.getParent() != null && file.getParent().getFileName() != null
                ? file.getParent().getFileName().toString() : null;
        // CallManager-ECDSA is tried before CallManager (the enum order), so its suffix wins
        for (CertificateRole role : CertificateRole.values()) {
            if (role == CertificateRole.UNKNOWN) {
                continue;
            }
            String r = role.lower();
            if (lower.equals(r)) {
                return new Inferred(role, folderNode, null);
            }
            for (String sep : new String[] {"-", "_", "."}) {
                if (lower.endsWith(sep + r) && lower.length() > r.length() + 1) {
                    return new Inferred(role, stem.substring(0, stem.length() - r.length() - 1), null);
                }
            }
        }
        return new Inferred(CertificateRole.UNKNOWN, folderNode,
                "role not recognised from the file name \"" + file.getFileName() + "\"");
    }

    static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
