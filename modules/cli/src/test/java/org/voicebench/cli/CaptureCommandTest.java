package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.cli.FakePhoneServer.Reply;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.CapturePath;
import org.voicebench.phone.capture.PhoneCapture;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * {@code phone capture}: against a simulated 7965 (every page asked, credentials only where the phone
 * checks them, nothing pressed) and a fake phone that records each request; the password appears in no
 * byte of the zip, compressed or not.
 */
class CaptureCommandTest {

    static final String USER = "labadmin";
    static final String PASSWORD = "C4pture-Pa55!word";
    static final Environment WITH_PASSWORD = Map.of("VOICEBENCH_PASSWORD", PASSWORD)::get;
    private static final Environment EMPTY = name -> null;

    @TempDir
    Path dir;

    private PhoneLab lab;
    private final List<CliRun> runs = new ArrayList<>();

    @AfterEach
    void stopAndCheckNoSecretWasPrinted() {
        if (lab != null) {
            lab.close();
        }
        for (CliRun r : runs) {
            assertFalse(r.out().contains(PASSWORD) || r.err().contains(PASSWORD), "password printed:\n" + r.transcript());
        }
    }

    private CliRun run(Environment env, String... args) {
        CliRun r = CliRun.with(env, args);
        runs.add(r);
        return r;
    }

    /** A 79xx: its HTML and XML network pages are at the same paths on every simulator version. */
    static PhoneLab startLab() throws IOException {
        return PhoneLab.builder().user(USER, PASSWORD).sharedAddress().add(1, "7965").start();
    }

    /** Captures the lab's phone with the CLI and {@code --user} into {@code zip}. */
    static CliRun capture(PhoneLab lab, Path zip) {
        return CliRun.with(WITH_PASSWORD, "phone", "capture", lab.phone(0).hostAndPort(), "-o", zip.toString(), "--user", USER);
    }

    @Test
    void capturesEveryPageOfALabPhoneWithCredentialsAndNeverThePassword() throws IOException {
        lab = startLab();
        Path zip = dir.resolve("cp-7965g.zip");
        CliRun r = capture(lab, zip);
        runs.add(r);
        SimulatedPhone phone = lab.phone(0);

        assertEquals(0, r.exit(), r.transcript());
        List<String> lines = r.out().lines().toList();
        assertEquals(CapturePath.all().size() + 1, lines.size(), r.out());
        assertEquals(phone.hostAndPort() + ": /DeviceInformationX: 200 text/xml", lines.get(0).replaceFirst(";.*|,.*", ""));
        assertTrue(lines.get(lines.size() - 1).startsWith(phone.hostAndPort() + ": saved " + zip.toAbsolutePath() + " ("),
                r.out());
        assertEquals("", r.err());

        PhoneCapture c = PhoneCapture.read(zip);
        assertTrue(c.manifest().credentialsSent());
        assertEquals(phone.hostAndPort(), c.manifest().address());
        assertTrue(c.manifest().tool().startsWith("voicebench-cli "), c.manifest().tool());
        assertEquals(CapturePath.all().size(), c.answers().size() + c.manifest().failures().size());
        assertTrue(text(c, "/DeviceInformationX").contains("<modelNumber>CP-7965G</modelNumber>"), text(c, "/DeviceInformationX"));
        assertEquals(200, c.answer("/NetworkConfiguration").orElseThrow().status(), "the 79xx HTML network page");
        assertEquals(200, c.answer("/CGI/Screenshot").orElseThrow().status(), "the credentials were sent and accepted");
        assertTrue(c.answers().stream().anyMatch(a -> a.path().endsWith("/ModeInfo") && a.status() == 200
                && new String(a.body(), StandardCharsets.UTF_8).contains("CiscoIPPhoneModeInfo")), "ModeInfo captured");
        assertEquals(404, c.answer("/CGI/Java/Serviceability?adapterX=device.statistics.streaming.0").orElseThrow().status(),
                "a 79xx lacks the Serviceability pages: the 404 is captured too");

        assertNoSecretIn(Files.readAllBytes(zip), PASSWORD, Base64.getEncoder().encodeToString(
                (USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        assertFalse(text(c.toZip(), "capture.json").contains(USER), "the user's name is not kept either");
        assertEquals(0, phone.acceptedKeys() + phone.rebootCount(), "a capture never acts");
        assertEquals("", phone.dialledDigits());
    }

    @Test
    void withoutUserThePagesNeedingCredentialsAreAskedWithoutAny() throws IOException {
        lab = startLab();
        Path zip = dir.resolve("anonymous.zip");
        CliRun r = run(EMPTY, "phone", "capture", lab.phone(0).hostAndPort(), "-o", zip.toString());

        assertEquals(0, r.exit(), r.transcript());
        assertTrue(r.out().contains(", no credentials)"), r.out());
        PhoneCapture c = PhoneCapture.read(zip);
        assertFalse(c.manifest().credentialsSent());
        assertNotEquals(200, c.answer("/CGI/Screenshot").orElseThrow().status(), "what the phone answers without credentials");
        assertEquals(200, c.answer("/DeviceInformationX").orElseThrow().status());
    }

    @Test
    void credentialsGoOnlyToThePagesThatCheckThemAndRequestsArePacedGets() throws IOException {
        try (FakePhoneServer fake = new FakePhoneServer()) {
            fake.reply("/DeviceInformationX", Reply.xml("<DeviceInformation><modelNumber>CP-8845</modelNumber></DeviceInformation>"));
            CliRun r = run(WITH_PASSWORD, "phone", "capture", fake.address(), "-o", dir.resolve("c.zip").toString(), "--user", USER);

            assertEquals(0, r.exit(), r.transcript());
            List<CapturePath> asked = CapturePath.all();
            assertEquals(asked.size(), fake.requests.size());
            String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < asked.size(); i++) {
                FakePhoneServer.Request q = fake.requests.get(i);
                assertEquals("GET", q.method(), q.path());
                assertEquals(asked.get(i).path().replaceFirst("\\?.*", ""), q.path());
                assertEquals(asked.get(i).needsCredentials() ? basic : null, q.authorization(), q.path());
                if (i > 0) {
                    long gap = (q.nanos() - fake.requests.get(i - 1).nanos()) / 1_000_000;
                    assertTrue(gap >= 150, "requests " + gap + " ms apart");
                }
            }
        }
    }

    @Test
    void aPhoneAnsweringNothingFailsAtOnceAndSavesNothing() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        Path zip = dir.resolve("none.zip");
        CliRun r = run(EMPTY, "phone", "capture", "127.0.0.1:" + closedPort, "-o", zip.toString(), "--timeout", "2");

        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("127.0.0.1:" + closedPort + ": WEB_ACCESS_DISABLED: "), r.err());
        assertEquals(1, r.out().lines().count(), "stopped after the first page: " + r.out());
        assertFalse(Files.exists(zip));
    }

    @Test
    void wrongArgumentsAreUsageErrorsBeforeAnythingIsSent() {
        CliRun r = run(EMPTY, "phone", "capture", "127.0.0.1:9", "-o", dir.resolve("c.zip").toString(), "--user", USER);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("--user labadmin needs the password in the environment variable VOICEBENCH_PASSWORD"), r.err());

        r = run(EMPTY, "phone", "capture", "127.0.0.1:9", "-o", dir.resolve("missing/c.zip").toString());
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("does not exist"), r.err());

        r = run(EMPTY, "phone", "capture", "127.0.0.1:9");
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().contains("Missing required option: '--output=FILE.zip'"), r.err());
    }

    /** Each secret is in no byte of the file as stored, nor of any entry once decompressed. */
    static void assertNoSecretIn(byte[] zip, String... secrets) throws IOException {
        List<byte[]> views = new ArrayList<>(List.of(zip));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                views.add(in.readAllBytes());
            }
        }
        assertTrue(views.size() > 2, "entries were read");
        for (String secret : secrets) {
            for (var charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                byte[] needle = secret.getBytes(charset);
                for (byte[] view : views) {
                    assertEquals(-1, indexOf(view, needle), "a secret in the capture (" + charset + ")");
                }
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String text(PhoneCapture c, String path) {
        RawAnswer a = c.answer(path).orElseThrow(() -> new AssertionError("not captured: " + path));
        return new String(a.body(), StandardCharsets.ISO_8859_1);
    }

    private static String text(byte[] zip, String entry) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(entry)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no entry " + entry);
    }
}
