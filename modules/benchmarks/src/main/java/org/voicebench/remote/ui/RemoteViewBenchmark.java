package org.voicebench.remote.ui;

import java.awt.Graphics2D;
import java.awt.GridLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.voicebench.phone.Phone;
import org.voicebench.phone.Screenshot;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The measurements of issue 5 (not a unit test), against the simulator on loopback at default
 * settings: key click to updated screen shown in a remote view (the key's request, the
 * {@link RemoteSession#KEY_SETTLE_MS} wait, the screenshot, decoding and painting), and screenshot
 * fetch + decode + paint, for the 8845 (800x480 PNG) and the 7965 (320x240 BMP); then the GUI's
 * responsiveness with ten remote views on slow phones (1.5 s per answer, refreshing every second): how long
 * the Swing thread takes to run an empty task, sampled every 20 ms for 10 s. Needs a display. It sits in
 * remote-ui's package (in the benchmarks module) because the view's classes are private to their module
 * (figures in BENCHMARKS.md):
 * <pre>
 * xvfb-run -a java -cp modules/benchmarks/target/benchmarks.jar org.voicebench.remote.ui.RemoteViewBenchmark [ROUNDS]
 * </pre>
 * The simulator's JDK HttpServer leaves Nagle's algorithm on: a PNG answer whose last TCP segment
 * is short then waits about 40 ms for the client's delayed ACK. Add
 * {@code -Dsun.net.httpserver.nodelay=true} to the java command to measure without that
 * simulator-only stall (real phones have their own, larger, rendering time).
 */
public final class RemoteViewBenchmark {

    private RemoteViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path dir = Files.createTempDirectory("remote-view-benchmark");
        try (LabPhones lab = new LabPhones(dir, "127.0.95.1", null)) {
            System.out.printf("phones on own loopback addresses: %s; %d rounds each; key settle time %d ms%n",
                    lab.lab.loopbackAliases(), rounds, RemoteSession.KEY_SETTLE_MS);
            measure(lab, lab.p8845(), "Applications", rounds);
            measure(lab, lab.p7965(), "Settings", rounds);
        }
        try {
            manyViews(dir);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void measure(LabPhones lab, SimulatedPhone phone, String menuKey, int rounds) throws Exception {
        PhoneEntry entry = lab.saveWithCredentials(phone, LabPhones.PASSWORD);
        BlockingQueue<long[]> keyPainted = new ArrayBlockingQueue<>(64);
        RemotePanel[] panel = new RemotePanel[1];
        JFrame[] frame = new JFrame[1];
        SwingUtilities.invokeAndWait(() -> {
            panel[0] = new RemotePanel(lab.services, entry, new ScriptedPhoneDialogs());
            panel[0].setRefreshSeconds(60); // only the screenshots that follow keys
            panel[0].setKeyPaintListener((key, paintedAt) -> keyPainted.offer(new long[] {key, paintedAt}));
            frame[0] = new JFrame("benchmark");
            frame[0].getContentPane().add(panel[0]);
            frame[0].setSize(1400, 1000);
            frame[0].setVisible(true);
        });
        SwingUtilities.invokeAndWait(() -> panel[0].keypad().button(menuKey).doClick(0));
        take(keyPainted, "the menu");

        List<Long> keyToScreen = new ArrayList<>();
        for (int i = 0; i < rounds + 5; i++) {
            String key = i % 2 == 0 ? "NavDwn" : "NavUp";
            long t0 = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> panel[0].keypad().button(key).doClick(0));
            long[] t = take(keyPainted, "the screen after " + key);
            if (t[0] < t0) {
                throw new IllegalStateException("a paint of an earlier key's screen arrived late");
            }
            if (i >= 5) { // the first rounds warm up the JIT and the connection
                keyToScreen.add(t[1] - t0);
            }
        }

        Phone p = panel[0].session().phone();
        ScreenView offscreen = new ScreenView();
        List<Long> fetchDecodePaint = new ArrayList<>();
        List<Long> fetchDecode = new ArrayList<>();
        for (int i = 0; i < rounds + 5; i++) {
            long t0 = System.nanoTime();
            Screenshot s = p.screenshot();
            long t1 = System.nanoTime();
            SwingUtilities.invokeAndWait(() -> paintOffscreen(offscreen, s.image()));
            long t2 = System.nanoTime();
            if (i >= 5) {
                fetchDecode.add(t1 - t0);
                fetchDecodePaint.add(t2 - t0);
            }
        }
        Screenshot s = p.screenshot();
        List<Long> decode = new ArrayList<>();
        byte[] bytes = s.bytes();
        for (int i = 0; i < rounds + 5; i++) {
            long t0 = System.nanoTime();
            // ImageIO.read closes the stream
            if (javax.imageio.ImageIO.read(new javax.imageio.stream.MemoryCacheImageInputStream(
                    new java.io.ByteArrayInputStream(bytes))) == null) {
                throw new IllegalStateException("undecodable screenshot");
            }
            if (i >= 5) {
                decode.add(System.nanoTime() - t0);
            }
        }
        System.out.printf("%s %s %dx%d %s (%d bytes):%n", phone.modelNumber(), phone.hostAndPort(), s.width(), s.height(),
                s.format(), s.bytes().length);
        System.out.printf("  key click -> updated screen shown: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                ms(keyToScreen, 50), ms(keyToScreen, 90), ms(keyToScreen, 100));
        System.out.printf("  screenshot fetch + decode:         median %.1f ms, p90 %.1f ms (decode alone: median %.1f ms)%n",
                ms(fetchDecode, 50), ms(fetchDecode, 90), ms(decode, 50));
        System.out.printf("  screenshot fetch + decode + paint: median %.1f ms, p90 %.1f ms, max %.1f ms%n",
                ms(fetchDecodePaint, 50), ms(fetchDecodePaint, 90), ms(fetchDecodePaint, 100));
        SwingUtilities.invokeAndWait(() -> {
            panel[0].close();
            frame[0].dispose();
        });
    }

    /** Ten views on phones that take 1.5 s per answer, every view refreshing each second. */
    private static void manyViews(Path dir) throws Exception {
        PhoneConditions slow = PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(1500));
        try (PhoneLab lab = PhoneLab.builder().user(LabPhones.USER, LabPhones.PASSWORD).firstAddress("127.0.97.1")
                .add(10, "8845", slow).start();
                RemoteServices services = new RemoteServices(PhoneList.load(dir.resolve("many.json")), new MemorySecrets(),
                        LabPhones.FAST.withResponseTimeout(Duration.ofSeconds(10)), null)) {
            services.secrets().save(PhoneInventory.groupSecretKey("Slow"), LabPhones.PASSWORD.toCharArray(), "benchmark");
            List<PhoneEntry> entries = LabGroup.entries(LabDescriptions.phones(lab)).stream().map(e -> e.withGroup("Slow"))
                    .toList();
            services.list().update(inv -> inv.withAll(entries).withGroupUser("Slow", LabPhones.USER));
            List<RemotePanel> panels = new ArrayList<>();
            JFrame[] frame = new JFrame[1];
            SwingUtilities.invokeAndWait(() -> {
                JPanel grid = new JPanel(new GridLayout(2, 5));
                for (PhoneEntry e : entries) {
                    RemotePanel p = new RemotePanel(services, e, new ScriptedPhoneDialogs());
                    p.setRefreshSeconds(1);
                    panels.add(p);
                    grid.add(p);
                }
                frame[0] = new JFrame("ten remote views");
                frame[0].getContentPane().add(grid);
                frame[0].setSize(1600, 900);
                frame[0].setVisible(true);
            });
            long firstScreens = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!panels.stream().allMatch(p -> p.screen().paints() > 0)) {
                if (System.nanoTime() > firstScreens) {
                    throw new IllegalStateException("not every view showed its screen within 30 s");
                }
                Thread.sleep(100);
            }
            List<Long> waits = new ArrayList<>();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < end) {
                long t0 = System.nanoTime();
                SwingUtilities.invokeAndWait(() -> { });
                waits.add(System.nanoTime() - t0);
                Thread.sleep(20);
            }
            int paints = panels.stream().mapToInt(p -> p.screen().paints()).sum();
            System.out.printf("ten views on slow phones (1.5 s answers, 1 s refresh), %d samples over 10 s, %d paints in all:%n",
                    waits.size(), paints);
            System.out.printf("  Swing thread wait for an empty task: median %.2f ms, p99 %.2f ms, max %.1f ms%n",
                    ms(waits, 50), ms(waits, 99), ms(waits, 100));
            SwingUtilities.invokeAndWait(() -> {
                panels.forEach(RemotePanel::close);
                frame[0].dispose();
            });
        }
    }

    /** Paints the view at the 8845's screen size, as a fitted remote view does. */
    private static void paintOffscreen(ScreenView view, BufferedImage image) {
        view.setImage(image);
        view.setSize(800, 480);
        BufferedImage target = new BufferedImage(800, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            view.paint(g);
        } finally {
            g.dispose();
        }
    }

    private static <T> T take(BlockingQueue<T> q, String what) throws InterruptedException {
        T t = q.poll(10, TimeUnit.SECONDS);
        if (t == null) {
            throw new IllegalStateException("no paint of " + what + " within 10 s");
        }
        return t;
    }

    private static double ms(List<Long> nanos, int percentile) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1e6;
    }
}
