package org.voicebench.trust;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares the display names in trust-list records with certificate names. CUCM writes
 * {@code CN=..;OU=..;O=..} in a fixed order, other writers RFC 4514 commas in any order, so names
 * are compared as sorted lists of {@code TYPE=value}, ignoring case.
 */
final class DistinguishedNames {

    private DistinguishedNames() {
    }

    static boolean sameName(String recordName, String rfc4514) {
        // most files repeat the signer's issuer string verbatim: skip the normalisation then
        return recordName.equals(rfc4514) || normalize(recordName).equals(normalize(rfc4514));
    }

    /** Canonical attribute list of a {@code ;} or {@code ,} separated name. */
    static List<String> normalize(String name) {
        List<String> parts = name.indexOf(';') >= 0 ? List.of(name.split(";")) : splitUnescaped(name);
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                if (!part.isBlank()) {
                    out.add(part.trim().toLowerCase(Locale.ROOT));
                }
                continue;
            }
            String type = canonicalType(part.substring(0, eq).trim().toUpperCase(Locale.ROOT));
            String value = part.substring(eq + 1).trim().replace("\\", "").toLowerCase(Locale.ROOT);
            out.add(type + "=" + value);
        }
        out.sort(null);
        return out;
    }

    private static String canonicalType(String type) {
        return switch (type) {
            case "E", "EMAIL", "EMAILADDRESS", "1.2.840.113549.1.9.1" -> "EMAILADDRESS";
            case "S", "2.5.4.8" -> "ST";
            case "2.5.4.3" -> "CN";
            case "2.5.4.11" -> "OU";
            case "2.5.4.10" -> "O";
            case "2.5.4.7" -> "L";
            case "2.5.4.6" -> "C";
            default -> type;
        };
    }

    private static List<String> splitUnescaped(String name) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                current.append(c).append(name.charAt(++i));
            } else if (c == ',' || c == '+') {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }
}
