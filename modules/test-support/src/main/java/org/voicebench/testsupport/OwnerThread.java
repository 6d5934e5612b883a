package org.voicebench.testsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A session's owner thread without Swing: the test's own thread, which runs the steps handed to it only when the
 * test says so, so that a test can hold a step back (a late callback) while it cancels or starts another run.
 */
public final class OwnerThread implements Executor {

    private static final long TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(30);

    private final BlockingQueue<Runnable> steps = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable step) {
        steps.add(step);
    }

    /** Runs the steps handed over until {@code condition} holds. */
    public void runUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT_NANOS;
        while (!condition.getAsBoolean()) {
            Runnable step = steps.poll(Math.max(0, Math.min(end - System.nanoTime(), 50_000_000L)), TimeUnit.NANOSECONDS);
            if (step != null) {
                step.run();
            } else if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
        }
    }

    /** Waits, running nothing, until a step has been handed over. */
    public void awaitStep(String what) throws InterruptedException {
        long end = System.nanoTime() + TIMEOUT_NANOS;
        while (steps.isEmpty()) {
            if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    /** Runs the steps handed over so far. */
    public void drain() {
        Runnable step;
        while ((step = steps.poll()) != null) {
            step.run();
        }
    }
}
