package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Tlv.box;
import static org.voicebench.trust.testkit.Tlv.cat;
import static org.voicebench.trust.testkit.Tlv.header;
import static org.voicebench.trust.testkit.Tlv.record;
import static org.voicebench.trust.testkit.Tlv.str;
import static org.voicebench.trust.testkit.Tlv.u16;
import static org.voicebench.trust.testkit.Tlv.u8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.GoldenFiles;
import org.voicebench.trust.testkit.TestPaths;
import org.voicebench.trust.testkit.Tlv;

/**
 * The committed {@code seed-*} inputs of {@link TrustListFuzzTest} are exactly what the fixtures
 * code makes (small 512-bit files in both element orders, a signed file, emptied records, unknown
 * tags and functions, and a few hostile headers). {@code -Dgolden.update=true} rewrites them.
 */
class FuzzSeedCorpusTest {

    static final Path DIR = TestPaths.testResources().resolve("org/voicebench/trust/TrustListFuzzTestInputs/parse");

    static Map<String, byte[]> seeds() {
        Map<String, byte[]> seeds = new LinkedHashMap<>(Fixtures.seeds());
        seeds.put("seed-nested-containers", header(box(3, box(7, box(9, box(3, box(7, u8(8, 1))))))));
        seeds.put("seed-header-only-no-signature", header(box(3, str(4, "CN=x")), str(14, "ITLFile.tlv"), Tlv.pad(1)));
        seeds.put("seed-emptied-records", cat(header(str(14, "CTLFile.tlv"), Tlv.pad(3)),
                record(str(2, "10.0.0.1"), u16(4, 2), Tlv.el(10, Tlv.bytes(10, 0, 0, 1))), record(), record(u16(4, 99))));
        return seeds;
    }

    @Test
    void committedSeedsMatchTheFixtures() throws IOException {
        for (Map.Entry<String, byte[]> seed : seeds().entrySet()) {
            Path file = DIR.resolve(seed.getKey());
            if (GoldenFiles.updating()) {
                LabCluster.writeAtomically(file, seed.getValue());
                continue;
            }
            assertTrue(Files.isRegularFile(file), "missing seed " + file + "; run with -Dgolden.update=true to write it");
            assertArrayEquals(seed.getValue(), Files.readAllBytes(file), "seed " + file + " is stale;"
                    + " run with -Dgolden.update=true to rewrite it");
        }
    }
}
