package org.voicebench.phone.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One spelling for a phone model. Phones, CUCM, inventories and users name the same model
 * {@code CP-7945G}, {@code 7945}, {@code cp-7945g} or {@code Cisco IP Phone 7945}; reports that
 * group by the raw string show the same phones twice. The normal form is the four-digit number
 * plus any letters that make a different model ({@code NR}: no radio), without {@code CP-}, the
 * trailing {@code G} and any dashed suffix ({@code -GE}, {@code -K9}).
 */
final class ModelNames {

    private static final Pattern NUMBER = Pattern.compile("(?<![0-9])([0-9]{4})(?![0-9])([A-Z]*)");
    private static final String VENDOR_PREFIX = "CP-";

    private ModelNames() {
    }

    /**
     * {@code "CP-7942G"} and {@code "Cisco IP Phone 7942"} to {@code "7942"}, {@code "cp-8851nr"} to
     * {@code "8851NR"}, a name without a model number upper-cased without {@code CP-}
     * ({@code "CP-DX650"} to {@code "DX650"}); null or blank to {@code ""}.
     */
    static String normalise(String reported) {
        if (reported == null || reported.isBlank()) {
            return "";
        }
        String s = reported.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(s);
        if (m.find()) {
            String variant = m.group(2);
            return m.group(1) + (variant.endsWith("G") ? variant.substring(0, variant.length() - 1) : variant);
        }
        return s.startsWith(VENDOR_PREFIX) ? s.substring(VENDOR_PREFIX.length()).trim() : s;
    }
}
