package org.voicebench.trust;

/**
 * The role of a trust-list record (record tag 4). Codes not listed here are kept as numbers:
 * see {@link #label(int)}.
 */
public enum Function {
    SAST(0, "SAST"),
    CCM(1, "CCM"),
    CCM_TFTP(2, "CCM+TFTP"),
    TFTP(3, "TFTP"),
    CAPF(4, "CAPF"),
    APP_SERVER(7, "APP-SERVER"),
    TVS(21, "TVS");

    private final int code;
    private final String label;

    Function(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The name Cisco tools print, e.g. {@code CCM+TFTP}. */
    public String label() {
        return label;
    }

    /** The function with this code, or {@code null} when the code is not a documented one. */
    public static Function ofCode(int code) {
        for (Function f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return null;
    }

    /** The printed name of any code: a documented label, else {@code UNKNOWN(n)}. */
    public static String label(int code) {
        Function f = ofCode(code);
        return f != null ? f.label : "UNKNOWN(" + code + ")";
    }

    /** Parses a label ({@code CCM+TFTP}) or enum name ({@code CCM_TFTP}), case-insensitive. */
    public static Function parse(String text) {
        for (Function f : values()) {
            if (f.label.equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown function: " + text);
    }
}
