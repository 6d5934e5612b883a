package org.voicebench.cli.audit;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl+C or SIGTERM while phones are being erased: the JVM's shutdown interrupts the audit (which cancels
 * the macro run: phones stop at their next step, the journal keeps every result) and waits, at most
 * {@code bound}, until {@link #close()} says the report is out.
 */
public final class CancelOnShutdown implements AutoCloseable {

    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;

    public CancelOnShutdown(Thread worker, Duration bound) {
        hook = new Thread(() -> {
            worker.interrupt();
            try {
                ended.await(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "audit-cancel-on-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The audit ended and its output is written: the shutdown may go on. */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs and returns now that the latch is open
        }
    }
}
