package org.voicebench.trust.ui.open;

import java.awt.dnd.DropTargetDragEvent;
import java.awt.dnd.DropTargetDropEvent;
import java.nio.file.Path;
import java.util.List;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.ExternalDropHandler;

/**
 * Files dropped on the main window's editor area open in inspectors. The window system accepts
 * the drop and completes it; this only reads the file list and hands it to the opener.
 */
@ServiceProvider(service = ExternalDropHandler.class, position = 500)
public final class TrustListDropHandler extends ExternalDropHandler {

    @Override
    public boolean canDrop(DropTargetDragEvent e) {
        return DroppedFiles.carriesFiles(e.getCurrentDataFlavors());
    }

    @Override
    public boolean canDrop(DropTargetDropEvent e) {
        return DroppedFiles.carriesFiles(e.getCurrentDataFlavors());
    }

    @Override
    public boolean handleDrop(DropTargetDropEvent e) {
        List<Path> files = DroppedFiles.from(e.getTransferable());
        if (files.isEmpty()) {
            return false;
        }
        TrustListOpener.getDefault().open(files);
        return true;
    }
}
