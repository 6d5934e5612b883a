package org.voicebench.trust.ui.open;

import java.nio.file.Path;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.InspectedFile;
import org.voicebench.trust.ui.inspector.InspectorWindows;

/** Shows opened files in inspector windows and failures in a dialog and the status line. */
@Messages("TITLE_CannotOpen=Cannot Open Trust List")
final class WindowDisplay implements TrustListOpener.Display {

    @Override
    public boolean focus(Path file) {
        return InspectorWindows.focus(file);
    }

    @Override
    public void show(InspectedFile file) {
        InspectorWindows.open(file);
    }

    @Override
    public void failed(Path file, String message) {
        StatusDisplayer.getDefault().setStatusText(message, StatusDisplayer.IMPORTANCE_ANNOTATION);
        NotifyDescriptor d = new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE);
        d.setTitle(Bundle.TITLE_CannotOpen());
        DialogDisplayer.getDefault().notifyLater(d);
    }
}
