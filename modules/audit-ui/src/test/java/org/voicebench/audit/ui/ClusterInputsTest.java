package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.audit.AuditInputException;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

class ClusterInputsTest {

    @TempDir
    Path dir;

    @Test
    void oneEntryALineWithoutBlanksAndComments() {
        ClusterInputs in = ClusterInputs.parse("  http://a:6970/ITLFile.tlv \n\n# the second node\r\ntftp://b/ITLFile.tlv\n",
                "old.tlv\n", List.of());
        assertEquals(List.of("http://a:6970/ITLFile.tlv", "tftp://b/ITLFile.tlv"), in.locations());
        assertEquals(List.of(Path.of("old.tlv")), in.knownFiles());
    }

    @Test
    void noClusterItlIsRefusedWithAHint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ClusterInputs.parse(" \n# nothing\n", "", List.of()));
        assertTrue(e.getMessage().contains("one file or URL per TFTP node"), e.getMessage());
    }

    @Test
    void earlierItlsAreTheFilesThenTheLabs() throws Exception {
        LabCluster c = LabCluster.standard(5);
        String node = c.nodes().get(0);
        Path file = dir.resolve("old-ITLFile.tlv");
        Files.write(file, c.itl(node, LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Instant.parse("2026-01-01T00:00:00Z")));
        TrustList fromLab = TrustLists.read(c.itl(node, LabCluster.ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1,
                Instant.parse("2026-02-01T00:00:00Z")), "baseline ITL of " + node);
        ClusterInputs in = ClusterInputs.parse("x", file.toString(), List.of(fromLab));

        List<TrustList> known = in.knownItls();

        assertEquals(2, known.size());
        assertEquals(file.toString(), known.get(0).source());
        assertEquals("baseline ITL of " + node, known.get(1).source());
    }

    @Test
    void aMissingOrBrokenEarlierItlIsNamed() throws Exception {
        Path missing = dir.resolve("missing.tlv");
        AuditInputException e = assertThrows(AuditInputException.class,
                () -> ClusterInputs.parse("x", missing.toString(), List.of()).knownItls());
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"), e.getMessage());

        Path broken = Files.writeString(dir.resolve("broken.tlv"), "not a trust list");
        e = assertThrows(AuditInputException.class, () -> ClusterInputs.parse("x", broken.toString(), List.of()).knownItls());
        assertTrue(e.getMessage().startsWith("Earlier ITL " + broken), e.getMessage());
    }
}
