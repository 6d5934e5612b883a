package org.voicebench.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.Step;
import org.voicebench.macro.run.MacroPlayer;
import org.voicebench.macro.run.MacroRun;
import org.voicebench.macro.run.MacroRunListener;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.macro.run.PlayerSettings;
import org.voicebench.macro.run.ResultsExport;
import org.voicebench.macro.run.RunOptions;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;

/**
 * The scale check of issue 6 (not a unit test): N simulated phones, of every shipped model that erase-itl runs on
 * unattended, run the built-in erase-itl macro at its real delays with concurrency C; prints wall time against the
 * floor (the sum of the phones' minimum macro durations / C), peak heap and threads. With "faults", 20% of the phones have one
 * fault each (web access off, user not associated, keys dropped, an address that does not resolve, restart in the
 * middle) and every phone's outcome is checked. With "cti", every other phone has web access off and a model whose
 * erase keys are verified over CTI, and is erased over the lab CTI service through the stand-in jar (JAR, default
 * the build's {@code modules/jtapi-lab/target} jar): the 1 s per-phone pacing is part of the floor (figures in
 * BENCHMARKS.md):
 * <pre>
 * java -Xmx512m -cp modules/benchmarks/target/benchmarks.jar org.voicebench.bench.MacroPlayerBenchmark N C [faults | cti [JAR]]
 * </pre>
 */
public final class MacroPlayerBenchmark {

    private MacroPlayerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        boolean faults = args.length > 2 && args[2].equals("faults");
        boolean overCti = args.length > 2 && args[2].equals("cti");
        Path jar = Path.of(args.length > 3 ? args[3] : "modules/jtapi-lab/target/jtapi-lab-0.1.0-SNAPSHOT.jar");
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        List<ModelProfile> models = ModelProfiles.builtIn().all().stream().filter(p -> runsUnattended(erase, p)).toList();
        List<ModelProfile> ctiModels = ModelProfiles.builtIn().all().stream().filter(p -> runsUnattendedOverCti(erase, p))
                .toList();

        // any ITL and CTL will do: the macro erases them, nothing reads them
        PhoneLab.Builder b = LabPhones.lab().trustFiles(bytes("simulated ITL"), bytes("simulated CTL"))
                .firstAddress("127.0.30.1").rebootTime(Duration.ofSeconds(10)).eraseMessageTime(Duration.ofSeconds(2));
        List<Outcome> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int fault = faults && i % 25 < 5 ? i % 25 : -1;
            PhoneConditions c = switch (fault) {
                case 0 -> PhoneConditions.NORMAL.withWebAccess(false);
                case 1 -> PhoneConditions.NORMAL.withAuthFailing(true);
                case 2 -> PhoneConditions.NORMAL.withUiLatency(Duration.ofMillis(1500));
                default -> PhoneConditions.NORMAL;
            };
            if (overCti && i % 2 == 1) {
                b.add(1, ctiModels.get(i / 2 % ctiModels.size()).model(), PhoneConditions.NORMAL.withWebAccess(false));
            } else {
                b.add(1, models.get(i % models.size()).model(), c);
            }
            expected.add(switch (fault) {
                case 0 -> Outcome.WEB_ACCESS_DISABLED;
                case 1 -> Outcome.AUTH_FAILED;
                case 2 -> Outcome.SCREEN_MISMATCH;
                case 3, 4 -> Outcome.UNREACHABLE;
                default -> Outcome.SUCCESS;
            });
        }
        long floorNanos = 0;
        try (PhoneLab lab = b.start(); PhoneClient client = LabPhones.client(128);
             LabCti cti = overCti ? LabCti.start(lab, jar, i -> i % 2 == 1) : null) {
            List<PhoneEntry> phones = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                PhoneEntry e = LabPhones.entry(lab.phone(i));
                if (faults && i % 25 == 3) {
                    // a name that never resolves (.invalid is reserved): no phone at that address
                    e = new PhoneEntry(PhoneAddress.parse("phone-" + i + ".invalid"), e.name(), "", e.model(), "");
                }
                phones.add(e);
                if (expected.get(i) == Outcome.SUCCESS) {
                    KeyTransport keys = overCti && i % 2 == 1 ? KeyTransport.CTI : KeyTransport.WEB;
                    floorNanos += erase.resolve(lab.phone(i).profile(), keys).minimumDuration().toNanos();
                }
            }
            System.out.printf("%d phones (%d models, own loopback addresses: %s), concurrency %d%s%n", n, models.size(),
                    lab.loopbackAliases(), concurrency, faults ? ", 20% with faults"
                    : overCti ? ", every other phone web access off, erased over lab CTI (" + ctiModels.size() + " models)" : "");
            MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
            System.gc();
            long heapBefore = mem.getHeapMemoryUsage().getUsed();
            int threadsBefore = Thread.activeCount();
            AtomicLong peakHeap = new AtomicLong();
            AtomicInteger peakPlayerThreads = new AtomicInteger();
            AtomicInteger peakThreads = new AtomicInteger();
            Sampler sampler = Sampler.start("sampler", () -> {
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
            });
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
            RunOptions options = RunOptions.defaults().withConfirmation().withListener(rebootMidMacro);
            MacroRun run = player.start(erase, phones, cti == null ? options : options.withKeys(cti.routes()));
            List<PhoneResult> results = run.await();
            long wall = System.nanoTime() - t0;
            sampler.close();

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

    /**
     * Whether erase-itl runs on the model without a user: it has the model's keys, and a guard reads the
     * screen before the erasing key (blind keys need the user's explicit acceptance).
     */
    private static boolean runsUnattended(Macro erase, ModelProfile model) {
        try {
            return !erase.resolve(model).blind();
        } catch (MacroNotApplicableException e) {
            return false;
        }
    }

    /** Whether erase-itl runs over CTI on the model without a user: keys verified for CTI. */
    private static boolean runsUnattendedOverCti(Macro erase, ModelProfile model) {
        try {
            return !erase.resolve(model, KeyTransport.CTI).blind();
        } catch (MacroNotApplicableException e) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
