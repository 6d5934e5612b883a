package org.voicebench.phone.sim;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The scale check of issue 3 (not a unit test): start N phones of mixed models, then fetch one
 * screenshot from every phone with C concurrent clients, three times (drawn, cached, drawn after a key), and
 * report start time, latencies and heap. Run from modules/phone-sim (figures in BENCHMARKS.md):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.voicebench.phone.sim.PhoneLabBenchmark [N] [C]
 * </pre>
 */
public final class PhoneLabBenchmark {

    private static final List<String> MODELS = List.of("7941", "7965", "7975", "7841", "8811", "8845", "8861");

    private PhoneLabBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("jdk.httpclient.keepalive.timeout", "2");
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        PhoneLab.Builder b = LabFixtures.lab().firstAddress("127.0.20.1");
        for (int i = 0; i < n; i++) {
            b.add(1, MODELS.get(i % MODELS.size()));
        }
        long t0 = System.nanoTime();
        try (PhoneLab lab = b.start()) {
            double startS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("started %d phones in %.2f s (own loopback addresses: %s)%n", n, startS,
                    lab.loopbackAliases());
            printHeap("after start");
            ExecutorService clientThreads = Executors.newFixedThreadPool(4);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .executor(clientThreads).build();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (String round : List.of("first (rendering)", "second (cached)", "after a key each (re-rendering)")) {
                if (round.startsWith("after")) {
                    for (SimulatedPhone p : lab.phones()) {
                        LabFixtures.execute(p, p.profile().family().is79xx() ? "Key:Settings" : "Key:Applications");
                    }
                }
                long[] ms = new long[n];
                List<Future<?>> futures = new ArrayList<>();
                long r0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int idx = i;
                    SimulatedPhone p = lab.phone(i);
                    futures.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(LabFixtures.uri(p, "/CGI/Screenshot"))
                                .header("Authorization", LabFixtures.auth(LabFixtures.USER, LabFixtures.PASSWORD))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200 || !p.profile().imageFormat().matches(r.body())) {
                            throw new IllegalStateException(p + " answered " + r.statusCode());
                        }
                        ms[idx] = (System.nanoTime() - s) / 1_000_000;
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(120, TimeUnit.SECONDS);
                }
                double total = (System.nanoTime() - r0) / 1e9;
                Arrays.sort(ms);
                System.out.printf("screenshots %s: %d in %.2f s with %d clients; latency ms median %d, p99 %d, max %d%n",
                        round, n, total, clients, ms[n / 2], ms[(int) (n * 0.99)], ms[n - 1]);
            }
            pool.shutdown();
            clientThreads.shutdown();
            printHeap("after the screenshot rounds (client connections included)");
            // the client closes idle connections after jdk.httpclient.keepalive.timeout (set to 2 s by main)
            Thread.sleep(4000);
            printHeap("once the client's idle connections are closed");
            if (args.length > 2) {
                // time to take a heap histogram: jcmd <pid> GC.class_histogram
                Thread.sleep(Long.parseLong(args[2]) * 1000);
            }
            t0 = System.nanoTime();
        }
        System.out.printf("lab closed in %.2f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void printHeap(String when) throws InterruptedException {
        System.gc();
        Thread.sleep(300);
        System.gc();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        System.out.printf("heap used %s: %d MB (max %d MB); live threads: %d%n", when, heap.getUsed() >> 20,
                heap.getMax() >> 20, Thread.activeCount());
    }
}
