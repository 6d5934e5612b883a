package org.voicebench.cli.trust;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.TrustAnchor;

/**
 * Reads and checks the files of one {@code inspect} run on every processor, handing them back in
 * command-line order. Per file, reading, parsing, the signature check (an RSA public-key
 * operation) and the hashes and certificate checks are independent of the other files and most of
 * the work on a TFTP folder of thousands; on one thread the other cores would sit idle while the
 * output is written. At most {@value #AHEAD_PER_THREAD} files per thread are in flight, so memory
 * does not grow with the number of files, and all output (stdout and the error lines on stderr)
 * stays with the caller, in order. What the workers share, the {@code --trust} anchor and trust-core's
 * certificate cache, is safe to use from several threads.
 */
final class InspectPipeline implements AutoCloseable {

    /** Files read ahead per worker thread: enough to keep the workers busy while one is written. */
    static final int AHEAD_PER_THREAD = 4;

    /**
     * One file's outcome.
     *
     * @param inspected the inspected file, or {@code null} when it could not be read
     * @param problem why it could not be read, or {@code null}
     */
    record Outcome(InspectedFile inspected, TrustListInput.Unreadable problem) {
    }

    private final Iterator<String> files;
    private final TrustAnchor anchor;
    private final ExecutorService workers;
    private final int window;
    private final Deque<Future<Outcome>> ahead = new ArrayDeque<>();

    /**
     * Starts reading {@code files}.
     *
     * @param anchor the list given with {@code --trust}, or {@code null} to check each file with its own records
     */
    InspectPipeline(List<String> files, TrustAnchor anchor) {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
        AtomicInteger count = new AtomicInteger();
        this.files = files.iterator();
        this.anchor = anchor;
        this.window = AHEAD_PER_THREAD * threads;
        this.workers = Executors.newFixedThreadPool(threads, task -> {
            Thread t = new Thread(task, "inspect-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        fill();
    }

    boolean hasNext() {
        return !ahead.isEmpty();
    }

    /** The next file in command-line order, waiting for it if it is not done yet. */
    Outcome next() throws InterruptedException {
        Future<Outcome> first = ahead.remove();
        fill();
        try {
            return first.get();
        } catch (ExecutionException e) { // a bug in the checks: rethrown as it was thrown, for the internal-error report
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private void fill() {
        while (ahead.size() < window && files.hasNext()) {
            String file = files.next();
            ahead.add(workers.submit(() -> inspect(file)));
        }
    }

    /**
     * Reads and checks one file; the inspected file holds all its output needs (hashes, certificate
     * warnings, which decode its certificates), so that the writing thread only writes.
     */
    private Outcome inspect(String file) {
        try {
            return new Outcome(TrustListInput.inspect(file, anchor), null);
        } catch (TrustListInput.Unreadable e) {
            return new Outcome(null, e);
        }
    }
}
