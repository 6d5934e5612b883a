package org.voicebench.trust.ui.compare;

import java.nio.file.Path;
import org.openide.windows.Mode;
import org.openide.windows.WindowManager;
import org.voicebench.trust.ui.InspectedFile;

/** Opens compare windows in the editor area. Call on the Swing thread. */
public final class CompareWindows {

    private CompareWindows() {
    }

    /** An empty compare window. */
    public static CompareTopComponent open() {
        CompareTopComponent tc = new CompareTopComponent();
        Mode editor = WindowManager.getDefault().findMode("editor");
        if (editor != null) {
            editor.dockInto(tc);
        }
        tc.open();
        tc.requestActive();
        return tc;
    }

    /** Check/Compare With...: this file as OLD, then the user picks NEW. */
    public static CompareTopComponent openWithOld(InspectedFile old) {
        CompareTopComponent tc = open();
        tc.setOld(old.path(), old.list());
        tc.chooseNew();
        return tc;
    }

    /** Two files, compared at once. */
    public static CompareTopComponent openWith(Path old, Path neu) {
        CompareTopComponent tc = open();
        tc.setOld(old, null);
        tc.setNew(neu, null);
        return tc;
    }
}
