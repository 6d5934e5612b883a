package org.voicebench.macro;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The pipe text form other tools use, {@code Key:Settings|Key:KeyPad4|Pause:2000|Init:Services}: import
 * and export. Besides {@code Key:}, {@code Pause:} and Execute URIs, VoiceBench writes and reads its own
 * steps as {@code Expect:title=REGEX}, {@code WaitStable:MS}, {@code Screenshot[:LABEL]} and
 * {@code Open:LABEL[ / OTHER LABEL...]} (the menu item with that label); other tools understand only the first three.
 */
public final class PipeText {

    /** Between the labels of an open step: {@code Open:Admin settings / Paramètres admin}. */
    private static final String LABEL_SEPARATOR = " / ";

    private PipeText() {
    }

    /**
     * Reads pipe text as a plain macro (default delay, not destructive) named {@code name}.
     *
     * @throws MacroFormatException naming the source, the step (1-based) and what is wrong
     */
    public static Macro read(String text, String name, String source) throws MacroFormatException {
        List<Step> steps = new ArrayList<>();
        String[] tokens = text.strip().split("\\|", -1);
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i].strip();
            if (t.isEmpty()) {
                throw new MacroFormatException(source, i + 1, "empty step (two '|' in a row, or one at an end)");
            }
            try {
                steps.add(step(t));
            } catch (IllegalArgumentException e) {
                throw new MacroFormatException(source, i + 1, "\"" + t + "\": " + e.getMessage(), e);
            }
        }
        return Macro.of(name, steps);
    }

    private static Step step(String t) {
        int colon = t.indexOf(':');
        String scheme = colon < 0 ? t : t.substring(0, colon);
        String rest = colon < 0 ? "" : t.substring(colon + 1);
        switch (scheme.toLowerCase(Locale.ROOT)) {
            case "key" -> {
                return new Step.Key(rest);
            }
            case "pause" -> {
                return new Step.Pause(millis(rest));
            }
            case "waitstable" -> {
                return new Step.WaitScreenStable(millis(rest));
            }
            case "screenshot" -> {
                return new Step.Screenshot(rest);
            }
            case "open" -> {
                return new Step.Open(List.of(rest.split(LABEL_SEPARATOR)).stream().map(String::strip).toList());
            }
            case "expect" -> {
                int eq = rest.indexOf('=');
                ScreenPart part = eq < 0 ? null : ScreenPart.byJsonName(rest.substring(0, eq).strip().toLowerCase(Locale.ROOT)).orElse(null);
                if (part == null || eq == rest.length() - 1) {
                    throw new IllegalArgumentException("expected Expect:title=REGEX (or prompt=, status=, field=)");
                }
                return new Step.ExpectScreen(part, rest.substring(eq + 1));
            }
            default -> {
                if (colon < 0) {
                    throw new IllegalArgumentException("not a step: expected Key:NAME, Pause:MS or an Execute URI such as Init:Settings");
                }
                return new Step.Uri(t);
            }
        }
    }

    private static long millis(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a whole number of milliseconds", e);
        }
    }

    /**
     * The steps as pipe text.
     *
     * @throws IllegalArgumentException when the macro has variants or model sequences (only a plain list of
     *                                  steps has a pipe form), or a pattern or label contains '|'
     */
    public static String write(ResolvedMacro macro) {
        return write(macro.steps(), macro.macro().name());
    }

    /** Like {@link #write(ResolvedMacro)} for a macro without variants. */
    public static String write(Macro macro) {
        if (!macro.variants().isEmpty()) {
            throw new IllegalArgumentException("macro " + macro.name() + " has per-model variants; export the variant for one model");
        }
        return write(macro.steps(), macro.name());
    }

    private static String write(List<Step> steps, String name) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            if (s instanceof Step.ItlErase) {
                throw new IllegalArgumentException("macro " + name + ", step " + (i + 1)
                        + ": the model's ITL-erase keys have no pipe form; export the macro resolved for one model");
            }
            String text = s instanceof Step.Open o ? "Open:" + String.join(LABEL_SEPARATOR, o.labels()) : s.describe();
            if (text.indexOf('|') >= 0) {
                throw new IllegalArgumentException("macro " + name + ", step " + (i + 1) + ": \"" + text
                        + "\" contains '|', which the pipe form cannot hold");
            }
            out.add(text);
        }
        return String.join("|", out);
    }
}
