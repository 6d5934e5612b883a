package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The background job rules without Swing: the test's thread is the owner. */
class BackgroundWorkTest {

    private final OwnerQueue owner = new OwnerQueue();
    private final BackgroundWork work = new BackgroundWork("test", 2, owner);
    private final List<Object> handed = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        work.close();
    }

    @Test
    void theResultIsComputedOffTheOwnerThreadAndHandedToIt() throws Exception {
        Thread test = Thread.currentThread();
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        AtomicReference<Thread> handedOn = new AtomicReference<>();
        work.start("job", null, ctx -> {
            ranOn.set(Thread.currentThread());
            return "result";
        }, r -> {
            handedOn.set(Thread.currentThread());
            handed.add(r);
        }, handed::add);
        assertTrue(work.isRunning());
        owner.runUntil("the result", () -> !handed.isEmpty());
        assertEquals(List.of("result"), handed);
        assertNotEquals(test, ranOn.get());
        assertEquals(test, handedOn.get());
        assertFalse(work.isRunning(), "the job ended with its hand-off");
    }

    @Test
    void aFailureIsHandedToTheFailureStep() throws Exception {
        IOException boom = new IOException("disk full");
        work.post(null, ctx -> {
            throw boom;
        }, handed::add, e -> handed.add(e));
        owner.runUntil("the failure", () -> !handed.isEmpty());
        assertEquals(List.of(boom), handed);
    }

    @Test
    void aNewerRunDropsWhatAnOlderOneHandsOverLater() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch olderHandedStep = new CountDownLatch(1);
        work.start(null, null, ctx -> {
            ctx.later(() -> handed.add("older step"));
            olderHandedStep.countDown();
            release.await(10, TimeUnit.SECONDS);
            return "older";
        }, handed::add, handed::add);
        assertTrue(olderHandedStep.await(10, TimeUnit.SECONDS));
        work.start(null, null, ctx -> "newer", handed::add, handed::add);
        release.countDown();
        owner.runUntil("the newer result", () -> handed.contains("newer"));
        Thread.sleep(200); // the older job has returned by now: its result must not come
        owner.drain();
        assertEquals(List.of("newer"), handed);
    }

    @Test
    void cancelInterruptsTheJobAndDropsItsResult() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        CountDownLatch ended = new CountDownLatch(1);
        work.start("job", null, ctx -> {
            started.countDown();
            try {
                Thread.sleep(20_000);
                return "too late";
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            } finally {
                ended.countDown();
            }
        }, handed::add, handed::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(work.cancel());
        assertFalse(work.isRunning());
        assertTrue(ended.await(10, TimeUnit.SECONDS));
        assertTrue(interrupted.get(), "the job's thread was interrupted");
        Thread.sleep(100);
        owner.drain();
        assertEquals(List.of(), handed, "nothing of a cancelled job is handed over");
        assertFalse(work.cancel(), "nothing left to cancel");
    }

    @Test
    void interruptStopsTheJobButKeepsWhatItReturns() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean sawCancel = new AtomicBoolean();
        work.start(null, null, ctx -> {
            started.countDown();
            try {
                Thread.sleep(20_000);
            } catch (InterruptedException e) {
                sawCancel.set(ctx.cancelled());
            }
            return "what each phone reached";
        }, handed::add, handed::add);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        assertTrue(work.interrupt(), "a running job runs on to its result");
        assertTrue(work.isRunning());
        owner.runUntil("the partial result", () -> !handed.isEmpty());
        assertEquals(List.of("what each phone reached"), handed);
        assertTrue(sawCancel.get());
        assertFalse(work.isRunning());
    }

    @Test
    void interruptDropsAJobThatHasNotStarted() throws Exception {
        BackgroundWork one = new BackgroundWork("one thread", 1, owner);
        CountDownLatch release = new CountDownLatch(1);
        try {
            one.post(null, ctx -> release.await(10, TimeUnit.SECONDS), handed::add, handed::add); // occupies the thread
            one.start(null, null, ctx -> "queued", handed::add, handed::add);
            assertFalse(one.interrupt(), "a queued job is dropped");
            assertFalse(one.isRunning());
            release.countDown();
            owner.runUntil("the first job", () -> handed.size() == 1);
            one.awaitIdle();
            owner.drain();
            assertEquals(List.of(true), handed);
        } finally {
            one.close();
        }
    }

    @Test
    void progressFromWorkersArrivingOutOfOrderNeverMovesBack() throws Exception {
        int total = 2000;
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        work.start("audit", null, ctx -> {
            ctx.determinate(total);
            ctx.progress("3", 3);
            ctx.progress("2", 2); // a handle throws on going back: ignored here
            ctx.progress("more than the total", total + 5);
            Thread[] workers = new Thread[8];
            java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
            for (int i = 0; i < workers.length; i++) {
                workers[i] = new Thread(() -> {
                    for (int k = 0; k < total / workers.length; k++) {
                        try {
                            ctx.progress("n", done.incrementAndGet());
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                });
                workers[i].start();
            }
            for (Thread w : workers) {
                w.join(20_000);
            }
            return "done";
        }, handed::add, handed::add);
        owner.runUntil("the job", () -> !handed.isEmpty());
        assertEquals(List.of("done"), handed);
        assertEquals(List.of(), failures);
    }

    @Test
    void nothingIsHandedOverAfterClose() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        work.post(null, ctx -> {
            release.await(10, TimeUnit.SECONDS);
            return "late";
        }, handed::add, handed::add);
        work.later(() -> handed.add("step before close"));
        work.close();
        release.countDown();
        Thread.sleep(200);
        owner.drain();
        assertEquals(List.of(), handed);
    }
}
