package org.voicebench.audit.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;

/** The platform's dialogs and file chooser. */
@Messages({"# {0} - extension", "FILTER_Files={0} files"})
final class NbAuditDialogs implements AuditDialogs {

    static final NbAuditDialogs INSTANCE = new NbAuditDialogs();
    private static final String EXPORT_KEY = "org.voicebench.audit.ui.export";

    private NbAuditDialogs() {
    }

    @Override
    public Path saveFile(String title, String suggestedName, String extension) {
        FileNameExtensionFilter filter = new FileNameExtensionFilter(
                Bundle.FILTER_Files(extension.toUpperCase(Locale.ROOT)), extension);
        JFileChooser c = new FileChooserBuilder(EXPORT_KEY).setTitle(title).setFilesOnly(true)
                .addFileFilter(filter).setFileFilter(filter).createFileChooser();
        c.setSelectedFile(new File(c.getCurrentDirectory(), suggestedName));
        if (c.showSaveDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION
                || c.getSelectedFile() == null) {
            return null;
        }
        Path chosen = c.getSelectedFile().toPath();
        // a name typed without extension gets the format's, so the file opens in the right program
        return chosen.getFileName().toString().contains(".") ? chosen
                : chosen.resolveSibling(chosen.getFileName() + "." + extension);
    }

    @Override
    public boolean confirm(String message) {
        return DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(message,
                NotifyDescriptor.YES_NO_OPTION, NotifyDescriptor.WARNING_MESSAGE)) == NotifyDescriptor.YES_OPTION;
    }

    @Override
    public void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }
}
