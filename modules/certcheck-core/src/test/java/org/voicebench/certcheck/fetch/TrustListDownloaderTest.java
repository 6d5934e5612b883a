package org.voicebench.certcheck.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.commons.net.tftp.TFTPErrorPacket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.FileType;
import org.voicebench.trust.lab.LabCluster;

/** Downloads and every way they fail; the successful TFTP path is tested against phone-sim's simulated cluster. */
class TrustListDownloaderTest {

    private static final DownloadLimits QUICK = new DownloadLimits(Duration.ofMillis(600), 16384);
    private static final TrustListDownloader DOWNLOADER = new TrustListDownloader(QUICK);

    private final LoopbackServers servers = new LoopbackServers();
    private HttpServer http;

    @TempDir
    Path dir;

    @AfterEach
    void close() throws Exception {
        if (http != null) {
            http.stop(0);
        }
        servers.close();
    }

    /** Serves {@code body} at /ITLFile.tlv; anything else is 404. */
    private int serve(byte[] body) throws IOException {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        http.createContext("/", ex -> {
            boolean found = ex.getRequestURI().getPath().equals("/ITLFile.tlv");
            ex.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            try (OutputStream out = ex.getResponseBody()) {
                if (found) {
                    out.write(body);
                }
            }
        });
        http.start();
        return http.getAddress().getPort();
    }

    private static byte[] itl() {
        LabCluster c = LabCluster.generate("dl.test", List.of("pub"), 1024, 1024, 3, Instant.parse("2026-01-01T00:00:00Z"));
        return c.itl("pub", LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Instant.parse("2026-02-01T00:00:00Z"));
    }

    @Test
    void httpDownloadGivesTheBytesAndTheUrlAsSource() throws Exception {
        byte[] itl = itl();
        int port = serve(itl);
        DownloadedFile f = DOWNLOADER.download("http://127.0.0.1:" + port + "/ITLFile.tlv");
        assertArrayEquals(itl, f.bytes());
        assertEquals("http://127.0.0.1:" + port + "/ITLFile.tlv", f.source());
        assertEquals(FileType.ITL, f.read().type());
        assertEquals(f, DOWNLOADER.download(TrustListLocation.http("127.0.0.1", port, "ITLFile.tlv")), "same bytes, same source");
    }

    @Test
    void httpNotFoundNamesTheUrlAndTheStatus() throws Exception {
        int port = serve(new byte[1]);
        FetchException e = assertThrows(FetchException.class,
                () -> DOWNLOADER.download("http://127.0.0.1:" + port + "/CTLFile.tlv"));
        assertEquals("http://127.0.0.1:" + port + "/CTLFile.tlv: the server answered HTTP 404 (file not found)", e.getMessage());
        assertTrue(e.notFound(), "an answer, not a failure");
    }

    @Test
    void httpFileOverTheLimitIsAnError() throws Exception {
        int port = serve(new byte[QUICK.maxBytes() + 1]);
        FetchException e = assertThrows(FetchException.class,
                () -> DOWNLOADER.download("http://127.0.0.1:" + port + "/ITLFile.tlv"));
        assertEquals("http://127.0.0.1:" + port + "/ITLFile.tlv: the file is larger than 16384 bytes (the limit)", e.getMessage());
    }

    @Test
    void httpFileOfExactlyTheLimitIsFine() throws Exception {
        int port = serve(new byte[QUICK.maxBytes()]);
        assertEquals(QUICK.maxBytes(), DOWNLOADER.download("http://127.0.0.1:" + port + "/ITLFile.tlv").bytes().length);
    }

    @Test
    void httpRefusedPort() throws Exception {
        int port = LoopbackServers.closedPort();
        FetchException e = assertThrows(FetchException.class,
                () -> DOWNLOADER.download("http://127.0.0.1:" + port + "/ITLFile.tlv"));
        assertEquals("http://127.0.0.1:" + port + "/ITLFile.tlv: connection refused (no HTTP server on that port)", e.getMessage());
        assertFalse(e.notFound());
    }

    @Test
    void httpSilentServerTimesOut() throws Exception {
        int port = servers.silentTcp();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(FetchException.class,
                () -> DOWNLOADER.download("http://127.0.0.1:" + port + "/ITLFile.tlv")));
        assertEquals("http://127.0.0.1:" + port + "/ITLFile.tlv: no answer within 600 ms (timed out)", e.getMessage());
    }

    @Test
    void tftpFileNotFoundGivesTheServersAnswer() throws Exception {
        int port = servers.tftpError(TFTPErrorPacket.FILE_NOT_FOUND, "no such file: CTLFile.tlv");
        FetchException e = assertThrows(FetchException.class,
                () -> DOWNLOADER.download("tftp://127.0.0.1:" + port + "/CTLFile.tlv"));
        assertEquals("tftp://127.0.0.1:" + port + "/CTLFile.tlv: the TFTP server answered error 1 (file not found): "
                + "no such file: CTLFile.tlv", e.getMessage());
        assertTrue(e.notFound(), "an answer, not a failure");
    }

    @Test
    void tftpSilentServerTimesOutAfterBoundedRetries() throws Exception {
        int port = servers.silentUdp();
        long start = System.nanoTime();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(FetchException.class,
                () -> DOWNLOADER.download("tftp://127.0.0.1:" + port + "/ITLFile.tlv")));
        assertEquals("tftp://127.0.0.1:" + port + "/ITLFile.tlv: no TFTP answer within 600 ms (tried 3 times; timed out)",
                e.getMessage());
        assertFalse(e.notFound());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofMillis(1500)) >= 0, "it did retry");
    }

    @Test
    void tftpToAClosedPortTimesOutToo() throws Exception {
        // UDP has no "refused" a client can rely on: nothing answers, so it times out
        int port = LoopbackServers.closedPort();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(FetchException.class,
                () -> DOWNLOADER.download("tftp://127.0.0.1:" + port + "/ITLFile.tlv")));
        assertTrue(e.getMessage().startsWith("tftp://127.0.0.1:" + port + "/ITLFile.tlv: "), e.getMessage());
    }

    @Test
    void filesAreReadWithTheSameLimit() throws Exception {
        Path small = Files.write(dir.resolve("ITLFile.tlv"), itl());
        assertEquals(small.toString(), DOWNLOADER.download(small.toString()).source());
        Path big = Files.write(dir.resolve("big.tlv"), new byte[QUICK.maxBytes() + 1]);
        FetchException tooBig = assertThrows(FetchException.class, () -> DOWNLOADER.download(big.toString()));
        assertEquals(big + ": the file is larger than 16384 bytes (the limit)", tooBig.getMessage());
        FetchException missing = assertThrows(FetchException.class, () -> DOWNLOADER.download(dir.resolve("none.tlv").toString()));
        assertEquals(dir.resolve("none.tlv") + ": no such file", missing.getMessage());
        assertTrue(missing.notFound());
        assertFalse(tooBig.notFound());
    }

    @Test
    void defaultLimitIsOneMebibyte() {
        assertEquals(1 << 20, TrustListDownloader.withDefaults().limits().maxBytes());
    }
}
