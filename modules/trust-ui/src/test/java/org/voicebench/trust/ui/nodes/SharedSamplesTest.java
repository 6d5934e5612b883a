package org.voicebench.trust.ui.nodes;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openide.nodes.Node;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.ui.ByteRange;
import org.voicebench.trust.InspectedFile;
import org.voicebench.trust.ui.TrustListLoader;
import org.voicebench.trust.ui.open.OpenFailures;

/**
 * The inspector's model over the shared sample files (real CUCM, third-party, malformed), when
 * the workspace has them ({@code shared/samples} beside the repository); skipped otherwise.
 */
class SharedSamplesTest {

    private static Path samples() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path s = p.resolve("shared").resolve("samples");
            if (Files.isDirectory(s)) {
                return s;
            }
        }
        Assumptions.abort("shared/samples not found beside the repository: tests on shared samples skipped");
        return null;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".tlv") || p.toString().endsWith(".sgn")).sorted().toList();
        }
    }

    @Test
    void everyByteOfEveryReadableSampleHasANode() throws IOException {
        Path root = samples();
        int checked = 0;
        for (String folder : new String[] {"real", "interop", "generated"}) {
            for (Path f : files(root.resolve(folder))) {
                InspectedFile file = TrustListLoader.load(f);
                TrustList list = file.list();
                Node tree = TrustListNodes.root(file);
                for (int offset = 0; offset < list.size(); offset++) {
                    Node n = NodeLocator.find(tree, list, offset);
                    assertNotNull(n, f + " offset " + offset);
                    assertTrue(n.getLookup().lookup(ByteRange.class).contains(offset), f + " offset " + offset);
                }
                checked++;
            }
        }
        assertTrue(checked >= 6, "the shared samples hold at least six readable files, saw " + checked);
    }

    @Test
    void theRealCtlMarksItsExpiredRecord() throws IOException {
        Path ctl = samples().resolve("real").resolve("CTLFile-cucm-lab-2015.tlv");
        Assumptions.assumeTrue(Files.isRegularFile(ctl), "no real CTL sample");
        InspectedFile file = TrustListLoader.load(ctl);
        long expired = Stream.of(TrustListNodes.root(file).getChildren().getNodes(true))
                .filter(n -> n instanceof RecordNode r && r.marks().expired()).count();
        assertTrue(expired >= 1, "the 2015 lab CTL has an expired CCM+TFTP certificate");
    }

    @Test
    void malformedSamplesGiveAMessageNamingFileAndOffset() throws IOException {
        for (Path f : files(samples().resolve("malformed"))) {
            IOException e = assertThrows(IOException.class, () -> TrustListLoader.load(f), f.toString());
            String message = OpenFailures.describe(f, e);
            assertTrue(message.startsWith(f.toString()), message);
            assertTrue(message.matches(".* at offset \\d+.*"), message);
        }
    }
}
