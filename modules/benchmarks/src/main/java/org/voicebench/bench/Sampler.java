package org.voicebench.bench;

/**
 * Takes a sample every 200 ms on a daemon thread until closed, for peaks that a single reading at
 * the end would miss (heap with its garbage, threads while phones run).
 */
final class Sampler implements AutoCloseable {

    private static final long EVERY_MILLIS = 200;

    private final Thread thread;

    private Sampler(Thread thread) {
        this.thread = thread;
    }

    /** Starts sampling at once. */
    static Sampler start(String name, Runnable sample) {
        Thread t = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                sample.run();
                try {
                    Thread.sleep(EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return new Sampler(t);
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
