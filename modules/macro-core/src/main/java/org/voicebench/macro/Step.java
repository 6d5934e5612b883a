package org.voicebench.macro;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One step of a macro. Key and URI steps are requests that change the phone; the others wait or read
 * what the phone shows. Each kind is a record, so steps compare by value.
 */
public sealed interface Step {

    /** The key names {@code Phone.press} accepts. */
    Pattern KEY_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /**
     * True for steps that need nothing back from the phone (keys, URIs, pauses, profile key sequences): the only
     * ones that can run over CTI, where the phone answers nothing and its screen cannot be read.
     */
    default boolean runsBlind() {
        return this instanceof Key || this instanceof Uri || this instanceof Pause || this instanceof ItlErase;
    }

    /** True for steps that send something that acts on the phone (a key or an Execute URI). */
    default boolean acts() {
        return false;
    }

    /** A short human-readable form, e.g. {@code Key:Settings}, for results and logs. */
    String describe();

    /** Presses a key ({@code Key:<name>}), resolved through the model's aliases. */
    record Key(String name) implements Step {
        public Key {
            Objects.requireNonNull(name, "name");
            if (!KEY_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("\"" + name + "\" is not a key name (letters, digits, underscore, e.g. Settings, KeyPad4, Soft2)");
            }
        }

        @Override
        public boolean acts() {
            return true;
        }

        @Override
        public String describe() {
            return "Key:" + name;
        }
    }

    /**
     * Opens the item of the menu on screen whose label is one of {@code labels}: reads ModeInfo, finds the item
     * by its label (case, accents and a leading item number ignored), presses its digit, then reads ModeInfo
     * again and stops the phone with SCREEN_MISMATCH unless the new title (or prompt) names the item. Menus move
     * with model, firmware and options (Bluetooth), so built-in destructive macros find items by label, as the
     * field tools do, instead of pressing remembered digits.
     *
     * @param labels the item's label and its other spellings (other firmware, other languages), first preferred
     */
    record Open(List<String> labels) implements Step {
        public Open {
            labels = List.copyOf(labels);
            if (labels.isEmpty() || labels.stream().anyMatch(l -> l == null || l.isBlank() || l.length() > 200)) {
                throw new IllegalArgumentException("an open step needs one or more item labels of 1..200 characters");
            }
        }

        /** The preferred label. */
        public String label() {
            return labels.get(0);
        }

        @Override
        public boolean acts() {
            return true;
        }

        @Override
        public String describe() {
            return "Open:" + label();
        }
    }

    /** Runs any Execute URI ({@code Init:Settings}, {@code Dial:1234}, ...), one per request. */
    record Uri(String uri) implements Step {
        private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

        public Uri {
            Objects.requireNonNull(uri, "uri");
            if (!SCHEME.matcher(uri).matches() || uri.length() > 4096 || uri.chars().anyMatch(c -> c < ' ')) {
                throw new IllegalArgumentException("\"" + uri + "\" is not an Execute URI (e.g. Init:Settings, Dial:1234)");
            }
        }

        @Override
        public boolean acts() {
            return true;
        }

        @Override
        public String describe() {
            return uri;
        }
    }

    /** Waits; directly after a key or URI step it replaces the default delay. */
    record Pause(long millis) implements Step {
        public Pause {
            if (millis < 0 || millis > 600_000) {
                throw new IllegalArgumentException("a pause must be 0..600000 ms, not " + millis);
            }
        }

        @Override
        public String describe() {
            return "Pause:" + millis;
        }
    }

    /** Takes screenshots until two in a row are equal; fails with TIMEOUT after {@code timeoutMillis}. */
    record WaitScreenStable(long timeoutMillis) implements Step {
        public WaitScreenStable {
            if (timeoutMillis < 1 || timeoutMillis > 600_000) {
                throw new IllegalArgumentException("a waitScreenStable timeout must be 1..600000 ms, not " + timeoutMillis);
            }
        }

        @Override
        public String describe() {
            return "WaitStable:" + timeoutMillis;
        }
    }

    /**
     * Reads the phone's ModeInfo and stops the phone with SCREEN_MISMATCH unless {@code target} matches
     * {@code pattern} (a Java regular expression, found anywhere in the text): the guard before a
     * destructive key.
     */
    record ExpectScreen(ScreenPart target, String pattern) implements Step {
        public ExpectScreen {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(pattern, "pattern");
            try {
                Pattern.compile(pattern);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("\"" + pattern + "\" is not a regular expression: " + e.getDescription(), e);
            }
        }

        /** The compiled pattern. */
        public Pattern regex() {
            return Pattern.compile(pattern);
        }

        @Override
        public String describe() {
            return "Expect:" + target.jsonName() + "=" + pattern;
        }
    }

    /** Takes a screenshot and keeps it in the phone's result. */
    record Screenshot(String label) implements Step {
        public Screenshot {
            label = label == null ? "" : label;
        }

        @Override
        public String describe() {
            return label.isEmpty() ? "Screenshot" : "Screenshot:" + label;
        }
    }

    /**
     * A part of the phone model's ITL-erase sequence from its model profile (phone-core's
     * {@code itlEraseSequence}), expanded when the macro is resolved for a phone: {@link Part#NAVIGATE} is
     * everything up to the trailing soft keys, {@link Part#CONFIRM} those soft keys (the destructive ones).
     * So built-ins follow corrected profiles instead of copying their key sequences.
     */
    record ItlErase(Part part) implements Step {
        /** Which part of the sequence. */
        public enum Part {
            NAVIGATE, CONFIRM
        }

        public ItlErase {
            Objects.requireNonNull(part, "part");
        }

        @Override
        public String describe() {
            return "ItlErase:" + part.name().toLowerCase(Locale.ROOT);
        }
    }
}
