package org.voicebench.trust.ui.open;

import java.nio.file.Path;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.inspector.InspectorWindows;

/**
 * Shows opened files in inspector windows and failures in a dialog and the status line.
 * Inspectors open only once the window system is up: a file named on the command line is read
 * while the platform starts, and a window activated before the main window shows would end up
 * behind whatever the first start opens.
 */
@Messages("TITLE_CannotOpen=Cannot Open Trust List")
final class WindowDisplay implements TrustListOpener.Display {

    @Override
    public boolean focus(Path file) {
        return InspectorWindows.focus(file);
    }

    @Override
    public void show(InspectedFile file) {
        WindowManager.getDefault().invokeWhenUIReady(() -> {
            // the same file may have been opened twice while the window system was starting
            if (!InspectorWindows.focus(file.path())) {
                InspectorWindows.open(file);
            }
        });
    }

    @Override
    public void failed(Path file, String message) {
        StatusDisplayer.getDefault().setStatusText(message, StatusDisplayer.IMPORTANCE_ANNOTATION);
        NotifyDescriptor d = new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE);
        d.setTitle(Bundle.TITLE_CannotOpen());
        DialogDisplayer.getDefault().notifyLater(d);
    }
}
