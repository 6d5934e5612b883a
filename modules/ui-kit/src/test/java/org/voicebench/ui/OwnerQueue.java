package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** The owner thread of a test: the test's own, running the steps handed over when the test says so. */
final class OwnerQueue implements Executor {

    private final BlockingQueue<Runnable> steps = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable step) {
        steps.add(step);
    }

    void runUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            Runnable step = steps.poll(50, TimeUnit.MILLISECONDS);
            if (step != null) {
                step.run();
            } else if (System.nanoTime() > end) {
                fail("timed out waiting for " + what);
            }
        }
    }

    /** Runs what was handed over so far. */
    void drain() {
        Runnable step;
        while ((step = steps.poll()) != null) {
            step.run();
        }
    }
}
