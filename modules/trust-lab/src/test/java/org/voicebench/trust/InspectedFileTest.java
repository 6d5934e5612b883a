package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.json.TrustListJsonWriter;
import org.voicebench.trust.testkit.Fixtures;

/** The inspected-file model the command line and the inspector window share, and its JSON. */
class InspectedFileTest {

    @TempDir
    Path dir;

    private Path write(String fixture, String name) throws IOException {
        return Files.write(dir.resolve(name), Fixtures.golden(fixture));
    }

    @Test
    void aTrustListIsReadVerifiedWithItsOwnRecordsAndHashed() throws Exception {
        Path itl = write("itl-cucm12-sha1-rsa2048", "ITLFile.tlv");

        InspectedFile f = InspectedFile.read(itl);

        assertSame(itl, f.path(), "kept as given: it names the file in messages and JSON");
        assertEquals("ITLFile.tlv", f.fileName());
        assertEquals(FileType.ITL, f.list().type());
        assertTrue(f.valid(), f.signature().detail());
        assertTrue(f.anchor().isEmpty());
        assertEquals(f.signature().signerRecord(), f.signerRecord(), "the signer is one of the file's own records");
        assertEquals(Function.SAST, f.list().records().get(f.signerRecord() - 1).function());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(itl)));
        assertEquals(sha256, f.hashes().sha256());
        assertEquals(f.list().warnings(), f.warnings());
    }

    @Test
    void aSignedFileIsVerifiedAsAPhoneHoldingTheAnchorWould() throws Exception {
        Path itl = write("itl-cucm12-sha1-rsa2048", "ITLFile.tlv");
        Path sgn = write("sgn-sha1-rsa2048", "SEP.cnf.xml.sgn");
        TrustAnchor anchor = TrustAnchor.of(itl, TrustLists.read(itl));

        InspectedFile alone = InspectedFile.read(sgn);
        InspectedFile against = InspectedFile.read(sgn, anchor);

        assertEquals(SignatureStatus.UNVERIFIABLE, alone.signature().status(), "a signed file carries no certificates");
        assertEquals(SignatureStatus.VALID, anchor.ownSignature().status(), anchor.ownSignature().detail());
        assertTrue(against.valid(), against.signature().detail());
        assertSame(anchor, against.anchor().orElseThrow());
        assertNotNull(against.signature().signerRecord(), "the anchor's record");
        assertNull(against.signerRecord(), "none of the signed file's own records signed it");
    }

    @Test
    void unreadableFilesAreTheParsersAndTheFileSystemsExceptions() throws IOException {
        Path cut = Files.write(dir.resolve("cut.tlv"), Arrays.copyOf(Fixtures.golden("itl-cucm12-sha1-rsa2048"), 40));

        assertThrows(TrustListFormatException.class, () -> InspectedFile.read(cut));
        assertThrows(NoSuchFileException.class, () -> InspectedFile.read(dir.resolve("missing.tlv")));
    }

    @Test
    void itsJsonIsTheInspectFieldsThenWhatTheAnchorIs() throws Exception {
        Path itl = write("itl-cucm12-sha1-rsa2048", "ITLFile.tlv");
        Path sgn = write("sgn-sha1-rsa2048", "SEP.cnf.xml.sgn");
        InspectedFile alone = InspectedFile.read(itl);
        InspectedFile against = InspectedFile.read(sgn, TrustAnchor.of(itl, alone.list()));

        JsonNode a = json(alone);
        JsonNode b = json(against);

        assertEquals(TrustListJson.inspect(itl.toString(), alone.list(), alone.signature()), a);
        assertFalse(a.has("verifiedAgainst"));
        List<String> keys = new ArrayList<>();
        b.fieldNames().forEachRemaining(keys::add);
        assertEquals("verifiedAgainst", keys.get(keys.size() - 1), "added after the shared fields");
        JsonNode v = b.get("verifiedAgainst");
        List<String> anchorKeys = new ArrayList<>();
        v.fieldNames().forEachRemaining(anchorKeys::add);
        assertEquals(List.of("file", "type", "sha1", "signature"), anchorKeys);
        assertEquals(itl.toString(), v.get("file").asText());
        assertEquals(alone.hashes().sha1(), v.get("sha1").asText());
        assertEquals("VALID", v.get("signature").get("status").asText());
    }

    private static JsonNode json(InspectedFile f) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = TrustListJson.generator(out)) {
            TrustListJsonWriter.inspected(g, f);
        }
        return new ObjectMapper().readTree(out.toString());
    }
}
