package org.voicebench.phone;

import java.util.Locale;
import java.util.Objects;

/**
 * What a phone's page says about one of its trust lists (ITL or CTL).
 *
 * @param presence  whether the page shows the file installed, not installed, or says nothing about it
 * @param fileName  the file the phone names (e.g. {@code ITLSEP0011AABBCCDD.tlv}), or null
 * @param hash      the hash the phone shows, lower-case hex without separators, or null
 * @param algorithm the hash's algorithm, told by its length (phones show MD5 or SHA-1 by model)
 * @param shown     the text as the phone showed it (signature row, else file row), or null
 * @param label     the row the state was read from, e.g. {@code ITL signature}, or null when nothing was shown
 */
public record TrustFile(Presence presence, String fileName, String hash, HashAlgorithm algorithm, String shown,
                        String label) {

    /** Installed, not installed, or not shown at all (never guess "not installed" from a missing row). */
    public enum Presence {
        INSTALLED, NOT_INSTALLED, NOT_SHOWN
    }

    /** The algorithm of a shown hash, by its length in bytes. */
    public enum HashAlgorithm {
        MD5(16), SHA1(20), SHA256(32), UNKNOWN(0);

        private final int bytes;

        HashAlgorithm(int bytes) {
            this.bytes = bytes;
        }

        /** The algorithm whose digest has this many hex digits; UNKNOWN for any other length. */
        public static HashAlgorithm ofHexLength(int hexDigits) {
            for (HashAlgorithm a : values()) {
                if (a.bytes > 0 && a.bytes * 2 == hexDigits) {
                    return a;
                }
            }
            return UNKNOWN;
        }

        /** As people write it: MD5, SHA-1, SHA-256. */
        public String displayName() {
            return switch (this) {
                case MD5 -> "MD5";
                case SHA1 -> "SHA-1";
                case SHA256 -> "SHA-256";
                case UNKNOWN -> "unknown hash";
            };
        }
    }

    /** Nothing shown about the file. */
    public static final TrustFile NOT_SHOWN = new TrustFile(Presence.NOT_SHOWN, null, null, HashAlgorithm.UNKNOWN, null, null);

    public TrustFile {
        Objects.requireNonNull(presence, "presence");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /**
     * The hash in a phone's spelling ({@code EE 5C 62 ... 93 }, {@code ee:5c:...}, {@code EE5C...}) as lower-case
     * hex, or null when the text is no whole number of hex bytes.
     */
    public static String normaliseHash(String shown) {
        if (shown == null) {
            return null;
        }
        String h = shown.replaceAll("[\\s:.-]", "").toLowerCase(Locale.ROOT);
        return h.length() >= 2 && h.length() % 2 == 0 && h.matches("[0-9a-f]+") ? h : null;
    }
}
