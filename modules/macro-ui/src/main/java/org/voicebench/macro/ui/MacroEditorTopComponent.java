package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import java.nio.file.Path;
import java.util.List;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;
import org.voicebench.macro.Macro;
import org.voicebench.macro.Step;
import org.voicebench.phone.Phone;
import org.voicebench.ui.PlatformDialogs;

/**
 * A macro editor window (content: {@link MacroEditorPanel}); Window &gt; Macro Editor opens an empty one,
 * stopping a recording opens one with the recorded macro.
 */
@TopComponent.Description(preferredID = "MacroEditorTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@ActionID(category = "Window", id = "org.voicebench.macro.ui.MacroEditorTopComponent")
@ActionReference(path = "Menu/Window", position = 320)
@TopComponent.OpenActionRegistration(displayName = "#CTL_MacroEditorAction", preferredID = "MacroEditorTopComponent")
@Messages({
    "CTL_MacroEditorAction=&Macro Editor",
    "# {0} - macro name", "CTL_MacroEditor=Macro: {0}",
    "HINT_MacroEditor=Edit a key-press macro: its steps, its flags, its file",
    "NAME_NewMacro=new-macro"
})
public final class MacroEditorTopComponent extends TopComponent {

    private final MacroEditorPanel panel;

    /** An editor of a new one-step macro (Window &gt; Macro Editor). */
    public MacroEditorTopComponent() {
        this(Macro.of(Bundle.NAME_NewMacro(), List.of(new Step.Key("NavSelect"))), null, null);
    }

    MacroEditorTopComponent(Macro macro, Path file, Phone phone) {
        setToolTipText(Bundle.HINT_MacroEditor());
        setLayout(new BorderLayout());
        panel = new MacroEditorPanel(macro, file, phone, new PlatformDialogs(RunMacroExtension.FILES_KEY));
        panel.setTitleListener(n -> setName(Bundle.CTL_MacroEditor(n)));
        add(panel, BorderLayout.CENTER);
    }

    /** Opens an editor of the macro in the editor area. Swing thread. */
    static void open(Macro macro, Phone phone) {
        MacroEditorTopComponent tc = new MacroEditorTopComponent(macro, null, phone);
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
    }
}
