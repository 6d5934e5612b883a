package org.voicebench.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.voicebench.cli.VoiceBenchCli;

/**
 * {@code voicebench-cli inspect --json} end to end on a TFTP folder of many trust lists, next to
 * this machine's {@code openssl speed rsa2048} verify rate (issue 16's target: at least 10% of
 * it). The command runs in-process as {@code main} would, its output counted and discarded, so the
 * figure is reading, parsing, verifying, hashing, checking and writing JSON, without JVM start-up
 * or a terminal. One run, read back and checked, warms up; the figure is the median of the timed
 * runs. Not a JMH benchmark: what matters is the whole command over thousands of files, not a
 * method, and openssl has to run next to it. Not part of the test run (see BENCHMARKS.md).
 *
 * <pre>java -cp modules/benchmarks/target/benchmarks.jar org.voicebench.bench.InspectBenchmark [FILES=4000] [RUNS=5]</pre>
 */
public final class InspectBenchmark {

    private static final int OPENSSL_SECONDS = 3;
    private static final double TARGET = 0.10;

    private InspectBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("voicebench-inspect-");
        try {
            TftpFolder folder = TftpFolder.write(dir, count);
            String[] command = command(folder.files());
            System.out.printf(Locale.ROOT, "%d files in %s: %d distinct lists, %d ITLSEP copies, %.1f MB%n", count, dir,
                    folder.distinct(), count - folder.distinct(), folder.bytes() / 1e6);

            double openssl = OpensslSpeed.rsa2048VerifyPerSecond(OPENSSL_SECONDS);
            System.out.printf(Locale.ROOT, "openssl speed -seconds %d rsa2048: %.0f verify/s%n", OPENSSL_SECONDS, openssl);

            checkedWarmUp(command, count);
            double[] seconds = new double[runs];
            for (int r = 0; r < runs; r++) {
                seconds[r] = timed(command);
                System.out.printf(Locale.ROOT, "inspect --json, run %d: %.3f s, %.0f files/s, %.1f%% of openssl%n", r + 1,
                        seconds[r], count / seconds[r], 100 * count / seconds[r] / openssl);
            }
            double median = median(seconds);
            double ratio = count / median / openssl;
            System.out.printf(Locale.ROOT, "median: %.3f s, %.0f files/s = %.1f%% of openssl's RSA-2048 verify rate "
                    + "(target >= %.0f%%: %s)%n", median, count / median, 100 * ratio, 100 * TARGET, ratio >= TARGET ? "met" : "NOT met");
        } finally {
            delete(dir);
        }
    }

    private static String[] command(List<Path> files) {
        List<String> args = new ArrayList<>(List.of("inspect", "--json"));
        files.forEach(f -> args.add(f.toString()));
        return args.toArray(String[]::new);
    }

    /** One run whose output is read back: every file in the array, every signature valid. */
    private static void checkedWarmUp(String[] command, int count) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VoiceBenchCli.run(command, new PrintStream(out, false, StandardCharsets.UTF_8),
                new PrintStream(err, false, StandardCharsets.UTF_8));
        JsonNode array = new ObjectMapper().readTree(out.toByteArray());
        long valid = 0;
        for (JsonNode file : array) {
            valid += "VALID".equals(file.path("signature").path("status").asText()) ? 1 : 0;
        }
        if (exit != 0 || array.size() != count || valid != count) {
            throw new IllegalStateException("warm-up run: exit " + exit + ", " + array.size() + " files in the JSON, "
                    + valid + " VALID; stderr:\n" + err.toString(StandardCharsets.UTF_8));
        }
        System.out.printf(Locale.ROOT, "warm-up run: exit 0, %d files in the JSON, all VALID, %.1f MB of JSON%n", count,
                out.size() / 1e6);
    }

    /** Seconds for one run, its output counted only (as if piped to a fast consumer). */
    private static double timed(String[] command) {
        CountingSink sink = new CountingSink();
        PrintStream out = new PrintStream(sink, false, StandardCharsets.UTF_8);
        long start = System.nanoTime();
        int exit = VoiceBenchCli.run(command, out, out);
        out.flush();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0 || sink.count == 0) {
            throw new IllegalStateException("timed run: exit " + exit + ", " + sink.count + " bytes written");
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Discards what is written, counting the bytes. */
    private static final class CountingSink extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
