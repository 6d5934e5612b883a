package org.voicebench.trust.ui.open;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;

/**
 * The files opened last, most recent first, kept in the module's preferences (so in the user
 * directory). Files that no longer exist are dropped when the list is read.
 */
public final class RecentFiles {

    /** How many files the File &gt; Open Recent menu lists. */
    public static final int MAX = 10;

    private static final Logger LOG = Logger.getLogger(RecentFiles.class.getName());
    private static final String KEY = "file.";

    private final Preferences prefs;

    public RecentFiles(Preferences prefs) {
        this.prefs = prefs;
    }

    /** The list stored in the user directory. */
    public static RecentFiles getDefault() {
        return Holder.DEFAULT;
    }

    /** Puts {@code file} first, removing an older entry for it and anything past {@link #MAX}. */
    public synchronized void add(Path file) {
        Path path = file.toAbsolutePath().normalize();
        List<Path> files = stored();
        files.remove(path);
        files.add(0, path);
        store(files);
    }

    /** The files that still exist, most recent first. */
    public synchronized List<Path> list() {
        List<Path> files = stored();
        List<Path> existing = new ArrayList<>();
        for (Path p : files) {
            if (Files.isRegularFile(p)) {
                existing.add(p);
            }
        }
        if (existing.size() != files.size()) {
            store(existing);
        }
        return List.copyOf(existing);
    }

    public synchronized void clear() {
        store(List.of());
    }

    private List<Path> stored() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            String value = prefs.get(KEY + i, null);
            if (value == null) {
                break;
            }
            files.add(Path.of(value));
        }
        return files;
    }

    private void store(List<Path> files) {
        int n = Math.min(files.size(), MAX);
        for (int i = 0; i < MAX; i++) {
            if (i < n) {
                prefs.put(KEY + i, files.get(i).toString());
            } else {
                prefs.remove(KEY + i);
            }
        }
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; it is only not saved for the next one
            LOG.log(Level.INFO, "cannot save the recent files list", e);
        }
    }

    private static final class Holder {
        static final RecentFiles DEFAULT = new RecentFiles(NbPreferences.forModule(RecentFiles.class).node("recentFiles"));
    }
}
