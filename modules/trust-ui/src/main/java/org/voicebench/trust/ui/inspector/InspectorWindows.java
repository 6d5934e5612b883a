package org.voicebench.trust.ui.inspector;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openide.windows.TopComponent;
import org.voicebench.trust.ui.EditorArea;
import org.voicebench.trust.InspectedFile;

/** Finds and opens inspector windows: one per file, in the editor area. */
public final class InspectorWindows {

    private InspectorWindows() {
    }

    /** The inspectors now open. Call on the Swing thread. */
    public static List<InspectorTopComponent> opened() {
        List<InspectorTopComponent> out = new ArrayList<>();
        for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
            if (tc instanceof InspectorTopComponent i) {
                out.add(i);
            }
        }
        return out;
    }

    /** Activates the inspector of {@code file}; false when none is open. Call on the Swing thread. */
    public static boolean focus(Path file) {
        for (InspectorTopComponent tc : opened()) {
            if (tc.file().path().equals(file)) {
                tc.requestActive();
                return true;
            }
        }
        return false;
    }

    /** Opens a new inspector for {@code file} in the editor area. Call on the Swing thread. */
    public static InspectorTopComponent open(InspectedFile file) {
        return EditorArea.open(new InspectorTopComponent(file));
    }
}
