package org.voicebench.trust.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.filechooser.FileFilter;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.openide.filesystems.FileChooserBuilder;
import org.openide.util.NbBundle.Messages;

/**
 * The module's file choosers. Every chooser that opens a trust list shares one remembered
 * folder (FileChooserBuilder keeps it in the module's preferences); exports remember their own.
 */
@Messages({
    "FILTER_TrustLists=Trust lists and signed files (*.tlv, *.sgn)",
    "FILTER_Json=JSON files (*.json)",
    "FILTER_Pem=PEM certificate (*.pem, *.crt)",
    "FILTER_Der=DER certificate (*.der, *.cer)"
})
public final class FileChoosers {

    private static final String OPEN_KEY = "org.voicebench.trust.ui.open";
    private static final String EXPORT_KEY = "org.voicebench.trust.ui.export";

    private FileChoosers() {
    }

    /** The filter for trust lists and signed files. */
    public static FileFilter trustListFilter() {
        return new FileNameExtensionFilter(Bundle.FILTER_TrustLists(), "tlv", "sgn");
    }

    /** Asks for one or more trust lists; empty when cancelled. */
    public static List<Path> openMany(String title) {
        File[] files = openBuilder(title).showMultiOpenDialog();
        return files == null ? List.of() : Arrays.stream(files).map(File::toPath).toList();
    }

    /** Asks for one trust list; {@code null} when cancelled. */
    public static Path openOne(String title) {
        File file = openBuilder(title).showOpenDialog();
        return file == null ? null : file.toPath();
    }

    /** Asks where to save, offering the given filters (the first is selected); {@code null} when cancelled. */
    public static Path save(String title, File suggested, FileFilter... filters) {
        FileChooserBuilder b = new FileChooserBuilder(EXPORT_KEY).setTitle(title).setFilesOnly(true)
                .setAcceptAllFileFilterUsed(true);
        for (FileFilter f : filters) {
            b.addFileFilter(f);
        }
        if (filters.length > 0) {
            b.setFileFilter(filters[0]);
        }
        javax.swing.JFileChooser chooser = b.createFileChooser();
        if (suggested != null) {
            chooser.setSelectedFile(suggested);
        }
        int answer = chooser.showSaveDialog(org.openide.windows.WindowManager.getDefault().getMainWindow());
        if (answer != javax.swing.JFileChooser.APPROVE_OPTION || chooser.getSelectedFile() == null) {
            return null;
        }
        return withExtension(chooser.getSelectedFile().toPath(), chooser.getFileFilter());
    }

    /** Adds the chosen filter's first extension to a name typed without one (the format follows the name). */
    static Path withExtension(Path file, FileFilter chosen) {
        String name = file.getFileName().toString();
        if (name.contains(".") || !(chosen instanceof FileNameExtensionFilter f) || f.getExtensions().length == 0) {
            return file;
        }
        return file.resolveSibling(name + "." + f.getExtensions()[0]);
    }

    public static FileFilter jsonFilter() {
        return new FileNameExtensionFilter(Bundle.FILTER_Json(), "json");
    }

    public static FileFilter pemFilter() {
        return new FileNameExtensionFilter(Bundle.FILTER_Pem(), "pem", "crt");
    }

    public static FileFilter derFilter() {
        return new FileNameExtensionFilter(Bundle.FILTER_Der(), "der", "cer");
    }

    private static FileChooserBuilder openBuilder(String title) {
        FileFilter filter = trustListFilter();
        return new FileChooserBuilder(OPEN_KEY).setTitle(title).setFilesOnly(true)
                .addFileFilter(filter).setFileFilter(filter).setAcceptAllFileFilterUsed(true);
    }
}
