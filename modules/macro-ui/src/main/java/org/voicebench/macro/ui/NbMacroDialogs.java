package org.voicebench.macro.ui;

import java.awt.BorderLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.Mnemonics;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.openide.windows.WindowManager;

/** The platform's dialogs and file choosers. */
@Messages({
    "# {0} - extension", "FILTER_Files={0} files"
})
final class NbMacroDialogs implements MacroDialogs {

    static final NbMacroDialogs INSTANCE = new NbMacroDialogs();
    private static final String FILES_KEY = "org.voicebench.macro.ui.files";

    private NbMacroDialogs() {
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
        return c.getSelectedFile().toPath();
    }

    @Override
    public boolean confirm(String message) {
        return DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(message, NotifyDescriptor.YES_NO_OPTION,
                NotifyDescriptor.WARNING_MESSAGE)) == NotifyDescriptor.YES_OPTION;
    }

    @Override
    public String choose(String title, String label, List<String> options) {
        JComboBox<String> choice = new JComboBox<>(options.toArray(String[]::new));
        JPanel panel = new JPanel(new BorderLayout(8, 0));
        JLabel l = new JLabel();
        Mnemonics.setLocalizedText(l, label);
        l.setLabelFor(choice);
        panel.add(l, BorderLayout.WEST);
        panel.add(choice, BorderLayout.CENTER);
        DialogDescriptor d = new DialogDescriptor(panel, title);
        return DialogDisplayer.getDefault().notify(d) == DialogDescriptor.OK_OPTION ? (String) choice.getSelectedItem() : null;
    }

    @Override
    public void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }

    private static FileChooserBuilder chooser(String title, String extension) {
        return new FileChooserBuilder(FILES_KEY + "." + extension).setTitle(title).setFilesOnly(true)
                .addFileFilter(new FileNameExtensionFilter(Bundle.FILTER_Files(extension.toUpperCase(Locale.ROOT)), extension))
                .setAcceptAllFileFilterUsed(true);
    }
}
