package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/** Which node's ITL a phone is compared with, from the name or address its pages give as TFTP server. */
class ClusterItlsTest {

    private static final Instant T = Instant.parse("2026-01-02T00:00:00Z");
    /** MACs whose ITLSEP the test node serves, does not have, fails to serve. */
    private static final String OWN = "00BE75000001";
    private static final String NONE = "00BE75000002";
    private static final String BROKEN = "00BE75000003";

    @TempDir
    Path dir;

    private static List<TrustList> nodeItls(LabCluster c) throws Exception {
        List<TrustList> out = new ArrayList<>();
        for (String node : c.nodes()) {
            out.add(TrustLists.read(c.itl(node, LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, T), node + ".tlv"));
        }
        return out;
    }

    @Test
    void aPhoneIsComparedWithItsOwnTftpNodesItl() throws Exception {
        LabCluster c = LabCluster.standard(5);
        List<TrustList> itls = nodeItls(c);
        ClusterItls cluster = ClusterItls.of(itls);
        String second = c.nodes().get(1);
        String fqdn = c.fqdn(second);

        assertEquals(itls.get(1), cluster.forPhone(fqdn, null).itl());
        assertEquals(itls.get(1), cluster.forPhone(fqdn.toUpperCase(), null).itl(), "names ignore case");
        assertEquals(itls.get(1), cluster.forPhone(second, null).itl(), "a short name finds the node");
        assertTrue(cluster.forPhone(fqdn, null).why().contains(fqdn));

        // a phone naming no known node is judged by the ITL it holds, if it is one of the cluster's
        String heldSha1 = itls.get(2).hashes().sha1();
        ClusterItls.Choice other = cluster.forPhone("10.9.9.9", heldSha1);
        assertEquals(itls.get(2), other.itl());
        assertTrue(other.why().contains("none of the 3 nodes"), other.why());
        assertEquals(itls.get(0), cluster.forPhone(null, "00ff").itl());
    }

    @Test
    void theOnlyItlIsEveryonesAndNoneIsAnError() throws Exception {
        List<TrustList> itls = nodeItls(LabCluster.standard(5));
        assertEquals(itls.get(0), ClusterItls.of(itls.subList(0, 1)).forPhone("elsewhere", null).itl());
        assertThrows(IllegalArgumentException.class, () -> ClusterItls.of(List.of()));
    }

    @Test
    void loadingNamesTheLocationThatFailed() throws Exception {
        Path missing = dir.resolve("missing.tlv");
        AuditInputException e = assertThrows(AuditInputException.class,
                () -> ClusterItls.load(List.of(missing.toString()), TrustListDownloader.withDefaults()));
        assertTrue(e.getMessage().startsWith("cluster ITL " + missing), e.getMessage());

        Path junk = Files.write(dir.resolve("junk.tlv"), new byte[] {1, 2, 3});
        e = assertThrows(AuditInputException.class,
                () -> ClusterItls.load(List.of(junk.toString()), TrustListDownloader.withDefaults()));
        assertTrue(e.getMessage().contains(junk.toString()), e.getMessage());

        LabCluster c = LabCluster.standard(5);
        Path ctl = Files.write(dir.resolve("CTLFile.tlv"), c.ctl(DigestAlgorithm.SHA1, T));
        e = assertThrows(AuditInputException.class,
                () -> ClusterItls.load(List.of(ctl.toString()), TrustListDownloader.withDefaults()));
        assertTrue(e.getMessage().contains("not an ITL"), e.getMessage());

        e = assertThrows(AuditInputException.class,
                () -> ClusterItls.load(List.of("ftp://cucm/ITLFile.tlv"), TrustListDownloader.withDefaults()));
        assertTrue(e.getMessage().contains("ftp://"), e.getMessage());
    }

    /** A TFTP node's web port: these files by name, HTTP 500 for {@code ITLSEP<BROKEN>.tlv}, 404 for others; counts requests. */
    private static HttpServer node(Map<String, byte[]> files, Map<String, Integer> asked) throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ex -> {
            String name = ex.getRequestURI().getPath().substring(1);
            asked.merge(name, 1, Integer::sum);
            byte[] body = files.get(name);
            int status = body != null ? 200 : name.equals("ITLSEP" + BROKEN + ".tlv") ? 500 : 404;
            ex.sendResponseHeaders(status, body == null ? -1 : body.length);
            if (body != null) {
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
        server.start();
        return server;
    }

    @Test
    void aNodeGivenByUrlIsAskedForThePhonesOwnItlFirstOncePerUrl() throws Exception {
        LabCluster c = LabCluster.standard(5);
        byte[] itlFile = c.itl("cucm-pub", LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, T);
        byte[] own = c.itlSep("cucm-pub", DigestAlgorithm.SHA1, T);
        Map<String, Integer> asked = new ConcurrentHashMap<>();
        HttpServer server = node(Map.of("ITLFile.tlv", itlFile, "ITLSEP" + OWN + ".tlv", own), asked);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            ClusterItls cluster = ClusterItls.load(List.of(base + "ITLFile.tlv"), TrustListDownloader.withDefaults());

            ClusterItls.Choice mine = cluster.forPhone("cucm-pub", null, OWN);
            assertArrayEquals(own, mine.itl().bytes(), "its own ITLSEP overrides the node's ITLFile");
            assertEquals(base + "ITLSEP" + OWN + ".tlv", mine.itl().source());
            assertTrue(mine.why().contains("ITLSEP" + OWN + ".tlv: the phone's own ITL"), mine.why());
            assertArrayEquals(own, cluster.forPhone("cucm-pub", null, "00:be:75:00:00:01").itl().bytes(),
                    "the MAC as the phone spells it");
            assertEquals(1, asked.get("ITLSEP" + OWN + ".tlv"), "one request per URL");

            ClusterItls.Choice fallback = cluster.forPhone("cucm-pub", null, NONE);
            assertArrayEquals(itlFile, fallback.itl().bytes(), "not found: the node's ITLFile.tlv");
            assertEquals(base + "ITLFile.tlv", fallback.itl().source());
            assertTrue(fallback.why().contains("the node has no ITLSEP" + NONE + ".tlv"), fallback.why());

            ClusterItls.Choice noMac = cluster.forPhone("cucm-pub", null, null);
            assertArrayEquals(itlFile, noMac.itl().bytes());
            assertTrue(noMac.why().contains("names no MAC address"), noMac.why());

            AuditInputException e = assertThrows(AuditInputException.class, () -> cluster.forPhone("cucm-pub", null, BROKEN));
            assertTrue(e.getMessage().startsWith(base + "ITLSEP" + BROKEN + ".tlv: the server answered HTTP 500"),
                    e.getMessage());
            assertArrayEquals(itlFile, cluster.forPhone("cucm-pub", null).itl().bytes(), "the node's ITL as given");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aNodeGivenAsAFileIsComparedAsGiven() throws Exception {
        LabCluster c = LabCluster.standard(5);
        Path file = Files.write(dir.resolve("ITLFile.tlv"),
                c.itl("cucm-pub", LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, T));
        ClusterItls cluster = ClusterItls.load(List.of(file.toString()), TrustListDownloader.withDefaults());
        ClusterItls.Choice choice = cluster.forPhone("cucm-pub", null, OWN);
        assertEquals(file.toString(), choice.itl().source());
        assertEquals("the only cluster ITL given", choice.why());
    }
}
