package org.voicebench.trust.ui.nodes;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Set;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.Area;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.Function;
import org.voicebench.trust.Hex;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;

/**
 * An element's value as text: strings decoded, numbers as numbers (with their meaning),
 * addresses dotted, binary values as hex. Works from the element's byte range only, so an
 * unknown or odd-sized element still shows something true.
 */
@Messages({
    "# {0} - number of nested elements", "VAL_Container={0} nested elements",
    "VAL_Padding=padding byte",
    "VAL_Empty=(empty)",
    "# {0} - hex of the first bytes", "# {1} - total bytes", "VAL_HexTruncated={0}... ({1} bytes)",
    "# {0} - code", "# {1} - meaning", "VAL_Coded={0} ({1})",
    "# {0} - bits", "VAL_Bits={0}-bit key",
    "VAL_Unknown=unknown",
    "VAL_Rsa=RSA PKCS#1 v1.5"
})
public final class ElementValues {

    /** Binary values longer than this are cut in the property sheet (export the certificate instead). */
    static final int MAX_HEX_BYTES = 1024;

    private static final Set<String> CONTAINERS = Set.of("SIGNER_ID", "SIGNATURE_INFO", "SIGNATURE_ALGORITHM_INFO",
            "ENCRYPTION_INFO", "ENCRYPTION_KEY_INFO", "ENCRYPTION_IV_INFO");
    private static final Set<String> HEADER_STRINGS = Set.of("SIGNER_NAME", "CA_NAME", "FILENAME",
            "ENCRYPTION_CERT_ISSUER");
    private static final Set<String> RECORD_STRINGS = Set.of("DNS_NAME", "SUBJECT_NAME", "ISSUER_NAME");

    private ElementValues() {
    }

    /** The value of {@code e} as read from {@code list}. */
    public static String describe(TrustList list, TlvElement e) {
        String name = e.name();
        if (e.area() == Area.HEADER && e.tag() == 13 && e.length() == 1) {
            return Bundle.VAL_Padding();
        }
        if (!e.children().isEmpty() || (e.area() == Area.HEADER && CONTAINERS.contains(name))) {
            return Bundle.VAL_Container(Integer.toString(e.children().size()));
        }
        if (e.valueLength() == 0) {
            return Bundle.VAL_Empty();
        }
        boolean header = e.area() == Area.HEADER;
        if ((header ? HEADER_STRINGS : RECORD_STRINGS).contains(name)) {
            return string(list, e);
        }
        if (header) {
            return switch (name) {
                case "VERSION", "SIGNER_VERSION" -> e.valueLength() == 2
                        ? list.byteAt(e.valueOffset()) + "." + list.byteAt(e.valueOffset() + 1) : hex(list, e);
                case "HEADER_LENGTH" -> number(list, e);
                case "DIGEST_ALGORITHM" -> coded(list, e, c -> {
                    DigestAlgorithm d = DigestAlgorithm.ofCode((int) c);
                    return d == null ? Bundle.VAL_Unknown() : d.label();
                });
                case "SIGNATURE_ALGORITHM" -> coded(list, e, c -> c == 0 ? Bundle.VAL_Rsa() : Bundle.VAL_Unknown());
                case "SIGNATURE_MODULUS" -> coded(list, e, c -> c >= 0 && c <= 3
                        ? Bundle.VAL_Bits(Long.toString(512L << c)) : Bundle.VAL_Unknown());
                case "TIMESTAMP" -> e.valueLength() == 4
                        ? Bundle.VAL_Coded(Long.toString(unsigned(list, e)), Instant.ofEpochSecond(unsigned(list, e)).toString())
                        : hex(list, e);
                default -> hex(list, e);
            };
        }
        return switch (name) {
            case "RECORD_LENGTH", "HASH_ALGORITHM" -> number(list, e);
            case "FUNCTION" -> coded(list, e, c -> c <= Integer.MAX_VALUE ? Function.label((int) c) : Bundle.VAL_Unknown());
            case "IP_ADDRESS" -> e.valueLength() == 4 ? ip(list, e) : hex(list, e);
            default -> hex(list, e);
        };
    }

    /** The raw value bytes as hex, cut after {@link #MAX_HEX_BYTES}. */
    public static String hex(TrustList list, TlvElement e) {
        int n = Math.min(e.valueLength(), MAX_HEX_BYTES);
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) list.byteAt(e.valueOffset() + i);
        }
        String hex = Hex.of(b);
        return n < e.valueLength() ? Bundle.VAL_HexTruncated(hex, Integer.toString(e.valueLength())) : hex;
    }

    private static String string(TrustList list, TlvElement e) {
        int n = 0;
        while (n < e.valueLength() && list.byteAt(e.valueOffset() + n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) list.byteAt(e.valueOffset() + i);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String number(TrustList list, TlvElement e) {
        return e.valueLength() <= 4 ? Long.toString(unsigned(list, e)) : hex(list, e);
    }

    private static String coded(TrustList list, TlvElement e, java.util.function.LongFunction<String> meaning) {
        if (e.valueLength() > 4) {
            return hex(list, e);
        }
        long code = unsigned(list, e);
        return Bundle.VAL_Coded(Long.toString(code), meaning.apply(code));
    }

    private static long unsigned(TrustList list, TlvElement e) {
        long v = 0;
        for (int i = 0; i < e.valueLength(); i++) {
            v = (v << 8) | list.byteAt(e.valueOffset() + i);
        }
        return v;
    }

    private static String ip(TrustList list, TlvElement e) {
        int o = e.valueOffset();
        return list.byteAt(o) + "." + list.byteAt(o + 1) + "." + list.byteAt(o + 2) + "." + list.byteAt(o + 3);
    }
}
