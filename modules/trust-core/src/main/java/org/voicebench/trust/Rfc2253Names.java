package org.voicebench.trust;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;

/**
 * Distinguished names as text, in the RFC 2253 form of the JDK's
 * {@code X500Principal.getName(RFC2253)}, which is what {@code inspect}, its JSON and the
 * inspector have always shown. Made from BouncyCastle's parse of the certificate, so that a
 * certificate is decoded by one parser instead of BouncyCastle's and then the JDK's for its two
 * names. The JDK's rules are followed to the character because the names are part of the JSON
 * contract: last RDN first, {@code ,} between RDNs and {@code +} inside one, the JDK's RFC 2253
 * keywords and the dotted OID otherwise, {@code #} and the hex DER of values that are not strings
 * or whose type is an OID, {@code \} before {@code ,=+<>#;"\} and leading or trailing spaces and
 * carriage returns, {@code \00} for NUL. String values are read in their type's character set
 * (UTF-8, UTF-16BE for BMPString, ISO-8859-1 for the 8-bit types), as current JDKs do; JDK 17
 * read every type as UTF-8, which differs only for non-ASCII text outside UTF8String and for
 * BMPString, both unseen in CUCM certificates.
 */
final class Rfc2253Names {

    /** What the JDK printed for a name it could not parse, kept for names without attributes. */
    static final String UNREADABLE = "(unreadable name)";

    /** The JDK's keywords for RFC 2253 (other attribute types print as their OID). */
    private static final Map<String, String> KEYWORDS = Map.of(
            "2.5.4.3", "CN", "2.5.4.6", "C", "2.5.4.7", "L", "2.5.4.8", "ST", "2.5.4.10", "O", "2.5.4.11", "OU",
            "2.5.4.9", "STREET", "0.9.2342.19200300.100.1.25", "DC", "0.9.2342.19200300.100.1.1", "UID");
    private static final String ESCAPED = ",=+<>#;\"\\";

    private Rfc2253Names() {
    }

    /**
     * The name as text, or {@link #UNREADABLE} for a name the JDK would not have parsed either (an
     * RDN without attributes, an attribute that is not a type and a value).
     *
     * @throws IOException when a value cannot be encoded again
     */
    static String format(X500Name name) throws IOException {
        RDN[] rdns = name.getRDNs();
        StringBuilder out = new StringBuilder(96);
        try {
            for (int i = rdns.length - 1; i >= 0; i--) {
                AttributeTypeAndValue[] values = rdns[i].getTypesAndValues();
                if (values.length == 0) {
                    return UNREADABLE;
                }
                if (i < rdns.length - 1) {
                    out.append(',');
                }
                for (int j = 0; j < values.length; j++) {
                    if (j > 0) {
                        out.append('+');
                    }
                    attribute(out, values[j]);
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            return UNREADABLE;
        }
        return out.toString();
    }

    private static void attribute(StringBuilder out, AttributeTypeAndValue ava) throws IOException {
        String oid = ava.getType().getId();
        String keyword = KEYWORDS.getOrDefault(oid, oid);
        out.append(keyword).append('=');
        // DL, not DER: a value is shown as encoded, a SET inside it not re-sorted
        byte[] encoded = ava.getValue().toASN1Primitive().getEncoded(ASN1Encoding.DL);
        Charset charset = charset(encoded[0] & 0xff);
        if (Character.isDigit(keyword.charAt(0)) || charset == null) {
            out.append('#').append(Hex.of(encoded));
            return;
        }
        int start = contentStart(encoded);
        escaped(out, new String(encoded, start, encoded.length - start, charset));
    }

    /** The character set of a string type the JDK prints as text, or {@code null} for other types. */
    private static Charset charset(int tag) {
        return switch (tag) {
            case 12 -> StandardCharsets.UTF_8; // UTF8String
            case 30 -> StandardCharsets.UTF_16BE; // BMPString
            case 19, 20, 22, 27 -> StandardCharsets.ISO_8859_1; // Printable, T61 (Teletex), IA5, General
            default -> null;
        };
    }

    /** Offset of the content after a one-byte tag and a DER length. */
    private static int contentStart(byte[] encoded) {
        int first = encoded[1] & 0xff;
        return first < 0x80 ? 2 : 2 + (first & 0x7f);
    }

    private static void escaped(StringBuilder out, String value) {
        StringBuilder v = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (ESCAPED.indexOf(c) >= 0) {
                v.append('\\').append(c);
            } else if (c == 0) {
                v.append("\\00");
            } else {
                v.append(c);
            }
        }
        int lead = 0;
        while (lead < v.length() && isSpace(v.charAt(lead))) {
            lead++;
        }
        int trail = v.length() - 1;
        while (trail >= 0 && isSpace(v.charAt(trail))) {
            trail--;
        }
        for (int i = 0; i < v.length(); i++) {
            if (i < lead || i > trail) {
                out.append('\\');
            }
            out.append(v.charAt(i));
        }
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\r';
    }
}
