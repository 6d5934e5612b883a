package org.voicebench.phone;

import java.util.Locale;

/**
 * The names under which a phone asks its TFTP server for its trust lists. A booting phone asks for
 * {@code CTLSEP<MAC>.tlv}, then {@code ITLSEP<MAC>.tlv}, then {@code ITLFile.tlv} (captured: a 7962G's
 * TFTP requests, a CP-8945's console log); a per-phone {@code ITLSEP<MAC>.tlv} overrides the node's
 * default ITL when it exists (field-tested). The phone simulator answers and asks by these names, and
 * the audit compares each phone with what its node serves under them, so both spell them here once.
 */
public final class TftpFileNames {

    /** The TFTP node's default ITL. */
    public static final String ITL_FILE = "ITLFile.tlv";
    /** The cluster's CTL (mixed mode). */
    public static final String CTL_FILE = "CTLFile.tlv";

    private TftpFileNames() {
    }

    /** {@code ITLSEP<MAC>.tlv}: the per-phone ITL a phone asks for before {@link #ITL_FILE}. */
    public static String itlSep(String mac) {
        return "ITLSEP" + requireMac(mac) + ".tlv";
    }

    /** {@code CTLSEP<MAC>.tlv}: the per-phone CTL a booting phone asks for first. */
    public static String ctlSep(String mac) {
        return "CTLSEP" + requireMac(mac) + ".tlv";
    }

    /**
     * A MAC address as phones spell it in file names: 12 upper-case hex digits. Separators ({@code :},
     * {@code -}, {@code .}, spaces) are dropped, so {@code 00:be:75:00:00:01} gives {@code 00BE75000001}.
     *
     * @return the 12 digits, or null when the text is no MAC address (or null)
     */
    public static String normaliseMac(String text) {
        if (text == null) {
            return null;
        }
        String mac = text.replaceAll("[\\s:.-]", "").toUpperCase(Locale.ROOT);
        return mac.matches("[0-9A-F]{12}") ? mac : null;
    }

    private static String requireMac(String mac) {
        String normalised = normaliseMac(mac);
        if (normalised == null) {
            throw new IllegalArgumentException("not a MAC address (12 hex digits): " + mac);
        }
        return normalised;
    }
}
