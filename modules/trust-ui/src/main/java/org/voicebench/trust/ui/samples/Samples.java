package org.voicebench.trust.ui.samples;

import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.BackgroundWork;

/** Makes sure the samples exist (generating them off the Swing thread), then does something with them. */
@Messages({
    "PROGRESS_Samples=Preparing sample trust lists",
    "# {0} - reason", "MSG_SamplesFailed=Cannot prepare the sample trust lists: {0}"
})
final class Samples {

    private static final Logger LOG = Logger.getLogger(Samples.class.getName());
    private static final BackgroundWork WORK = new BackgroundWork(Samples.class.getName());

    private Samples() {
    }

    /** Runs {@code then} on the Swing thread once the samples are on disk. */
    static void whenReady(Consumer<SampleLibrary> then) {
        WORK.post(Bundle.PROGRESS_Samples(), ctx -> SampleLibrary.inUserDirectory().ensure(), then, e -> {
            String message = Bundle.MSG_SamplesFailed(e.getMessage() != null ? e.getMessage() : e.toString());
            LOG.log(Level.WARNING, message, e);
            DialogDisplayer.getDefault().notifyLater(new NotifyDescriptor.Message(message, NotifyDescriptor.ERROR_MESSAGE));
        });
    }
}
