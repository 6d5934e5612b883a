package org.voicebench.macro;

import java.util.Locale;
import java.util.Optional;

/** What an {@link Step.ExpectScreen} guard looks at in the phone's {@code /CGI/Java/ModeInfo}. */
public enum ScreenPart {
    /** The screen's title ({@code PlaneTitle}). */
    TITLE,
    /** The prompt line. */
    PROMPT,
    /** The status line. */
    STATUS,
    /** Any line: a field's name or value. */
    FIELD;

    /** The name in macro files: {@code title}, {@code prompt}, {@code status}, {@code field}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ScreenPart> byJsonName(String name) {
        for (ScreenPart p : values()) {
            if (p.jsonName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
