package org.voicebench.audit.ui;

import java.util.function.IntFunction;
import org.netbeans.api.progress.ProgressHandle;

/**
 * A progress handle fed from the audit's worker threads. Their "done" counts can arrive out of order
 * (phone 3's callback before phone 2's), and a handle refuses to go back (IllegalArgumentException), so
 * only a higher count is passed on, one call at a time.
 */
final class WorkerProgress {

    private final ProgressHandle handle;
    private final int total;
    private int shown;

    WorkerProgress(ProgressHandle handle, int total) {
        this.handle = handle;
        this.total = total;
    }

    /** Moves the handle to {@code done} (at most the total) with {@code text(done)}, unless it already shows more. */
    synchronized void progress(int done, IntFunction<String> text) {
        int value = Math.min(done, total);
        if (value > shown) {
            shown = value;
            handle.progress(text.apply(value), value);
        }
    }
}
