package org.voicebench.cli.sim;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Keeps a running lab alive until it is told to stop: SIGINT/SIGTERM (through a JVM shutdown
 * hook), the interruption of the waiting thread (how in-process callers and tests stop it), or a
 * time limit. Whatever stops it, {@code close} runs once, on the waiting thread.
 */
final class RunUntilStopped {

    /** How long the shutdown hook lets the waiting thread close the lab before the JVM goes on exiting. */
    static final Duration HOOK_WAIT = Duration.ofSeconds(20);

    /** Why the wait ended. */
    enum Reason {
        SIGNAL, DURATION, INTERRUPTED
    }

    private RunUntilStopped() {
    }

    /**
     * Waits, then runs {@code close} with the reason (it must itself be bounded; after a signal, what
     * it prints is the last the process prints).
     *
     * @param limit null to wait until a signal or interruption
     */
    static Reason await(Duration limit, Consumer<Reason> close) {
        CountDownLatch signalled = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            signalled.countDown();
            try {
                // the JVM halts when the hooks end: give the waiting thread time to stop the phones
                closed.await(HOOK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "voicebench-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        Reason reason;
        boolean interrupted = false;
        try {
            if (limit == null) {
                signalled.await();
                reason = Reason.SIGNAL;
            } else {
                reason = signalled.await(limit.toMillis(), TimeUnit.MILLISECONDS) ? Reason.SIGNAL : Reason.DURATION;
            }
        } catch (InterruptedException e) {
            // restored only after close: with the flag set, close's bounded waits would give up at once
            interrupted = true;
            reason = Reason.INTERRUPTED;
        }
        try {
            close.accept(reason);
        } finally {
            closed.countDown();
            removeHook(hook);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return reason;
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (we were signalled): the hook is running and ends by itself
        }
    }
}
