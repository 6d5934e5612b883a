package org.voicebench.phone.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a profile fact is known, in the words of {@code field-evidence.md}. Many facts (menu
 * positions, screen sizes, paths) were never seen on a real phone of every model; the level lets the
 * UI and CLI say "assumed" wherever a user decides on such a fact, instead of presenting a guess as
 * truth. The constants go from the strongest to the weakest.
 */
public enum EvidenceLevel {
    /** Raw output of a real phone or CUCM was seen. */
    CAPTURED("captured"),
    /** Cisco's administration guides or TAC documents say so. */
    VENDOR_DOC("vendor doc"),
    /** Public scripts whose history shows fixes made against real phones rely on it. */
    FIELD_TESTED("field-tested"),
    /** Nobody has shown it; kept as data a user can correct. */
    ASSUMED("assumed");

    private final String jsonName;

    EvidenceLevel(String jsonName) {
        this.jsonName = jsonName;
    }

    /** The level as profile files and people write it, e.g. {@code "vendor doc"}. */
    public String jsonName() {
        return jsonName;
    }

    /**
     * The level named {@code text} (its {@link #jsonName()}, ignoring case and surrounding spaces).
     *
     * @throws IllegalArgumentException naming the text and the valid levels
     */
    public static EvidenceLevel parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        List<String> names = new ArrayList<>();
        for (EvidenceLevel level : values()) {
            if (level.jsonName.equals(wanted)) {
                return level;
            }
            names.add("\"" + level.jsonName + "\"");
        }
        throw new IllegalArgumentException("evidence level \"" + text + "\" is not one of " + String.join(", ", names));
    }
}
