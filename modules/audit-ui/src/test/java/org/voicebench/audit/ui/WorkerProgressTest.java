package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.netbeans.api.progress.ProgressHandle;

class WorkerProgressTest {

    @Test
    void aHandleRefusesToGoBackWhichIsWhyCountsArrivingOutOfOrderAreDropped() {
        ProgressHandle bare = ProgressHandle.createHandle("bare");
        bare.start(5);
        bare.progress("3", 3);
        // what the audit's worker threads did before: phone 2's callback after phone 3's
        assertThrows(IllegalArgumentException.class, () -> bare.progress("2", 2));
        bare.finish();

        ProgressHandle handle = ProgressHandle.createHandle("audit");
        handle.start(5);
        WorkerProgress progress = new WorkerProgress(handle, 5);
        progress.progress(3, n -> n + " of 5");
        assertDoesNotThrow(() -> progress.progress(2, n -> n + " of 5"));
        assertDoesNotThrow(() -> progress.progress(9, n -> n + " of 5")); // more than the total: capped
        handle.finish();
    }

    @Test
    void manyWorkerThreadsReportingAtOnceNeverMoveTheHandleBack() throws Exception {
        int total = 2000;
        ProgressHandle handle = ProgressHandle.createHandle("audit");
        handle.start(total);
        WorkerProgress progress = new WorkerProgress(handle, total);
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread[] workers = new Thread[8];
        for (int i = 0; i < workers.length; i++) {
            workers[i] = new Thread(() -> {
                for (int k = 0; k < total / workers.length; k++) {
                    int n = done.incrementAndGet();
                    try {
                        progress.progress(n, x -> x + " of " + total);
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                }
            });
            workers[i].start();
        }
        for (Thread w : workers) {
            w.join(30_000);
        }
        handle.finish();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), failures);
    }
}
