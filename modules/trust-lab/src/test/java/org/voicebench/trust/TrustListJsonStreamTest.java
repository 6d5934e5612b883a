package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.json.TrustListJsonWriter;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.TestPaths;

/**
 * The streamed JSON ({@link TrustListJsonWriter} on {@link TrustListJson#generator}, what
 * {@code inspect --json} prints) is the text the trees gave before: each golden fixture alone is its
 * golden file byte for byte, and all of them streamed as one array are the array of the golden
 * files' trees, written as {@code inspect --json} wrote it before it streamed.
 */
class TrustListJsonStreamTest {

    private static String golden(String name) throws IOException {
        return Files.readString(TestPaths.testResources().resolve("golden").resolve(name + ".json"));
    }

    /** Writes one fixture's object as the golden test makes it: named by fixture, signed files checked against their ITL. */
    private static void object(JsonGenerator g, String name) throws IOException {
        TrustList list = TrustLists.read(Fixtures.golden(name), Fixtures.fileNameOf(name), Fixtures.NOW);
        byte[] trust = Fixtures.trustFor(name);
        SignatureResult signature = trust == null ? SignatureVerifier.verify(list)
                : SignatureVerifier.verifyAgainst(list, TrustLists.read(trust, "ITLFile.tlv", Fixtures.NOW));
        g.writeStartObject();
        TrustListJsonWriter.inspectFields(g, name, list, signature);
        g.writeEndObject();
    }

    @Test
    void eachFixtureStreamedAloneIsItsGoldenFile() throws IOException {
        for (String name : Fixtures.goldenNames()) {
            StringWriter out = new StringWriter();
            try (JsonGenerator g = TrustListJson.generator(out)) {
                object(g, name);
            }
            assertEquals(golden(name), out + "\n", name);
        }
    }

    @Test
    void allFixturesStreamedAsOneArrayAreTheArrayOfTheGoldenTrees() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode before = mapper.createArrayNode();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = TrustListJson.generator(out)) {
            g.writeStartArray();
            for (String name : Fixtures.goldenNames()) {
                object(g, name);
                before.add(mapper.readTree(golden(name)));
            }
            g.writeEndArray();
        }
        assertEquals(TrustListJson.write(before), out.toString());
    }
}
