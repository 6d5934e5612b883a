package org.voicebench.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped bin/voicebench-cli with the example plugin (the module jar of its NBM, as a team would take it): the
 * plugin's macro library is listed and printed from a jar in {@code cli/plugins/} or on
 * {@code VOICEBENCH_CLI_CLASSPATH}, and is absent without it; its audit report column is in {@code audit}'s report on a
 * lab started by the same script's {@code sim}.
 */
class CliPluginsIT {

    private static final String PLUGIN_MACRO = "acme-soft-reset";

    @TempDir
    static Path tmp;

    private static Path pluginJar;

    record Run(int status, String out, String err) {
    }

    @BeforeAll
    static void extractThePluginsModuleJar() throws IOException {
        Assumptions.assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/voicebench-cli is a POSIX sh script");
        String nbm = System.getProperty("voicebench.example.nbm");
        assertNotNull(nbm, "system property voicebench.example.nbm (set by failsafe in application/pom.xml)");
        try (ZipFile zip = new ZipFile(nbm)) {
            ZipEntry jar = zip.stream().filter(e -> e.getName().matches("netbeans/modules/[^/]+\\.jar")).findFirst()
                    .orElseThrow(() -> new AssertionError(nbm + " holds a module jar"));
            pluginJar = tmp.resolve("acme-plugin.jar");
            try (InputStream in = zip.getInputStream(jar)) {
                Files.copy(in, pluginJar);
            }
        }
    }

    private static Path app() {
        String app = System.getProperty("voicebench.app");
        assertNotNull(app, "system property voicebench.app (set by failsafe in application/pom.xml)");
        return Path.of(app);
    }

    private static Run run(Path installation, Map<String, String> env, String... args) throws Exception {
        Path script = installation.resolve("bin/voicebench-cli");
        assertTrue(Files.isExecutable(script), script + " is executable");
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of(script.toString()), Stream.of(args)).toList());
        pb.environment().remove("VOICEBENCH_CLI_CLASSPATH");
        pb.environment().putAll(env);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Path out = Files.createTempFile(tmp, "out", ".txt");
        Path err = Files.createTempFile(tmp, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "voicebench-cli finished within 60 s");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void withoutAPluginOnlyTheBuiltInsAreListed() throws Exception {
        Run r = run(app(), Map.of(), "macro", "list");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains("erase-itl"), r.out());
        assertFalse(r.out().contains(PLUGIN_MACRO), r.out());
    }

    @Test
    void aPluginOnTheClassPathVariableAddsItsMacros() throws Exception {
        Run r = run(app(), Map.of("VOICEBENCH_CLI_CLASSPATH", pluginJar.toString()), "macro", "list");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().indexOf("erase-itl") < r.out().indexOf(PLUGIN_MACRO), "the plugin's macros after the built-ins: " + r.out());

        Run file = run(app(), Map.of("VOICEBENCH_CLI_CLASSPATH", pluginJar.toString()), "macro", "list", "--json", PLUGIN_MACRO);
        assertEquals(0, file.status(), file.toString());
        assertTrue(Pattern.compile("\"name\"\\s*:\\s*\"" + PLUGIN_MACRO + "\"").matcher(file.out()).find(), file.out());
    }

    @Test
    void aPluginInTheInstallationsPluginsFolderAddsItsMacros() throws Exception {
        Path copy = tmp.resolve("installation");
        copyTree(app().resolve("bin"), copy.resolve("bin"));
        copyTree(app().resolve("cli"), copy.resolve("cli"));
        Files.createDirectories(copy.resolve("cli/plugins"));
        Files.copy(pluginJar, copy.resolve("cli/plugins/acme-plugin.jar"));

        Run r = run(copy, Map.of(), "macro", "list");
        assertEquals(0, r.status(), r.toString());
        assertTrue(r.out().contains(PLUGIN_MACRO), r.out());
    }

    @Test
    void aPluginsReportColumnIsInTheAuditReport() throws Exception {
        String password = UUID.randomUUID().toString();
        Path inventory = tmp.resolve("lab.csv");
        Path simOut = tmp.resolve("sim-out.txt");
        ProcessBuilder pb = new ProcessBuilder(app().resolve("bin/voicebench-cli").toString(), "sim", "--phones", "2",
                "--user", "lab", "--cluster", "1", "--inventory", inventory.toString(), "--duration", "120")
                .directory(tmp.toFile()).redirectOutput(simOut.toFile()).redirectError(tmp.resolve("sim-err.txt").toFile());
        pb.environment().put("VOICEBENCH_PASSWORD", password);
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process sim = pb.start();
        try {
            String itl = waitForItlUrl(simOut, sim);
            Path report = tmp.resolve("audit.json");
            Run audit = run(app(), Map.of("VOICEBENCH_CLI_CLASSPATH", pluginJar.toString(), "VOICEBENCH_PASSWORD", password),
                    "audit", "--cluster-itl", itl, "--phones", inventory.toString(), "--user", "lab", "--report", report.toString());
            assertEquals(0, audit.status(), "both lab phones hold the cluster's ITL: " + audit);
            JsonNode phones = new ObjectMapper().readTree(report.toFile()).get("phones");
            assertEquals(2, phones.size(), phones.toString());
            for (JsonNode phone : phones) {
                assertTrue(phone.path("extra").has("acme_site"), "the plugin's column: " + phone);
                String expected = phone.get("address").asText().startsWith("127.0.10.") ? "LAB" : "";
                assertEquals(expected, phone.path("extra").path("acme_site").asText(), "the site by the phone's address: " + phone);
            }
        } finally {
            sim.destroy();
            assertTrue(sim.waitFor(30, TimeUnit.SECONDS), "the simulator stopped");
        }
    }

    /** The simulated cluster's ITL URL, once the simulator has said it (bounded: 60 s). */
    private static String waitForItlUrl(Path simOut, Process sim) throws Exception {
        Pattern url = Pattern.compile("http://\\S+/ITLFile\\.tlv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String out = Files.readString(simOut);
            Matcher m = url.matcher(out);
            if (m.find() && out.contains("lab CTI")) {
                return m.group();
            }
            assertTrue(sim.isAlive(), "the simulator is running: " + out);
            Thread.sleep(200);
        }
        throw new AssertionError("the simulator did not start within 60 s: " + Files.readString(simOut));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(from)) {
            files = s.toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            if (Files.isDirectory(f)) {
                Files.createDirectories(target);
            } else {
                Files.copy(f, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        Path script = to.resolve("voicebench-cli");
        if (Files.exists(script)) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
