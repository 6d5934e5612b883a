package org.voicebench.macro.run;

import java.util.regex.Pattern;
import org.voicebench.macro.Step;
import org.voicebench.phone.ModeInfo;

/** Whether a phone's screen (its ModeInfo) passes an {@code expectScreen} guard, and how to say what it shows. */
public final class ScreenGuard {

    private ScreenGuard() {
    }

    /** True when the guard's part of the screen matches its pattern (found anywhere in the text). */
    public static boolean matches(Step.ExpectScreen e, ModeInfo m) {
        Pattern p = e.regex();
        return switch (e.target()) {
            case TITLE -> m.planeTitle() != null && p.matcher(m.planeTitle()).find();
            case PROMPT -> m.prompt() != null && p.matcher(m.prompt()).find();
            case STATUS -> m.status() != null && p.matcher(m.status()).find();
            case FIELD -> m.fields().stream().anyMatch(f -> (f.name() != null && p.matcher(f.name()).find())
                    || (f.value() != null && p.matcher(f.value()).find()));
        };
    }

    /** {@code title "...", prompt "...", status "..."}, for messages. */
    public static String shows(ModeInfo m) {
        return "title \"" + nz(m.planeTitle()) + "\", prompt \"" + nz(m.prompt()) + "\", status \"" + nz(m.status()) + "\"";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
