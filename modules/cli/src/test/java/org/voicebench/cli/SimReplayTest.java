package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.DeviceInformation;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.PhoneCapture;
import org.voicebench.phone.sim.PhoneLab;

/**
 * {@code sim --replay}: a capture of a simulated phone served back byte for byte on loopback, read by
 * the client and by {@code phone info} exactly as the live phone was; read-only; loopback only. With
 * the field samples at hand, a real 7940's DeviceInformationX is replayed too.
 */
class SimReplayTest {

    private static final Environment EMPTY = name -> null;
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Path FIELD = Path.of("/work/shared/samples/field");

    @TempDir
    Path dir;

    private PhoneLab lab;
    private final List<RunningCli> running = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    @AfterEach
    void stopEverything() throws InterruptedException {
        for (RunningCli r : running) {
            r.stop();
        }
        if (lab != null) {
            lab.close();
        }
    }

    /** Starts {@code sim --replay zip} on a free port of 127.0.0.1 and returns its address, as printed. */
    private String replay(Path zip) throws InterruptedException {
        RunningCli sim = RunningCli.start(EMPTY, "sim", "--replay", zip.toString(), "--port", "0", "--duration", "120");
        running.add(sim);
        String address = sim.awaitOut(o -> o.endsWith("\n"), STARTUP).strip();
        assertTrue(address.matches("127\\.0\\.0\\.1:\\d+"), address);
        return address;
    }

    private HttpResponse<byte[]> send(String address, String method, String target) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://" + address + target)).timeout(Duration.ofSeconds(10));
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.ofString("XML=x")) : b.GET();
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static PhoneClient client(CredentialsProvider credentials) {
        return new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(3))
                .withResponseTimeout(Duration.ofSeconds(10)), credentials);
    }

    @Test
    void aCaptureIsServedBackByteForByteAndReadAsTheLivePhone() throws Exception {
        lab = CaptureCommandTest.startLab();
        Path zip = dir.resolve("cp-7965g.zip");
        CliRun captured = CaptureCommandTest.capture(lab, zip);
        assertEquals(0, captured.exit(), captured.transcript());
        PhoneCapture capture = PhoneCapture.read(zip);
        String replay = replay(zip);

        for (RawAnswer a : capture.answers()) {
            HttpResponse<byte[]> r = send(replay, "GET", a.path());
            assertEquals(a.status(), r.statusCode(), a.path());
            assertEquals(a.contentType(), r.headers().firstValue("Content-Type").orElse(null), a.path());
            assertArrayEquals(a.body(), r.body(), a.path());
        }
        assertEquals(404, send(replay, "GET", "/DeviceInformationX?x").statusCode(), "path and query match exactly");
        HttpResponse<byte[]> execute = send(replay, "POST", "/CGI/Execute");
        assertEquals(403, execute.statusCode());
        assertTrue(new String(execute.body(), StandardCharsets.UTF_8).contains("never acts"));

        try (PhoneClient anonymous = client(CredentialsProvider.none())) {
            DeviceInformation live = anonymous.phone(PhoneAddress.parse(lab.phone(0).hostAndPort())).deviceInformation();
            DeviceInformation replayed = anonymous.phone(PhoneAddress.parse(replay)).deviceInformation();
            assertEquals(live, replayed);
        }
        CliRun liveInfo = CliRun.with(CaptureCommandTest.WITH_PASSWORD, "phone", "info", lab.phone(0).hostAndPort(), "--user",
                CaptureCommandTest.USER);
        CliRun replayInfo = CliRun.with(CaptureCommandTest.WITH_PASSWORD, "phone", "info", replay, "--user", CaptureCommandTest.USER);
        assertEquals(liveInfo.exit(), replayInfo.exit(), replayInfo.transcript());
        assertEquals(liveInfo.out().replace(lab.phone(0).hostAndPort(), "PHONE"), replayInfo.out().replace(replay, "PHONE"));
        assertEquals(liveInfo.err().replace(lab.phone(0).hostAndPort(), "PHONE"), replayInfo.err().replace(replay, "PHONE"));

        RunningCli sim = running.remove(0);
        CliRun end = sim.stop();
        assertEquals(0, end.exit(), end.transcript());
        assertTrue(end.err().contains("sim: replaying " + zip + ": " + capture.answers().size() + " pages of "
                + lab.phone(0).hostAndPort()), end.err());
        assertTrue(end.err().contains("  200 /DeviceInformationX ("), end.err());
        assertTrue(end.err().contains("replay of " + zip + " stopped (interrupted)"), end.err());
    }

    @Test
    void aRealPhonesDeviceInformationFromTheFieldSamplesIsReplayed() throws Exception {
        Path sample = FIELD.resolve("cp7940-DeviceInformationX.xml");
        assumeTrue(Files.isReadable(sample), "no field samples at " + FIELD + " on this machine: skipped");
        // the 7940's own header, from cp7940-response-headers.txt
        PhoneCapture capture = PhoneCapture.builder("172.20.44.33", "field sample", false, Instant.parse("2013-03-21T15:42:33Z"))
                .add(new RawAnswer("/DeviceInformationX", 200, "text/xml; charset=\"utf-8\"", Files.readAllBytes(sample))).build();
        Path zip = capture.write(dir.resolve("cp-7940.zip"));

        String replay = replay(zip);
        try (PhoneClient anonymous = client(CredentialsProvider.none())) {
            DeviceInformation d = anonymous.phone(PhoneAddress.parse(replay)).deviceInformation();
            assertEquals("CP-7940", d.modelNumber());
            assertEquals("0003E369A125", d.macAddress());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.1", "0.0.0.0", "localhost", "::1"})
    void theReplayBindsLoopbackOnly(String address) throws Exception {
        Path zip = PhoneCapture.builder("a", "t", false, Instant.EPOCH).add(new RawAnswer("/", 200, null, null)).build()
                .write(dir.resolve("c.zip"));
        CliRun r = CliRun.with(EMPTY, "sim", "--replay", zip.toString(), "--address", address, "--port", "0", "--duration", "1");

        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: --address "), r.err());
        assertEquals("", r.out());
    }

    @Test
    void labOptionsDoNotGoWithAReplay() {
        assertUsage("--phones is a lab option; --replay takes only --address, --duration, --port, --replay",
                "sim", "--replay", "c.zip", "--phones", "2");
        assertUsage("--address needs --replay FILE.zip", "sim", "--phones", "1", "--address", "127.0.0.1");
        assertUsage("give --phones N for a lab of simulated phones, or --replay FILE.zip", "sim");
    }

    private static void assertUsage(String message, String... args) {
        CliRun r = CliRun.with(EMPTY, args);
        assertEquals(2, r.exit(), r.transcript());
        assertTrue(r.err().startsWith("voicebench-cli sim: " + message), r.transcript());
    }

    @Test
    void aBrokenCaptureIsOneLineAndExitOne() throws Exception {
        Path zip = Files.writeString(dir.resolve("broken.zip"), "not a zip");
        CliRun r = CliRun.with(EMPTY, "sim", "--replay", zip.toString(), "--port", "0", "--duration", "1");

        assertEquals(1, r.exit(), r.transcript());
        assertEquals("voicebench-cli sim: cannot read the capture: " + zip + ": not a zip file, or an empty one\n", r.err());
        assertFalse(r.out().contains("127.0.0.1"), r.out());
    }
}
