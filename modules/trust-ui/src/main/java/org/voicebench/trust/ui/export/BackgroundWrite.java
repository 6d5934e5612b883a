package org.voicebench.trust.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.StatusDisplayer;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.BackgroundWork;

/**
 * Runs a file write off the Swing thread and reports the outcome: the status line on success,
 * a message naming the file on failure (and a log line).
 */
@Messages({
    "# {0} - file", "MSG_Saved=Saved {0}",
    "# {0} - file", "# {1} - reason", "MSG_CannotWrite=Cannot write {0}: {1}"
})
public final class BackgroundWrite {

    /** A blocking write. */
    @FunctionalInterface
    public interface Writer {
        void write() throws IOException;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundWrite.class.getName());
    private static final BackgroundWork WORK = new BackgroundWork(BackgroundWrite.class.getName());

    private BackgroundWrite() {
    }

    /**
     * Writes {@code target}; the future completes (on the Swing thread) with true once written, false once the
     * failure is reported.
     */
    public static CompletableFuture<Boolean> run(Path target, Writer writer) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        WORK.post(null, ctx -> {
            writer.write();
            return target;
        }, written -> {
            StatusDisplayer.getDefault().setStatusText(Bundle.MSG_Saved(written.toString()));
            done.complete(true);
        }, e -> {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            String message = Bundle.MSG_CannotWrite(target.toString(), reason);
            // a user's problem (disk full, no permission): the message says it all, the trace is for debugging
            LOG.log(Level.INFO, message);
            LOG.log(Level.FINE, null, e);
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
            done.complete(false);
        });
        return done;
    }
}
