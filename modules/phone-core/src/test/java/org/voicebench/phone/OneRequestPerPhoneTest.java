package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;

class OneRequestPerPhoneTest {

    private static final long SLOW_MS = 300;

    @Test
    void concurrentCallsToOnePhoneAreSerialised() throws Exception {
        try (FakePhone fake = slowPhone(new AtomicInteger(), new AtomicInteger()); PhoneClient client = TestSupport.client()) {
            List<Object> results = runTogether(4, i -> () -> client.phone(fake.address()).execute("Key:KeyPad" + i));
            assertEquals(4, results.size());
            assertEquals(1, fake.maxInFlight.get(), "the phone saw more than one request at once");
            assertEquals(4, fake.requests.size());
        }
    }

    @Test
    void callsToTwoPhonesOverlap() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        try (FakePhone a = slowPhone(inFlight, max); FakePhone b = slowPhone(inFlight, max); PhoneClient client = TestSupport.client()) {
            runTogether(4, i -> () -> client.phone(i % 2 == 0 ? a.address() : b.address()).execute("Key:Soft1"));
            assertEquals(2, max.get(), "two phones are served in parallel, each one request at a time");
        }
    }

    @Test
    void theConnectionTotalBoundsParallelism() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        try (FakePhone a = slowPhone(inFlight, max); FakePhone b = slowPhone(inFlight, max);
                PhoneClient client = TestSupport.client(TestSupport.FAST.withMaxConnections(1))) {
            runTogether(4, i -> () -> client.phone(i % 2 == 0 ? a.address() : b.address()).execute("Key:Soft1"));
            assertEquals(1, max.get());
        }
    }

    @Test
    void waitingTooLongBehindAnotherRequestIsAQueueTimeout() throws Exception {
        try (FakePhone fake = new FakePhone();
                PhoneClient client = TestSupport.client(TestSupport.FAST.withResponseTimeout(Duration.ofSeconds(5))
                        .withQueueTimeout(Duration.ofMillis(200)))) {
            fake.reply("/CGI/Execute", Reply.xml(FakePhone.SUCCESS).delayed(1500));
            List<Object> results = runTogether(2, i -> () -> client.phone(fake.address()).execute("Key:Soft" + (i + 1)));
            long timeouts = results.stream().filter(r -> r instanceof PhoneException e && e.failure() == PhoneFailure.QUEUE_TIMEOUT).count();
            long successes = results.stream().filter(r -> r instanceof ExecuteResult).count();
            assertEquals(1, timeouts, results.toString());
            assertEquals(1, successes, results.toString());
            PhoneException e = (PhoneException) results.stream().filter(r -> r instanceof PhoneException).findFirst().orElseThrow();
            assertTrue(e.getMessage().contains(fake.address().toString()), e.getMessage());
        }
    }

    private static FakePhone slowPhone(AtomicInteger inFlight, AtomicInteger max) throws Exception {
        FakePhone f = new FakePhone(inFlight, max);
        f.reply("/CGI/Execute", Reply.xml(FakePhone.SUCCESS).delayed(SLOW_MS));
        return f;
    }

    interface Call {
        Callable<Object> make(int index);
    }

    /** Starts n calls at once and returns each one's result or exception; every wait is bounded. */
    private static List<Object> runTogether(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Callable<Object> c = call.make(i);
                futures.add(pool.submit(() -> {
                    go.await(5, TimeUnit.SECONDS);
                    try {
                        return c.call();
                    } catch (PhoneException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get(20, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
            assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        }
    }
}
