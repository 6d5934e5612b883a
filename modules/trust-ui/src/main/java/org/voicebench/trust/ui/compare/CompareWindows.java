package org.voicebench.trust.ui.compare;

import java.nio.file.Path;
import org.voicebench.trust.ui.EditorArea;
import org.voicebench.trust.InspectedFile;

/** Opens compare windows in the editor area. Call on the Swing thread. */
public final class CompareWindows {

    private CompareWindows() {
    }

    /** An empty compare window. */
    public static CompareTopComponent open() {
        return EditorArea.open(new CompareTopComponent());
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
