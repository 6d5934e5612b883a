package org.voicebench.macro;

import java.util.ArrayList;
import java.util.List;

/**
 * One line per variant of a macro for where a user decides to run it (a confirmation): which models, whether the
 * keys read the screen, and how well the menu path is known. An assumed path or blind keys are said, not hidden.
 */
public final class MacroEvidence {

    private MacroEvidence() {
    }

    /** E.g. {@code CP88X5, CP88XX: screen checked; menu path field-tested}; empty for a macro without variants. */
    public static List<String> lines(Macro macro) {
        List<String> out = new ArrayList<>();
        for (Variant v : macro.variants()) {
            List<String> who = new ArrayList<>(v.families().stream().map(Enum::name).sorted().toList());
            who.addAll(v.models());
            String keys = v.blind() ? "BLIND keys (pressed without reading the screen)" : "screen checked";
            out.add(String.join(", ", who) + ": " + keys + "; menu path "
                    + (v.evidence().isEmpty() ? "not stated" : v.evidence()));
        }
        return out;
    }
}
