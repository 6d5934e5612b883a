package org.voicebench.jtapilab;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A provider's own thread: runs its tasks (observer changes, event deliveries) in order and calls a tick
 * every {@value #TICK_MILLIS} ms. Not a daemon thread, as in Cisco's jar: a client that never shuts its
 * provider down keeps the JVM alive.
 */
final class EventThread {

    static final long TICK_MILLIS = 200;
    private static final Logger LOG = Logger.getLogger(EventThread.class.getName());

    private final Thread thread;
    private final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Runnable tick;
    private volatile boolean stopped;

    EventThread(String name, Runnable tick) {
        this.tick = tick;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(false);
    }

    void start() {
        thread.start();
    }

    void execute(Runnable task) {
        tasks.add(task);
    }

    boolean isCurrent() {
        return Thread.currentThread() == thread;
    }

    /**
     * Runs {@code last} after the tasks queued so far, then ends the thread; waits for that at most
     * {@code waitMillis} unless called on the thread itself.
     */
    void stop(Runnable last, long waitMillis) {
        tasks.add(() -> {
            try {
                last.run();
            } finally {
                stopped = true;
            }
        });
        if (!isCurrent()) {
            try {
                thread.join(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long nextTick = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
        while (!stopped) {
            try {
                Runnable task = tasks.poll(Math.max(0, nextTick - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (task != null) {
                    safely(task);
                }
                if (!stopped && System.nanoTime() - nextTick >= 0) {
                    safely(tick);
                    nextTick = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS);
                }
            } catch (InterruptedException e) {
                // only shutdown ends the thread, as in Cisco's jar
                LOG.log(Level.FINE, "{0} interrupted; it runs until its provider is shut down", thread.getName());
            }
        }
    }

    /** An observer that throws must not end the thread (Cisco's jar logs and goes on). */
    private void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, thread.getName() + ": an observer or a lab request failed", e);
        }
    }
}
