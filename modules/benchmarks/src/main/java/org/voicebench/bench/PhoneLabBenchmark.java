package org.voicebench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.lab.LabCluster;

/**
 * The scale check of issue 3 (not a unit test): start N phones of mixed models, then fetch one
 * screenshot from every phone with C concurrent clients, three times (drawn, cached, drawn after a key), and
 * report start time, latencies and heap (figures in BENCHMARKS.md):
 * <pre>
 * java -Xmx1g -cp modules/benchmarks/target/benchmarks.jar org.voicebench.bench.PhoneLabBenchmark [N] [C]
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
        PhoneLab.Builder b = lab().firstAddress("127.0.20.1");
        for (int i = 0; i < n; i++) {
            b.add(1, MODELS.get(i % MODELS.size()));
        }
        long t0 = System.nanoTime();
        try (PhoneLab lab = b.start()) {
            double startS = (System.nanoTime() - t0) / 1e9;
            System.out.printf("started %d phones in %.2f s (own loopback addresses: %s)%n", n, startS,
                    lab.loopbackAliases());
            printHeap("after start");
            String authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (LabPhones.USER + ":" + LabPhones.PASSWORD).getBytes(StandardCharsets.UTF_8));
            ExecutorService clientThreads = Executors.newFixedThreadPool(4);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                    .executor(clientThreads).build();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            for (String round : List.of("first (rendering)", "second (cached)", "after a key each (re-rendering)")) {
                if (round.startsWith("after")) {
                    pressOneKeyEach(lab);
                }
                long[] ms = new long[n];
                List<Future<?>> futures = new ArrayList<>();
                long r0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int idx = i;
                    SimulatedPhone p = lab.phone(i);
                    futures.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://" + p.hostAndPort()
                                        + "/CGI/Screenshot"))
                                .header("Authorization", authorization)
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

    /** The lab user, the ITL and CTL of a small lab cluster (made before the clock starts), short restarts. */
    private static PhoneLab.Builder lab() {
        Instant issued = Instant.parse("2026-03-01T00:00:00Z");
        LabCluster cluster = LabCluster.generate("lab.test", List.of("pub", "sub"), 1024, 1024, 42,
                Instant.parse("2026-01-01T00:00:00Z"));
        return LabPhones.lab().trustFiles(cluster.itl(cluster.publisher(), LabCluster.ItlSigning.ITL_RECOVERY,
                DigestAlgorithm.SHA1, issued), cluster.ctl(DigestAlgorithm.SHA1, issued))
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofMillis(600));
    }

    /** A key that opens the settings menu on every phone, so that its next screenshot is drawn again. */
    private static void pressOneKeyEach(PhoneLab lab) throws Exception {
        try (PhoneClient client = LabPhones.client(16)) {
            for (SimulatedPhone p : lab.phones()) {
                String settings = p.profile().family().is79xx() ? "Settings" : "Applications";
                client.phone(PhoneAddress.parse(p.hostAndPort())).press(settings);
            }
        }
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
