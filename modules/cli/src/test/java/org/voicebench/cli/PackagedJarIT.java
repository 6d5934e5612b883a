package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code java -jar target/voicebench-cli.jar} as a real process, as scripts do: proves the
 * manifest's Main-Class and Class-Path and the {@code lib/} folder next to the jar work (signed
 * BouncyCastle jars included).
 */
class PackagedJarIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    private static Path jar;

    @BeforeAll
    static void setUp() throws IOException {
        String property = System.getProperty("voicebench.cli.jar");
        // surefire runs this class too when -Dtest names its package; only failsafe (after package) sets the property
        assumeTrue(property != null, "runs in the integration-test phase (failsafe sets voicebench.cli.jar)");
        jar = Path.of(property);
        assertTrue(Files.isRegularFile(jar), jar + " exists (run in the integration-test phase, after package)");
        LabFiles.samples(dir);
    }

    private record Proc(int exit, String out, String err) {
    }

    private static Proc run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(Arrays.asList(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "voicebench-cli finished within 60 s");
        return new Proc(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void manifestPointsAtTheCopiedLibraries() throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            Manifest m = j.getManifest();
            assertEquals("org.voicebench.cli.VoiceBenchCli", m.getMainAttributes().getValue("Main-Class"));
            String classPath = m.getMainAttributes().getValue("Class-Path");
            assertTrue(classPath.contains("lib/bcprov-jdk18on-") && classPath.contains("lib/picocli-"), classPath);
            assertTrue(classPath.contains("lib/phone-core-") && classPath.contains("lib/httpclient5-"), classPath);
            assertTrue(classPath.contains("lib/phone-sim-"), classPath);
            for (String entry : classPath.trim().split("\\s+")) {
                assertTrue(Files.isRegularFile(jar.resolveSibling(entry)), entry + " is in " + jar.getParent());
            }
        }
    }

    @Test
    void inspectsAndVerifiesFromThePackagedJar() throws Exception {
        Proc p = run("inspect", "--json", LabFiles.ITL, LabFiles.SGN, "--trust", LabFiles.ITL);

        assertEquals(ExitCodes.OK, p.exit(), p.err());
        JsonNode a = JSON.readTree(p.out());
        assertEquals(2, a.size(), p.out());
        assertEquals("VALID", a.get(0).get("signature").get("status").asText());
        assertEquals("VALID", a.get(1).get("signature").get("status").asText());
        assertEquals("", p.err());

        Proc human = run("inspect", LabFiles.ITL);
        assertEquals(ExitCodes.OK, human.exit(), human.err());
        assertTrue(human.out().contains("Signature: VALID - signed by record 1 (SAST"), human.out());
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        Files.write(dir.resolve("short.tlv"), Arrays.copyOf(Files.readAllBytes(dir.resolve(LabFiles.ITL)), 100));

        Proc malformed = run("inspect", "short.tlv");
        assertEquals(ExitCodes.INPUT_ERROR, malformed.exit());
        assertTrue(malformed.err().matches("short\\.tlv: .+ at offset \\d+.*\\n"), malformed.err());

        assertEquals(ExitCodes.NOT_OK, run("inspect", LabFiles.SGN).exit());
        Proc usage = run();
        assertEquals(ExitCodes.USAGE, usage.exit());
        assertTrue(usage.err().contains("Usage: voicebench-cli"), usage.err());
        assertTrue(run("--version").out().startsWith("voicebench-cli "));
    }

    @Test
    void phoneCommandRunsFromThePackagedJar() throws Exception {
        Proc help = run("phone", "--help");
        assertEquals(ExitCodes.OK, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: voicebench-cli phone"), help.out());
        assertTrue(help.out().contains("screenshot"), help.out());

        // a real request: HttpClient and its logging binding load from lib/, and a refused connection is one line
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Proc refused = run("phone", "info", "127.0.0.1:" + port);
        assertEquals(1, refused.exit(), refused.err());
        assertTrue(refused.err().matches("127\\.0\\.0\\.1:" + port + ": WEB_ACCESS_DISABLED: [^\\n]+\\n"), refused.err());
    }

    @Test
    void simCommandRunsFromThePackagedJar() throws Exception {
        Proc help = run("sim", "--help");
        assertEquals(ExitCodes.OK, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: voicebench-cli sim"), help.out());
        assertTrue(help.out().contains("--phones=N") && help.out().contains("VOICEBENCH_PASSWORD"), help.out());

        // a real lab: phone-sim, phone-core's model profiles and trust-core's lab cluster load from lib/
        Proc lab = run("sim", "--phones", "2", "--models", "7965,8845", "--first-ip", "127.0.98.1", "--port", "0",
                "--inventory", "lab.csv", "--duration", "1");
        assertEquals(ExitCodes.OK, lab.exit(), lab.err());
        List<String> rows = Files.readAllLines(dir.resolve("lab.csv"), StandardCharsets.UTF_8);
        assertEquals("address,model,name,mac", rows.get(0), rows.toString());
        assertEquals(3, rows.size(), rows.toString());
        assertTrue(rows.get(1).contains(",CP-7965G,SEP") && rows.get(2).contains(",CP-8845,SEP"), rows.toString());
        assertTrue(lab.err().endsWith("2 phones stopped (duration)\n"), lab.err());

        Proc outside = run("sim", "--phones", "1", "--first-ip", "10.0.0.1");
        assertEquals(2, outside.exit(), outside.err());
        assertTrue(outside.err().startsWith("voicebench-cli sim: --first-ip 10.0.0.1 is not a loopback address"), outside.err());
    }
}
