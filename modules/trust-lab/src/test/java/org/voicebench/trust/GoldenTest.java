package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.GoldenFiles;

/**
 * Golden tests: every fixture's JSON dump ({@code golden/<name>.json}, the CLI's
 * {@code inspect --json} shape, certificate expiry judged at {@link Fixtures#NOW}) and its element
 * layout ({@code golden/<name>.layout.txt}, what the hex view highlights) must match the committed
 * files byte for byte. The JSON holds each file's SHA-256, so a fixture that stops being
 * reproducible fails here too. Rewrite the expected files with {@code -Dgolden.update=true}
 * (see {@link GoldenFiles}).
 */
class GoldenTest {

    static Stream<String> fixtures() {
        return Fixtures.goldenNames().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void jsonDumpMatchesGoldenFile(String name) throws IOException {
        TrustList list = TrustLists.read(Fixtures.golden(name), Fixtures.fileNameOf(name), Fixtures.NOW);
        byte[] trust = Fixtures.trustFor(name);
        SignatureResult signature = trust == null ? SignatureVerifier.verify(list)
                : SignatureVerifier.verifyAgainst(list, TrustLists.read(trust, "ITLFile.tlv", Fixtures.NOW));
        GoldenFiles.assertText(name + ".json", TrustListJson.write(TrustListJson.inspect(name, list, signature)) + "\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void elementLayoutMatchesGoldenFile(String name) throws IOException {
        TrustList list = TrustLists.read(Fixtures.golden(name), Fixtures.fileNameOf(name), Fixtures.NOW);
        GoldenFiles.assertText(name + ".layout.txt", Layout.describe(list));
    }

    @Test
    void fixturesAreReproducibleWithinOneRun() {
        for (String name : Fixtures.goldenNames()) {
            assertArrayEquals(Fixtures.golden(name), Fixtures.regenerate(name), "signing and layout are deterministic: " + name);
        }
        LabCluster again = LabCluster.generate("tiny.example.com", java.util.List.of(Fixtures.TINY_NODE), 512, 512,
                0x512L, Fixtures.ISSUED);
        for (LabIdentity id : Fixtures.tiny().identities()) {
            assertArrayEquals(id.certificate(), again.identity(id.role(), id.node()).certificate(),
                    "same seed, same certificate: " + id.role());
        }
        java.util.Map<String, byte[]> seeds = Fixtures.seeds();
        Fixtures.seeds().forEach((name, bytes) -> assertArrayEquals(seeds.get(name), bytes, "seed " + name));
    }

    /** One line per element: area, offset, length, tag and name, value span; children indented. */
    static final class Layout {

        private Layout() {
        }

        static String describe(TrustList list) {
            StringBuilder sb = new StringBuilder();
            sb.append(list.type()).append(' ').append(list.size()).append(" bytes, header ")
                    .append(list.header().headerLength()).append('\n');
            list.header().elements().forEach(e -> element(sb, e, 1));
            for (TrustRecord r : list.records()) {
                sb.append("record ").append(r.index()).append(" @").append(r.offset()).append(" +").append(r.length())
                        .append(' ').append(r.functionLabel()).append('\n');
                r.elements().forEach(e -> element(sb, e, 1));
            }
            if (list.type() == FileType.SIGNED_FILE) {
                sb.append("payload @").append(list.payloadOffset()).append(" +").append(list.size() - list.payloadOffset())
                        .append('\n');
            }
            return sb.toString();
        }

        private static void element(StringBuilder sb, TlvElement e, int depth) {
            sb.append("  ".repeat(depth)).append(e.offset()).append(" +").append(e.length()).append(' ')
                    .append(e.tag()).append(' ').append(e.name());
            if (e.valueLength() > 0) {
                sb.append(" value @").append(e.valueOffset()).append(" +").append(e.valueLength());
            }
            sb.append('\n');
            e.children().forEach(c -> element(sb, c, depth + 1));
        }
    }
}
