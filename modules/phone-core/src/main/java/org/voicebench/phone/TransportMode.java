package org.voicebench.phone;

import java.util.Locale;

/** Which {@link KeyTransport} a run uses: one of them, or {@code auto}. */
public enum TransportMode {
    WEB,
    CTI,
    /** The web server where it works; CTI, when configured, for phones whose web access is off or that refuse credentials. */
    AUTO;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code web}, {@code cti} or {@code auto}, ignoring case. */
    public static TransportMode parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        for (TransportMode m : values()) {
            if (m.name().equals(t)) {
                return m;
            }
        }
        throw new IllegalArgumentException("transport \"" + text + "\" is not one of web, cti, auto");
    }
}
