package org.voicebench.macro.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;

/**
 * The scale check of issue 6 (not a unit test): N simulated phones of every shipped model run the built-in
 * erase-itl macro at its real delays with concurrency C; prints wall time against the floor (the sum of the
 * phones' minimum macro durations / C), peak heap and threads. With "faults", 20% of the phones have one
 * fault each (web access off, user not associated, keys dropped, an address that does not resolve, restart in the
 * middle) and every phone's outcome is checked. Run from modules/macro-core (figures in BENCHMARKS.md):
 * <pre>
 * mvn -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/cp.txt)" org.voicebench.macro.run.MacroPlayerBenchmark N C [faults]
 * </pre>
 */
public final class MacroPlayerBenchmark {

    private MacroPlayerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean faults = args.length > 2 && args[2].equals("faults");
        List<ModelProfile> models = List.copyOf(ModelProfiles.builtIn().all());
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();

        PhoneLab.Builder b = SimFixtures.lab().firstAddress("127.0.30.1").rebootTime(Duration.ofSeconds(10))
                .eraseMessageTime(Duration.ofSeconds(2));
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int fault = faults && i % 25 < 5 ? i % 25 : -1;
            PhoneConditions c = switch (fault) {
                case 0 -> PhoneConditions.NORMAL.withWebAccess(false);
                case 1 -> PhoneConditions.NORMAL.withAuthFailing(true);
                case 2 -> PhoneConditions.NORMAL.withUiLatency(Duration.ofMillis(1500));
                default -> PhoneConditions.NORMAL;
            };
            b.add(1, models.get(i % models.size()).model(), c);
            expected.add(switch (fault) {
                case 0 -> Outcome.WEB_ACCESS_DISABLED;
                case 1 -> Outcome.AUTH_FAILED;
                case 2 -> Outcome.SCREEN_MISMATCH;
                case 3, 4 -> Outcome.UNREACHABLE;
                default -> Outcome.SUCCESS;
            });
        }
        long floorNanos = 0;
        try (PhoneLab lab = b.start(); PhoneClient client = SimFixtures.client()) {
            List<PhoneEntry> phones = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PhoneEntry e = SimFixtures.entry(lab.phone(i));
                if (faults && i % 25 == 3) {
                    // a name that never resolves (.invalid is reserved): no phone at that address
                    e = new PhoneEntry(PhoneAddress.parse("phone-" + i + ".invalid"), e.name(), "", e.model(), "");
                }
                phones.add(e);
                if (expected.get(i) == Outcome.SUCCESS) {
                    floorNanos += erase.resolve(lab.phone(i).profile()).minimumDuration().toNanos();
                }
            }
            System.out.printf("%d phones (%d models, own loopback addresses: %s), concurrency %d%s%n", n, models.size(),
                    lab.loopbackAliases(), concurrency, faults ? ", 20% with faults" : "");
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = mem.getHeapMemoryUsage().getUsed();
            int threadsBefore = Thread.activeCount();
            AtomicLong peakHeap = new AtomicLong();
            AtomicInteger peakPlayerThreads = new AtomicInteger();
            AtomicInteger peakThreads = new AtomicInteger();
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peakHeap.accumulateAndGet(mem.getHeapMemoryUsage().getUsed(), Math::max);
                    int player = 0;
                    int all = 0;
                    for (Thread t : Thread.getAllStackTraces().keySet()) {
                        all++;
                        if (t.getName().startsWith("macro-player-")) {
                            player++;
                        }
                    }
                    peakPlayerThreads.accumulateAndGet(player, Math::max);
                    peakThreads.accumulateAndGet(all, Math::max);
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "sampler");
            sampler.setDaemon(true);
            sampler.start();
            MacroRunListener rebootMidMacro = new MacroRunListener() {
                @Override
                public void stepFinished(PhoneEntry phone, int step, int steps, Step done) {
                    if (faults && step == 4) {
                        int i = phones.indexOf(phone);
                        if (i % 25 == 4) {
                            lab.phone(i).reboot();
                        }
                    }
                }
            };
            MacroPlayer player = new MacroPlayer(client, ModelProfiles.builtIn(),
                    PlayerSettings.defaults().withConcurrency(concurrency));
            long t0 = System.nanoTime();
            MacroRun run = player.start(erase, phones, RunOptions.defaults().withConfirmation().withListener(rebootMidMacro));
            List<PhoneResult> results = run.await();
            long wall = System.nanoTime() - t0;
            sampler.interrupt();

            Map<Outcome, Integer> counts = new EnumMap<>(ResultsExport.counts(results));
            int wrong = 0;
            int itlLeft = 0;
            for (int i = 0; i < n; i++) {
                if (results.get(i).outcome() != expected.get(i)) {
                    wrong++;
                    if (wrong <= 5) {
                        System.out.println("  unexpected: " + results.get(i) + " (expected " + expected.get(i) + ")");
                    }
                }
                if (expected.get(i) == Outcome.SUCCESS && lab.phone(i).hasItl()) {
                    itlLeft++;
                }
            }
            double floor = floorNanos / 1e9 / concurrency;
            System.out.printf("wall %.1f s, floor %.1f s (sum of minimum durations %.0f s / %d), ratio %.3f%n", wall / 1e9, floor,
                    floorNanos / 1e9, concurrency, wall / 1e9 / floor);
            System.out.println("outcomes: " + counts);
            System.out.printf("phones in an unexpected category: %d; successful phones still holding an ITL: %d%n", wrong, itlLeft);
            System.out.printf("heap: %d MB before the run, peak %d MB during it (sampled, garbage included)%n", heapBefore >> 20,
                    peakHeap.get() >> 20);
            System.out.printf("threads: %d before the run, peak %d during it, of which player threads %d (the simulated phones'"
                    + " server threads are the rest)%n", threadsBefore, peakThreads.get(), peakPlayerThreads.get());
        }
    }
}
