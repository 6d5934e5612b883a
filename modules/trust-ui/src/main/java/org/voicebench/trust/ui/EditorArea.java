package org.voicebench.trust.ui;

import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** The editor area of the main window, where the module's windows open. Call on the Swing thread. */
public final class EditorArea {

    private EditorArea() {
    }

    /** Docks {@code window} into the editor area, if the window system has one, without opening it. */
    public static <T extends TopComponent> T dock(T window) {
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(window);
        }
        return window;
    }

    /** Opens {@code window} in the editor area and activates it. */
    public static <T extends TopComponent> T open(T window) {
        dock(window).open();
        window.requestActive();
        return window;
    }

    /** The window in front of the editor area, or null. */
    public static TopComponent front() {
        Mode editor = WindowManager.getDefault().findMode("editor");
        return editor != null ? editor.getSelectedTopComponent() : null;
    }
}
