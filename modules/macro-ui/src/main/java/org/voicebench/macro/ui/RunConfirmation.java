package org.voicebench.macro.ui;

import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.Macro;

/** The question before a destructive macro runs, naming the number of phones. */
@Messages({
    "# {0} - macro", "# {1} - number of phones", "# {2} - description",
    "CONFIRM_Destructive=Macro {0} is destructive: {2}\nRun it on {1} phone(s)?",
    "DESTRUCTIVE_NoDescription=it erases or resets something on the phone."
})
final class RunConfirmation {

    private RunConfirmation() {
    }

    /** True for a macro that is not destructive, or when the user said yes. Swing thread. */
    static boolean confirmed(Macro macro, int phones, MacroDialogs dialogs) {
        if (!macro.destructive()) {
            return true;
        }
        String what = macro.description().isBlank() ? Bundle.DESTRUCTIVE_NoDescription() : macro.description();
        return dialogs.confirm(Bundle.CONFIRM_Destructive(macro.name(), phones, what));
    }
}
