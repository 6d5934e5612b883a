package org.voicebench.certcheck.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.CertificateRole;
import org.voicebench.certcheck.ClusterCertificate;
import org.voicebench.certcheck.ClusterCertificates;
import org.voicebench.trust.Certificates;
import org.voicebench.trust.lab.LabCluster;

class TlsCaptureTest {

    private static final LabCluster CLUSTER = LabCluster.generate("cap.test", List.of("pub"), 1024, 1024, 11,
            Instant.parse("2026-01-01T00:00:00Z"));
    private static final TlsCapture QUICK = TlsCapture.withTimeout(Duration.ofMillis(700));

    private final LoopbackServers servers = new LoopbackServers();

    @AfterEach
    void close() throws Exception {
        servers.close();
    }

    private static TlsTarget target(int port, String spec) {
        return TlsTarget.parse("127.0.0.1:" + port + spec);
    }

    @Test
    void recordsThePresentedLeafAndAddsItWithRoleNodeAndOrigin() throws Exception {
        int port = servers.tls(CLUSTER.identity("TVS", "pub"));

        TlsCapture.Captured c = QUICK.capture(target(port, "=TVS@pub"));

        assertEquals(Certificates.decode(CLUSTER.identity("TVS", "pub").certificate()), c.leaf());
        assertEquals(List.of(c.leaf()), c.chain());
        ClusterCertificates certs = ClusterCertificates.with(ClusterCertificates.Limits.DEFAULT);
        c.addTo(certs);
        List<ClusterCertificate> all = certs.result().certificates();
        assertEquals(1, all.size());
        assertEquals(CertificateRole.TVS, all.get(0).role());
        assertEquals("pub", all.get(0).node());
        assertEquals(List.of("tls://127.0.0.1:" + port), all.get(0).sources());
        assertEquals(c.leaf(), all.get(0).certificate());
    }

    @Test
    void refusedPortIsNamed() throws Exception {
        int port = LoopbackServers.closedPort();
        FetchException e = assertThrows(FetchException.class, () -> QUICK.capture(target(port, "")));
        assertEquals("tls://127.0.0.1:" + port + ": connection refused (nothing listens on port " + port + ")", e.getMessage());
        assertEquals("tls://127.0.0.1:" + port, e.target());
    }

    @Test
    void silentServerTimesOutWithinTheLimit() throws Exception {
        int port = servers.silentTcp();
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FetchException.class, () -> QUICK.capture(target(port, ""))));
        assertEquals("tls://127.0.0.1:" + port + ": no TLS answer within 700 ms (timed out; is it a TLS service?)", e.getMessage());
    }

    @Test
    void plainHttpServerIsNotATlsServer() throws Exception {
        int port = servers.plainTcp(LoopbackServers.ascii("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"));
        FetchException e = assertThrows(FetchException.class, () -> QUICK.capture(target(port, "")));
        assertTrue(e.getMessage().startsWith("tls://127.0.0.1:" + port + ": not a TLS server, or the TLS handshake failed: "),
                e.getMessage());
    }

    @Test
    void unknownHostIsNamed() {
        FetchException e = assertThrows(FetchException.class,
                () -> QUICK.capture(TlsTarget.parse("no-such-host.invalid:5061")));
        assertEquals("tls://no-such-host.invalid:5061: unknown host no-such-host.invalid", e.getMessage());
    }

    @Test
    void timeoutMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> TlsCapture.withTimeout(Duration.ZERO));
    }
}
