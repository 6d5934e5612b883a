package org.voicebench.phone.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.RawAnswer;

/** The capture zip: round trip, the path list, replay rules, and every way a zip from a user can be wrong. */
class PhoneCaptureTest {

    private static final Instant WHEN = Instant.parse("2025-01-31T10:00:00.750Z");
    private static final byte[] DEVICE = ("<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<DeviceInformation><MessageWaiting> "
            + "OUI\u00e9</MessageWaiting></DeviceInformation>").getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] SCREEN = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};

    @TempDir
    Path dir;

    private static PhoneCapture sample() {
        return PhoneCapture.builder("10.1.2.3:8080", "voicebench-cli test", true, WHEN)
                .add(new RawAnswer("/DeviceInformationX", 200, "text/xml", DEVICE))
                .add(new RawAnswer("/CGI/Java/Serviceability?adapter=device.statistics.configuration", 404, null, new byte[0]))
                .failed("/CGI/Screenshot", new PhoneException(PhoneAddress.parse("10.1.2.3:8080"), PhoneFailure.CONNECTION_DROPPED,
                        "phone 10.1.2.3:8080 closed the connection"))
                .add(new RawAnswer("/CGI/Java/ModeInfo", 401, "text/xml", "<CiscoIPPhoneError Number=\"4\"/>".getBytes(StandardCharsets.US_ASCII)))
                .add(new RawAnswer("/", 200, "image/png", SCREEN))
                .build();
    }

    @Test
    void aWrittenCaptureReadsBackAsCaptured() throws IOException {
        PhoneCapture written = sample();
        Path file = written.write(dir.resolve("capture.zip"));

        PhoneCapture read = PhoneCapture.read(file);

        assertEquals(written.manifest(), read.manifest());
        assertEquals(Instant.parse("2025-01-31T10:00:00Z"), read.manifest().captured(), "whole seconds");
        assertEquals(List.of("/DeviceInformationX", "/CGI/Java/Serviceability?adapter=device.statistics.configuration",
                "/CGI/Java/ModeInfo", "/"), read.answers().stream().map(RawAnswer::path).toList());
        assertArrayEquals(DEVICE, read.answer("/DeviceInformationX").orElseThrow().body(), "bytes as sent, ISO-8859-1 kept");
        assertArrayEquals(SCREEN, read.answer("/").orElseThrow().body());
        RawAnswer missing = read.answer("/CGI/Java/Serviceability?adapter=device.statistics.configuration").orElseThrow();
        assertEquals(404, missing.status());
        assertNull(missing.contentType());
        assertEquals(List.of(new CaptureManifest.Failure("/CGI/Screenshot", "CONNECTION_DROPPED",
                "phone 10.1.2.3:8080 closed the connection")), read.manifest().failures());
        assertArrayEquals(written.toZip(), read.toZip(), "the same capture always makes the same bytes");
    }

    @Test
    void theZipIsBrowsableAndTheManifestSaysWhatWasCaptured() throws IOException {
        Map<String, byte[]> entries = unzip(sample().toZip());

        assertEquals(List.of("capture.json", "01-DeviceInformationX.xml",
                "02-CGI_Java_Serviceability_adapter=device.statistics.configuration.bin", "03-CGI_Java_ModeInfo.xml",
                "04-index.png"), List.copyOf(entries.keySet()));
        String json = new String(entries.get("capture.json"), StandardCharsets.UTF_8);
        for (String key : List.of("\"format\" : \"voicebench-capture/1\"", "\"captured\" : \"2025-01-31T10:00:00Z\"",
                "\"address\" : \"10.1.2.3:8080\"", "\"tool\" : \"voicebench-cli test\"", "\"user\" : true",
                "\"sha256\" : \"" + CaptureZip.sha256(DEVICE) + "\"", "\"bytes\" : " + DEVICE.length,
                "\"failure\" : \"CONNECTION_DROPPED\"")) {
            assertTrue(json.contains(key), key + " in\n" + json);
        }
    }

    @Test
    void thePathListAsksEveryKnownPageOnceAndCredentialsOnlyWhereThePhoneChecksThem() {
        List<CapturePath> all = CapturePath.all();
        assertEquals(all.size(), all.stream().map(CapturePath::path).distinct().count(), "each page once");
        assertEquals(List.of("/CGI/Java/ModeInfo", "/CGI/ModeInfo", "/CGI/Java/LineInfo", "/CGI/Screenshot"),
                all.stream().filter(CapturePath::needsCredentials).map(CapturePath::path).toList());
        for (String page : List.of("/DeviceInformationX", "/NetworkConfiguration", "/PortInformationX?1", "/DeviceLogX?0",
                "/CGI/Java/Serviceability?adapterX=device.statistics.streaming.0",
                "/CGI/Java/Serviceability?adapter=device.statistics.port.access", "/")) {
            assertTrue(all.stream().anyMatch(p -> p.path().equals(page)), page);
        }
        assertFalse(all.stream().anyMatch(p -> p.path().contains("Execute")), "a capture never acts");
    }

    @Test
    void aReplayAnswersCapturedTargetsExactlyAndNeverActs() {
        PhoneCapture c = sample();

        assertArrayEquals(DEVICE, c.replay("GET", "/DeviceInformationX").body());
        assertEquals(401, c.replay("HEAD", "/CGI/Java/ModeInfo").status());
        assertEquals(404, c.replay("GET", "/CGI/Java/Serviceability?adapterX=device.statistics.configuration").status(),
                "the query is part of the match");
        assertEquals(404, c.replay("GET", "/DeviceInformationX?x").status());
        assertEquals(404, c.replay("GET", "/CGI/Screenshot").status(), "a failed page is not in the capture");
        RawAnswer execute = c.replay("POST", "/CGI/Execute");
        assertEquals(403, execute.status());
        assertTrue(new String(execute.body(), StandardCharsets.UTF_8).contains("never acts"));
        assertEquals(403, c.replay("POST", "/DeviceInformationX").status());
    }

    @Test
    void aPageIsCapturedOnce() {
        PhoneCapture.Builder b = PhoneCapture.builder("a", "t", false, WHEN).add(new RawAnswer("/", 200, null, null));
        assertThrows(IllegalArgumentException.class, () -> b.add(new RawAnswer("/", 200, null, null)));
    }

    @Test
    void anAnswerPastTheLimitsIsAFailureSoThatEveryWrittenCaptureReadsBack() throws IOException {
        PhoneCapture.Builder b = PhoneCapture.builder("a", "t", false, WHEN);
        byte[] big = new byte[CaptureZip.MAX_ENTRY_BYTES];
        for (int i = 0; i < 4; i++) {
            b.add(new RawAnswer("/" + i, 200, "image/bmp", big));
        }
        b.add(new RawAnswer("/last", 200, "image/bmp", new byte[1]));
        PhoneCapture c = b.build();

        assertEquals(4, c.answers().size());
        assertEquals(List.of("/last"), c.manifest().failures().stream().map(CaptureManifest.Failure::path).toList());
        assertEquals(4, PhoneCapture.read(new ByteArrayInputStream(c.toZip()), "big.zip").answers().size());
    }

    @Test
    void notAZipIsNamedAsSuch() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.zip"), "these are not the bytes you are looking for");
        CaptureFormatException e = assertThrows(CaptureFormatException.class, () -> PhoneCapture.read(file));
        assertEquals(file + ": not a zip file, or an empty one", e.getMessage());

        e = assertThrows(CaptureFormatException.class, () -> PhoneCapture.read(dir.resolve("absent.zip")));
        assertTrue(e.getMessage().endsWith("absent.zip: no such file"), e.getMessage());
    }

    @Test
    void aZipWithoutManifestIsNotACapture() {
        byte[] zip = zip(Map.of("DeviceInformationX.xml", DEVICE));
        assertEquals("x.zip: no capture.json: not a capture made by 'voicebench-cli phone capture'", failure(zip).getMessage());
    }

    @Test
    void aCutZipNamesTheEntryItBrokeIn() {
        byte[] whole = sample().toZip();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        CaptureFormatException e = failure(cut);
        assertTrue(e.getMessage().startsWith("x.zip: "), e.getMessage());
        assertTrue(e.entry() == null || e.entry().endsWith(".xml") || e.entry().endsWith(".png")
                || e.entry().endsWith(".bin") || e.entry().equals("capture.json"), e.getMessage());
    }

    @Test
    void aChangedBodyIsRefused() {
        Map<String, byte[]> entries = unzip(sample().toZip());
        entries.put("01-DeviceInformationX.xml", "<DeviceInformation/>".getBytes(StandardCharsets.US_ASCII));
        CaptureFormatException e = failure(zip(entries));
        assertEquals("01-DeviceInformationX.xml", e.entry());
        assertTrue(e.problem().contains("for /DeviceInformationX") && e.problem().contains("changed or cut"), e.getMessage());

        byte[] same = entries.get("04-index.png").clone();
        same[0] ^= 1; // same size, other bytes
        entries = unzip(sample().toZip());
        entries.put("04-index.png", same);
        assertTrue(failure(zip(entries)).problem().contains("SHA-256 differs"));

        entries.remove("04-index.png");
        e = failure(zip(entries));
        assertEquals("x.zip: entry 04-index.png: missing; capture.json names it for /", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil.xml", "answers/../../evil.xml", "/etc/passwd", "C:evil.xml", "a\\..\\evil.xml"})
    void entryNamesLeadingOutOfTheFolderAreRefused(String name) {
        Map<String, byte[]> entries = unzip(sample().toZip());
        entries.put(name, DEVICE);
        CaptureFormatException e = failure(zip(entries));
        assertEquals(name, e.entry());
        assertTrue(e.problem().startsWith("unsafe entry name"), e.getMessage());
    }

    @Test
    void tooManyEntriesAreRefusedBeforeTheyAreRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= CaptureZip.MAX_ENTRIES; i++) {
            entries.put("e" + i, new byte[1]);
        }
        assertTrue(failure(zip(entries)).problem().startsWith("more than " + CaptureZip.MAX_ENTRIES + " entries"));
    }

    @Test
    void anEntryDecompressingPastItsLimitIsRefused() {
        Map<String, byte[]> entries = unzip(sample().toZip());
        entries.put("bomb.bin", new byte[CaptureZip.MAX_ENTRY_BYTES + 1]); // compresses to a few KB
        CaptureFormatException e = failure(zip(entries));
        assertEquals("bomb.bin", e.entry());
        assertEquals("larger than 16 MiB", e.problem());

        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            many.put("part" + i, new byte[CaptureZip.MAX_ENTRY_BYTES]);
        }
        assertTrue(failure(zip(many)).problem().startsWith("the entries together pass 64 MiB"));
    }

    @Test
    void manifestProblemsAreNamedByField() throws IOException {
        assertManifestProblem("format", "\"voicebench-capture/9\"", "format \"voicebench-capture/9\" is not supported");
        assertManifestProblem("captured", "\"yesterday\"", "\"captured\" is not an ISO-8601 time");
        assertManifestProblem("user", "\"labadmin\"", "\"user\" must be true or false");
        assertManifestProblem("answers", "[{\"path\": \"/\", \"status\": 999}]", "answers[0]: \"status\" must be an HTTP status");
        assertManifestProblem("answers", "[{\"path\": \"x\", \"status\": 200, \"bytes\": 0, \"file\": \"f\", \"sha256\": \""
                + "0".repeat(64) + "\"}]", "answers[0]: \"path\" must start with /");
        assertManifestProblem("failures", "[{\"path\": \"/\"}]", "failures[0]: \"failure\" must be text");
        CaptureFormatException e = failure(zip(Map.of("capture.json", "{".getBytes(StandardCharsets.UTF_8))));
        assertEquals("capture.json", e.entry());
        assertTrue(e.problem().startsWith("not valid JSON"), e.getMessage());
    }

    /** Reads the sample with one top-level field of its manifest set to {@code json}: it fails with {@code problem}. */
    private static void assertManifestProblem(String field, String json, String problem) throws IOException {
        Map<String, byte[]> entries = unzip(sample().toZip());
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode manifest = (ObjectNode) mapper.readTree(entries.get("capture.json"));
        manifest.set(field, mapper.readTree(json));
        entries.put("capture.json", mapper.writeValueAsBytes(manifest));
        CaptureFormatException e = failure(zip(entries));
        assertEquals("capture.json", e.entry());
        assertTrue(e.problem().startsWith(problem), e.getMessage());
    }

    private static CaptureFormatException failure(byte[] zip) {
        return assertThrows(CaptureFormatException.class, () -> PhoneCapture.read(new ByteArrayInputStream(zip), "x.zip"));
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return entries;
    }

    private static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }
}
