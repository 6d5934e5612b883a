package org.voicebench.remote.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.NotificationLineSupport;
import org.openide.NotifyDescriptor;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/** The platform's dialogs and file choosers. */
@Messages({
    "# {0} - extension", "FILTER_Files={0} files"
})
final class NbDialogs implements Dialogs {

    private static final String FILES_KEY = "org.voicebench.remote.ui.files";

    private final ModelProfiles profiles;

    NbDialogs(ModelProfiles profiles) {
        this.profiles = profiles;
    }

    @Override
    public PhoneEntry editPhone(String title, PhoneEntry initial, String group, List<String> groups) {
        PhoneForm form = new PhoneForm(initial, group, groups, profiles);
        return ask(title, form, form::problem) ? form.entry() : null;
    }

    @Override
    public Credentials credentials(String title, String user) {
        CredentialsForm form = new CredentialsForm(user);
        return ask(title, form, form::problem) ? form.take() : null;
    }

    /** Shows the form until it is valid or cancelled; after an invalid OK it shows again with the problem in its notification line. */
    private static boolean ask(String title, JComponent form, java.util.function.Supplier<String> problem) {
        DialogDescriptor d = new DialogDescriptor(form, title);
        NotificationLineSupport line = d.createNotificationLineSupport();
        while (true) {
            Object answer = DialogDisplayer.getDefault().notify(d);
            if (answer != DialogDescriptor.OK_OPTION) {
                return false;
            }
            String p = problem.get();
            if (p == null) {
                return true;
            }
            line.setErrorMessage(p);
        }
    }

    @Override
    public Path openFile(String title, String extension) {
        File f = chooser(title, extension).showOpenDialog();
        return f == null ? null : f.toPath();
    }

    @Override
    public Path saveFile(String title, String suggestedName, String extension) {
        FileChooserBuilder b = chooser(title, extension);
        javax.swing.JFileChooser c = b.createFileChooser();
        c.setSelectedFile(new File(c.getCurrentDirectory(), suggestedName));
        if (c.showSaveDialog(org.openide.windows.WindowManager.getDefault().getMainWindow()) != javax.swing.JFileChooser.APPROVE_OPTION
                || c.getSelectedFile() == null) {
            return null;
        }
        return c.getSelectedFile().toPath();
    }

    @Override
    public Path folder(String title) {
        File f = new FileChooserBuilder(FILES_KEY + ".folders").setTitle(title).setDirectoriesOnly(true).showOpenDialog();
        return f == null ? null : f.toPath();
    }

    @Override
    public boolean confirm(String message) {
        return DialogDisplayer.getDefault().notify(new NotifyDescriptor.Confirmation(message, NotifyDescriptor.OK_CANCEL_OPTION))
                == NotifyDescriptor.OK_OPTION;
    }

    @Override
    public void error(String message) {
        DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
    }

    private static FileChooserBuilder chooser(String title, String extension) {
        return new FileChooserBuilder(FILES_KEY + "." + extension).setTitle(title).setFilesOnly(true)
                .addFileFilter(new FileNameExtensionFilter(Bundle.FILTER_Files(extension.toUpperCase(java.util.Locale.ROOT)), extension))
                .setAcceptAllFileFilterUsed(true);
    }
}
