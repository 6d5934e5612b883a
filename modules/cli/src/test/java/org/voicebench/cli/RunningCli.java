package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A command line running in-process on its own thread, for commands that run until stopped
 * ({@code sim}): its output can be read while it runs, and {@link #stop()} interrupts it.
 */
final class RunningCli {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicInteger exit = new AtomicInteger(Integer.MIN_VALUE);
    private final Thread thread;

    private RunningCli(Environment env, String... args) {
        thread = new Thread(() -> exit.set(VoiceBenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env)), "voicebench-cli " + String.join(" ", args));
        thread.setDaemon(true);
    }

    static RunningCli start(Environment env, String... args) {
        RunningCli r = new RunningCli(env, args);
        r.thread.start();
        return r;
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Waits (at most {@code limit}) until stdout satisfies {@code ready}; fails with the transcript otherwise. */
    String awaitOut(Predicate<String> ready, Duration limit) throws InterruptedException {
        return await(this::out, ready, limit);
    }

    /** Waits (at most {@code limit}) until stderr satisfies {@code ready}; fails with the transcript otherwise. */
    String awaitErr(Predicate<String> ready, Duration limit) throws InterruptedException {
        return await(this::err, ready, limit);
    }

    private String await(java.util.function.Supplier<String> stream, Predicate<String> ready, Duration limit)
            throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < end) {
            String o = stream.get();
            if (ready.test(o)) {
                return o;
            }
            if (!thread.isAlive()) {
                fail("the command ended before its output was ready:\n" + snapshot().transcript());
            }
            Thread.sleep(50);
        }
        return fail("output not ready within " + limit + ":\n" + snapshot().transcript());
    }

    /** Interrupts the command and waits (bounded) for it to end. */
    CliRun stop() throws InterruptedException {
        thread.interrupt();
        return await(Duration.ofSeconds(30));
    }

    /** Waits (bounded) for the command to end by itself. */
    CliRun await(Duration limit) throws InterruptedException {
        thread.join(limit.toMillis());
        assertFalse(thread.isAlive(), "the command ended within " + limit + ":\n" + snapshot().transcript());
        return snapshot();
    }

    private CliRun snapshot() {
        return new CliRun(exit.get(), out(), err());
    }
}
