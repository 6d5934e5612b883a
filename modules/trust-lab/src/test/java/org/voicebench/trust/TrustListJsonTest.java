package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/** The JSON contract of issue 2 ({@code inspect --json}, {@code diff --json}): field names and formats. */
class TrustListJsonTest {

    private static final Pattern SERIAL = Pattern.compile("00|[1-9a-f][0-9a-f]*");
    private static final Pattern ISO_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    private static ObjectNode inspect(String name) throws TrustListFormatException {
        TrustList list = TrustLists.read(Fixtures.golden(name), Fixtures.fileNameOf(name), Fixtures.NOW);
        return TrustListJson.inspect(Fixtures.fileNameOf(name), list, SignatureVerifier.verify(list));
    }

    private static Set<String> keys(JsonNode node) {
        Set<String> out = new HashSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void inspectHasEveryFieldTheIssueNames() throws TrustListFormatException {
        JsonNode o = inspect("ctl-with-ip-sha1-rsa2048");
        assertTrue(keys(o).containsAll(Set.of("file", "type", "size", "md5", "sha1", "sha256", "version", "headerLength",
                "signerName", "signerSerial", "signerIssuer", "digest", "signatureAlgorithm", "signatureBits", "fileName",
                "timestamp", "signature", "records", "warnings")), keys(o).toString());
        assertEquals(Set.of("status", "signerRecord", "detail"), keys(o.get("signature")));
        JsonNode record = o.get("records").get(0);
        assertEquals(Set.of("index", "offset", "length", "function", "functionCode", "dnsName", "subjectName", "issuerName",
                "serial", "ipAddress", "certificate"), keys(record));
        assertEquals(Set.of("sha1", "sha256", "subject", "issuer", "serial", "notBefore", "notAfter", "expired",
                "keyAlgorithm", "keyBits"), keys(record.get("certificate")));
    }

    @Test
    void valuesHaveTheDocumentedFormats() throws TrustListFormatException {
        JsonNode o = inspect("ctl-with-ip-sha1-rsa2048");
        assertEquals("CTL", o.get("type").asText());
        assertEquals("CTLFile.tlv", o.get("file").asText());
        assertEquals("1.2", o.get("version").asText());
        assertTrue(o.get("size").isInt() && o.get("headerLength").isInt());
        assertTrue(o.get("md5").asText().matches("[0-9a-f]{32}"));
        assertTrue(o.get("sha1").asText().matches("[0-9a-f]{40}"));
        assertTrue(o.get("sha256").asText().matches("[0-9a-f]{64}"));
        assertEquals("SHA-1", o.get("digest").asText());
        assertEquals("RSA", o.get("signatureAlgorithm").asText());
        assertEquals(2048, o.get("signatureBits").asInt());
        assertEquals("2026-02-01T10:00:00Z", o.get("timestamp").asText());
        assertEquals(Fixtures.STAMP, Instant.parse(o.get("timestamp").asText()));
        assertEquals("VALID", o.get("signature").get("status").asText());
        assertEquals(1, o.get("signature").get("signerRecord").asInt());
        assertTrue(SERIAL.matcher(o.get("signerSerial").asText()).matches(), o.get("signerSerial").asText());
        JsonNode r = o.get("records").get(2);
        assertEquals(3, r.get("index").asInt());
        assertEquals("CCM+TFTP", r.get("function").asText());
        assertEquals(2, r.get("functionCode").asInt());
        assertEquals("10.0.0.11", r.get("ipAddress").asText());
        assertEquals("cucm-a-pub.a.example.com", r.get("dnsName").asText());
        JsonNode c = r.get("certificate");
        assertTrue(ISO_UTC.matcher(c.get("notBefore").asText()).matches() && ISO_UTC.matcher(c.get("notAfter").asText()).matches());
        assertFalse(c.get("expired").asBoolean());
        assertEquals("RSA", c.get("keyAlgorithm").asText());
        assertEquals(2048, c.get("keyBits").asInt());
        assertTrue(o.get("warnings").isArray());
    }

    @Test
    void serialsAreLowercaseHexWithoutSeparatorsOrLeadingZeroBytes() throws Exception {
        JsonNode o = inspect("itl-cucm12-sha1-rsa2048");
        TrustList list = TrustLists.read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "ITLFile.tlv", Fixtures.NOW);
        boolean sawDerZeroByte = false;
        for (int i = 0; i < list.records().size(); i++) {
            JsonNode r = o.get("records").get(i);
            String serial = r.get("serial").asText();
            assertTrue(SERIAL.matcher(serial).matches(), serial);
            assertEquals(serial, r.get("certificate").get("serial").asText());
            BigInteger value = list.records().get(i).certificate().serial();
            assertEquals(value, new BigInteger(serial, 16));
            // 16 random bytes have the top bit set half the time; DER then stores 17 bytes with a leading 00
            if (value.testBit(127)) {
                sawDerZeroByte = true;
                assertEquals(17, value.toByteArray().length);
                assertEquals(32, serial.length(), "no 00 in front: " + serial);
            }
        }
        assertTrue(sawDerZeroByte, "precondition: some serial in the fixture has its top bit set");
    }

    @Test
    void leadingZeroBytesAreDroppedFromWrittenSerials() throws Exception {
        LabIdentity rec = Fixtures.clusterA().identity("ITLRecovery", Fixtures.A_PUB);
        RecordSpec r = RecordSpec.forCertificate(rec.certificate(), Function.SAST, "x", null);
        RecordSpec padded = new RecordSpec(r.dnsName(), r.subjectName(), 0, r.issuerName(), new byte[] {0, 0, 0x0a, 1},
                r.publicKey(), r.certSignature(), r.certificate(), r.ipAddress(), List.of());
        byte[] bytes = TrustListBuilder.itl().timestamp(Fixtures.STAMP).addRecord(padded)
                .signer(r.subjectName(), new byte[] {0, 0, (byte) 0x8a, 1}, r.issuerName()).sign(rec.privateKey());
        TrustList list = TrustLists.read(bytes, "ITLFile.tlv", Fixtures.NOW);
        JsonNode o = TrustListJson.inspect("ITLFile.tlv", list, SignatureVerifier.verify(list));
        assertEquals("8a01", o.get("signerSerial").asText());
        assertEquals("0a01", o.get("records").get(0).get("serial").asText(), "zero bytes go, a byte keeps both digits");
    }

    @Test
    void emptiedRecordsHaveANullCertificate() throws TrustListFormatException {
        JsonNode records = inspect("itl-rollback-emptied").get("records");
        JsonNode tftp = records.get(2);
        assertTrue(tftp.has("certificate") && tftp.get("certificate").isNull());
        assertTrue(tftp.get("subjectName").isNull());
        assertTrue(tftp.get("serial").isNull());
        assertEquals("TFTP", tftp.get("function").asText());
        assertFalse(records.get(0).get("certificate").isNull());
    }

    @Test
    void functionLabelsIncludingUnknownCodes() throws TrustListFormatException {
        JsonNode records = inspect("itl-unknown-function").get("records");
        assertEquals("UNKNOWN(9)", records.get(1).get("function").asText());
        assertEquals(9, records.get(1).get("functionCode").asInt());
        assertEquals("UNKNOWN(4660)", records.get(2).get("function").asText());
        JsonNode third = inspect("itl-thirdparty-sha1-rsa2048").get("records");
        assertEquals("APP-SERVER", third.get(3).get("function").asText());
        assertEquals("CCM", third.get(1).get("function").asText());
        assertEquals(List.of("SAST", "SAST", "TFTP", "TVS", "TVS", "CAPF"), labels(inspect("itl-cucm12-sha1-rsa2048")));
    }

    private static List<String> labels(JsonNode o) {
        List<String> out = new java.util.ArrayList<>();
        o.get("records").forEach(r -> out.add(r.get("function").asText()));
        return out;
    }

    @Test
    void digestLabels() throws TrustListFormatException {
        assertEquals("SHA-512", inspect("itl-cucm12-sha512-rsa4096").get("digest").asText());
        assertEquals(4096, inspect("itl-cucm12-sha512-rsa4096").get("signatureBits").asInt());
        TrustList sha256 = TrustLists.read(Fixtures.seeds().get("seed-ctl-cucm-sha256"), "CTLFile.tlv", Fixtures.NOW);
        assertEquals("SHA-256", TrustListJson.inspect("x", sha256, SignatureVerifier.verify(sha256)).get("digest").asText());
    }

    @Test
    void unverifiableSignatureHasANullSignerRecord() throws TrustListFormatException {
        JsonNode sig = inspect("sgn-sha1-rsa2048").get("signature");
        assertEquals("UNVERIFIABLE", sig.get("status").asText());
        assertTrue(sig.get("signerRecord").isNull());
        assertFalse(sig.get("detail").asText().isBlank());
        JsonNode sgn = inspect("sgn-sha1-rsa2048");
        assertEquals("SIGNED_FILE", sgn.get("type").asText());
        assertEquals("1.0", sgn.get("version").asText());
        assertEquals(0, sgn.get("records").size());
        assertEquals(sgn.get("headerLength").asInt(), sgn.get("payloadOffset").asInt());
        assertEquals(Fixtures.CONFIG.length, sgn.get("payloadLength").asInt());
    }

    @Test
    void warningsCarryCodeMessageAndOffset() throws TrustListFormatException {
        JsonNode legacy = inspect("itl-legacy-sha1-rsa1024");
        JsonNode first = legacy.get("warnings").get(0);
        assertEquals(Set.of("code", "message", "offset"), keys(first));
        assertTrue(first.get("offset").isInt());
        assertTrue(legacy.get("records").get(1).get("certificate").get("expired").asBoolean(), "CallManager expired in 2017");
        assertFalse(legacy.get("records").get(0).get("certificate").get("expired").asBoolean(), "ITLRecovery lasts 20 years");
    }

    @Test
    void writeProducesParseableJson() throws Exception {
        String text = TrustListJson.write(inspect("itl-unknown-tags"));
        JsonNode back = new ObjectMapper().readTree(text);
        assertEquals("ITLFile.tlv", back.get("fileName").asText());
        assertEquals(5, back.get("warnings").size());
    }

    @Test
    void diffJsonShape() throws TrustListFormatException {
        TrustList before = TrustLists.read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "old.tlv", Fixtures.NOW);
        TrustList after = TrustLists.read(Fixtures.clusterARegenerated().itl(Fixtures.A_PUB,
                org.voicebench.trust.lab.LabCluster.ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, Fixtures.STAMP), "new.tlv", Fixtures.NOW);
        ObjectNode d = TrustListJson.diff("old.tlv", "new.tlv", TrustListDiff.compare(before, after));
        assertEquals(Set.of("old", "new", "identical", "signerChanged", "headerChanges", "added", "removed", "changed",
                "unchanged"), keys(d));
        assertTrue(d.get("signerChanged").asBoolean());
        assertFalse(d.get("identical").asBoolean());
        assertEquals(Set.of("field", "old", "new"), keys(d.get("headerChanges").get(0)));
        JsonNode change = d.get("changed").get(0);
        assertEquals(Set.of("oldIndex", "newIndex", "function", "subjectName", "changes"), keys(change));
        assertEquals(4, d.get("unchanged").asInt());
        assertEquals(0, d.get("added").size());
    }
}
