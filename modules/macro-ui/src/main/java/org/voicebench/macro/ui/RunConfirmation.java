package org.voicebench.macro.ui;

import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroEvidence;
import org.voicebench.ui.Dialogs;

/** The question before a destructive macro runs: the number of phones, and how well each variant's keys are known. */
@Messages({
    "# {0} - macro", "# {1} - number of phones", "# {2} - description",
    "# {3} - one line per model family: whether the screen is checked and how well the menu path is known",
    "CONFIRM_Destructive=Macro {0} is destructive: {2}\n{3}Run it on {1} phone(s)?",
    "DESTRUCTIVE_NoDescription=it erases or resets something on the phone."
})
final class RunConfirmation {

    private RunConfirmation() {
    }

    /** True for a macro that is not destructive, or when the user said yes. Swing thread. */
    static boolean confirmed(Macro macro, int phones, Dialogs dialogs) {
        if (!macro.destructive()) {
            return true;
        }
        String what = macro.description().isBlank() ? Bundle.DESTRUCTIVE_NoDescription() : macro.description();
        StringBuilder known = new StringBuilder();
        for (String line : MacroEvidence.lines(macro)) {
            known.append("  ").append(line).append('\n');
        }
        return dialogs.confirm(Bundle.CONFIRM_Destructive(macro.name(), phones, what, known));
    }
}
