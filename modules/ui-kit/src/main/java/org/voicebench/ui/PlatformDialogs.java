package org.voicebench.ui;

import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotificationLineSupport;
import org.openide.NotifyDescriptor;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;

/**
 * The platform's dialogs and file choosers. Each window's instance remembers its own last folders (the key
 * prefix); a module extends it for questions of its own, built on {@link #ask}.
 */
@Messages({"# {0} - extension", "FILTER_Files={0} files"})
public class PlatformDialogs implements Dialogs {

    private final String key;

    /** @param key where the choosers remember their folder, e.g. the module's package name */
    public PlatformDialogs(String key) {
        this.key = key;
    }

    @Override
    public Path openFile(String title, String extension) {
        File f = chooser(title, extension).showOpenDialog();
        return f == null ? null : f.toPath();
    }

    @Override
    public Path saveFile(String title, String suggestedName, String extension) {
        JFileChooser c = chooser(title, extension).createFileChooser();
        c.setSelectedFile(new File(c.getCurrentDirectory(), suggestedName));
        if (c.showSaveDialog(WindowManager.getDefault().getMainWindow()) != JFileChooser.APPROVE_OPTION
                || c.getSelectedFile() == null) {
            return null;
        }
        return withExtension(c.getSelectedFile().toPath(), extension);
    }

    /** A name typed without extension gets the format's, so that the file opens in the right program. */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString();
        return name.contains(".") ? chosen : chosen.resolveSibling(name + "." + extension);
    }

    @Override
    public Path folder(String title) {
        File f = new FileChooserBuilder(key + ".folders").setTitle(title).setDirectoriesOnly(true).showOpenDialog();
        return f == null ? null : f.toPath();
    }

    @Override
    public boolean confirm(String message) {
        return DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(message,
                NotifyDescriptor.YES_NO_OPTION, NotifyDescriptor.WARNING_MESSAGE)) == NotifyDescriptor.YES_OPTION;
    }

    @Override
    public String choose(String title, String label, List<String> options) {
        JComboBox<String> choice = new JComboBox<>(options.toArray(String[]::new));
        JPanel panel = new JPanel(new BorderLayout(8, 0));
        panel.add(FormRows.label(label, choice), BorderLayout.WEST);
        panel.add(choice, BorderLayout.CENTER);
        DialogDescriptor d = new DialogDescriptor(panel, title);
        return DialogDisplayer.getDefault().notify(d) == DialogDescriptor.OK_OPTION ? (String) choice.getSelectedItem() : null;
    }

    @Override
    public void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }

    @Override
    public boolean ask(String title, JComponent form, Supplier<String> problem) {
        DialogDescriptor d = new DialogDescriptor(form, title);
        NotificationLineSupport line = d.createNotificationLineSupport();
        while (true) {
            if (DialogDisplayer.getDefault().notify(d) != DialogDescriptor.OK_OPTION) {
                return false;
            }
            String p = problem.get();
            if (p == null) {
                return true;
            }
            line.setErrorMessage(p);
        }
    }

    private FileChooserBuilder chooser(String title, String extension) {
        FileNameExtensionFilter filter = new FileNameExtensionFilter(
                Bundle.FILTER_Files(extension.toUpperCase(Locale.ROOT)), extension);
        return new FileChooserBuilder(key + "." + extension).setTitle(title).setFilesOnly(true)
                .addFileFilter(filter).setFileFilter(filter).setAcceptAllFileFilterUsed(true);
    }
}
