package org.voicebench.trust;

/** Header tag 8: the digest the signature is computed over. */
public enum DigestAlgorithm {
    SHA1(1, "SHA-1"),
    SHA256(2, "SHA-256"),
    SHA512(3, "SHA-512");

    private final int code;
    private final String label;

    DigestAlgorithm(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    /** The JCA-style name, e.g. {@code SHA-256}. */
    public String label() {
        return label;
    }

    /** The algorithm for this code, or {@code null} when unknown. */
    public static DigestAlgorithm ofCode(int code) {
        for (DigestAlgorithm d : values()) {
            if (d.code == code) {
                return d;
            }
        }
        return null;
    }

    /** Parses {@code SHA-1}, {@code sha1}, {@code SHA512}..., case-insensitive. */
    public static DigestAlgorithm parse(String text) {
        String t = text.replace("-", "").toUpperCase(java.util.Locale.ROOT);
        return valueOf(t);
    }
}
