package org.voicebench.trust.ui.open;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.SwingUtilities;
import org.openide.util.Lookup;
import org.openide.util.NbBundle.Messages;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.TrustListLoader;
import org.voicebench.ui.BackgroundWork;

/**
 * The one way files get opened: the File menu, Open Recent, drag and drop, the command line
 * and the registered file types all call {@link #open}. A file already shown is focused; any
 * other is read and verified on a background thread under a progress handle, then shown in
 * its own inspector window. A file that cannot be read gives one message naming the file,
 * offset and problem, and a log line; never a stack trace.
 */
@ServiceProvider(service = TrustListOpener.class)
@Messages({
    "# {0} - file name", "PROGRESS_Opening=Reading {0}"
})
public class TrustListOpener {

    /** Where opened files and failures go; the platform's windows, or a test's recorder. */
    public interface Display {

        /** On the Swing thread: brings the window of {@code file} to front; false when none is open. */
        boolean focus(Path file);

        /** On the Swing thread: shows a newly read file, or has it shown as soon as the window system is up. */
        void show(InspectedFile file);

        /** On the Swing thread: tells the user that {@code file} cannot be opened. */
        void failed(Path file, String message);
    }

    private static final Logger LOG = Logger.getLogger(TrustListOpener.class.getName());
    private static final BackgroundWork WORK = new BackgroundWork(TrustListOpener.class.getName(), 2);

    private final Display display;
    private final RecentFiles recent;

    /** The registered instance: shows files in inspector windows, remembers them in Open Recent. */
    public TrustListOpener() {
        this(new WindowDisplay(), RecentFiles.getDefault());
    }

    TrustListOpener(Display display, RecentFiles recent) {
        this.display = display;
        this.recent = recent;
    }

    /** The registered opener. */
    public static TrustListOpener getDefault() {
        TrustListOpener opener = Lookup.getDefault().lookup(TrustListOpener.class);
        return opener != null ? opener : new TrustListOpener();
    }

    /** Opens each file; returns when all are shown or reported, true for those shown. */
    public CompletableFuture<List<Boolean>> open(Collection<Path> files) {
        List<CompletableFuture<Boolean>> each = new ArrayList<>();
        for (Path f : files) {
            each.add(open(f));
        }
        return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                .thenApply(v -> each.stream().map(CompletableFuture::join).toList());
    }

    /**
     * Opens one file. May be called from any thread. The future completes (on the Swing
     * thread) with true once the file is handed to the display, false once a failure was reported.
     */
    public CompletableFuture<Boolean> open(Path file) {
        Path path = file.toAbsolutePath().normalize();
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        SwingUtilities.invokeLater(() -> {
            if (display.focus(path)) {
                recent.add(path);
                done.complete(true);
            } else {
                read(path, done);
            }
        });
        return done;
    }

    /** Reads and verifies off the Swing thread; the display is told on it. */
    private void read(Path path, CompletableFuture<Boolean> done) {
        WORK.post(Bundle.PROGRESS_Opening(path.getFileName()), ctx -> TrustListLoader.load(path), file -> {
            recent.add(path);
            display.show(file);
            done.complete(true);
        }, e -> {
            String message;
            if (e instanceof IOException io) {
                message = OpenFailures.describe(path, io);
                LOG.log(Level.INFO, message);
                LOG.log(Level.FINE, null, e);
            } else {
                // a parser bug, not a user error: keep the trace in the log, tell the user in one line
                message = OpenFailures.describe(path, new IOException(e.toString(), e));
                LOG.log(Level.WARNING, message, e);
            }
            display.failed(path, message);
            done.complete(false);
        });
    }
}
