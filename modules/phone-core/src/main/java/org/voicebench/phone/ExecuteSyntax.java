package org.voicebench.phone;

import java.util.regex.Pattern;

/**
 * What {@link Phone#press} and {@link Phone#execute} accept, for callers that check a whole list
 * of keys or URIs before sending the first (a half-sent sequence leaves the phone on an unknown
 * screen).
 */
public final class ExecuteSyntax {

    /** The phone refuses objects over 40 KB; the URI is a small part of one. */
    static final int MAX_URI = 4096;

    private static final Pattern KEY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    private ExecuteSyntax() {
    }

    /** A key name: a letter, then letters, digits or underscores ({@code Settings}, {@code KeyPad4}, {@code Soft2}). */
    public static boolean isKeyName(String key) {
        return key != null && KEY_NAME.matcher(key).matches();
    }

    /**
     * An Execute URI: {@code SCHEME:VALUE} ({@code Key:Settings}, {@code Dial:1000}, {@code http://...}),
     * at most {@value #MAX_URI} characters, no control characters.
     */
    public static boolean isUri(String uri) {
        return uri != null && !uri.isBlank() && uri.length() <= MAX_URI && uri.indexOf(':') > 0
                && uri.chars().noneMatch(c -> c < ' ');
    }
}
