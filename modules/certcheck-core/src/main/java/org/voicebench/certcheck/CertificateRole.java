package org.voicebench.certcheck;

import java.util.Locale;
import java.util.Optional;

/** The role a certificate plays in a CUCM cluster, named as CUCM's OS administration names it. */
public enum CertificateRole {
    CALLMANAGER_ECDSA("CallManager-ECDSA"),
    CALLMANAGER("CallManager"),
    TVS("TVS"),
    CAPF("CAPF"),
    ITL_RECOVERY("ITLRecovery"),
    TOMCAT("tomcat"),
    /** The file name did not say which role; kept so nothing is dropped. */
    UNKNOWN("unknown");

    private final String label;

    CertificateRole(String label) {
        this.label = label;
    }

    /** The CUCM name, e.g. {@code CallManager-ECDSA}. */
    public String label() {
        return label;
    }

    /** The role whose CUCM name (or enum name) equals {@code text}, ignoring case; never UNKNOWN. */
    public static Optional<CertificateRole> parse(String text) {
        String t = text.trim();
        for (CertificateRole r : values()) {
            if (r != UNKNOWN && (r.label.equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t.replace('-', '_')))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label;
    }

    String lower() {
        return label.toLowerCase(Locale.ROOT);
    }
}
