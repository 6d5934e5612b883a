package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
}
