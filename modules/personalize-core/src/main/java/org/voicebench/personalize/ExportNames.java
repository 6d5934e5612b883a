package org.voicebench.personalize;

import java.util.regex.Pattern;

/**
 * The names an export writes: {@code NAME.png} and {@code TN-NAME.png} in each Desktops folder (Cisco's own
 * examples use {@code TN-} for thumbnails), {@code NAME.raw} and {@code NAME.rwb} for ring tones. Ringlist
 * {@code FileName} and {@code DisplayName} hold at most 25 characters (Cisco admin guides), so NAME holds 21.
 */
final class ExportNames {

    static final int MAX_LIST_TEXT = 25;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,20}");

    private ExportNames() {
    }

    /** @throws PersonalizeInputException saying which characters and length are allowed */
    static String check(String name) throws PersonalizeInputException {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new PersonalizeInputException("name \"" + name + "\": use 1 to 21 letters, digits, '-' or '_' (the ring"
                    + " tone file NAME.raw must fit the phones' 25 characters)");
        }
        return name;
    }

    /** @throws PersonalizeInputException when a Ringlist display name is empty or over 25 characters */
    static String displayName(String text) throws PersonalizeInputException {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.length() > MAX_LIST_TEXT || t.chars().anyMatch(c -> c < ' ')) {
            throw new PersonalizeInputException("ring tone display name \"" + t + "\": phones show 1 to " + MAX_LIST_TEXT
                    + " characters");
        }
        return t;
    }
}
