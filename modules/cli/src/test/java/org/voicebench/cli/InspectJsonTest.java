package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.lab.LabIdentity;

/** {@code inspect --json}: the keys and values the issue lists, one object or an array. */
class InspectJsonTest extends LabSamplesTest {

    private static final Set<String> FILE_KEYS = Set.of("file", "type", "size", "md5", "sha1", "sha256", "version",
            "headerLength", "signerName", "signerSerial", "signerIssuer", "digest", "signatureAlgorithm", "signatureBits",
            "fileName", "timestamp", "signature", "records", "warnings");
    private static final Set<String> SIGNATURE_KEYS = Set.of("status", "signerRecord", "detail");
    private static final Set<String> RECORD_KEYS = Set.of("index", "offset", "length", "function", "functionCode", "dnsName",
            "subjectName", "issuerName", "serial", "ipAddress", "certificate");
    private static final Set<String> CERTIFICATE_KEYS = Set.of("sha1", "sha256", "subject", "issuer", "serial", "notBefore",
            "notAfter", "expired", "keyAlgorithm", "keyBits");

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneFileIsOneObjectWithTheContractKeysAndValues() throws Exception {
        CliRun run = CliRun.of("inspect", "--json", itl.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.transcript());
        assertEquals("", run.err());
        JsonNode o = JSON.readTree(run.out());
        assertTrue(o.isObject(), run.out());
        assertHasKeys(FILE_KEYS, o);
        byte[] bytes = Files.readAllBytes(itl);
        assertEquals(itl.toString(), o.get("file").asText());
        assertEquals("ITL", o.get("type").asText());
        assertEquals(bytes.length, o.get("size").asInt());
        assertEquals(LabFiles.digest("MD5", bytes), o.get("md5").asText());
        assertEquals(LabFiles.digest("SHA-1", bytes), o.get("sha1").asText());
        assertEquals(LabFiles.digest("SHA-256", bytes), o.get("sha256").asText());
        assertEquals("1.2", o.get("version").asText());
        assertTrue(o.get("version").isTextual(), "version is a string");
        assertTrue(o.get("headerLength").asInt() > 0 && o.get("headerLength").asInt() < bytes.length);

        LabIdentity recovery = LabFiles.cluster().identity("ITLRecovery", "cucm-pub");
        X509Certificate recoveryCert = LabFiles.certificate(recovery.certificate());
        assertEquals(LabFiles.serialHex(recoveryCert.getSerialNumber()), o.get("signerSerial").asText());
        assertTrue(o.get("signerSerial").asText().matches("[0-9a-f]+") && !o.get("signerSerial").asText().startsWith("00"));
        assertTrue(o.get("signerName").asText().startsWith("CN=ITLRECOVERY_cucm-pub.lab.example.com"), o.toString());
        assertTrue(o.get("signerIssuer").asText().startsWith("CN=ITLRECOVERY_cucm-pub.lab.example.com"), o.toString());
        assertEquals("SHA-1", o.get("digest").asText());
        assertEquals("RSA", o.get("signatureAlgorithm").asText());
        assertEquals(2048, o.get("signatureBits").asInt());
        assertEquals("ITLFile.tlv", o.get("fileName").asText());
        assertEquals("2026-02-01T00:00:00Z", o.get("timestamp").asText());

        JsonNode sig = o.get("signature");
        assertHasKeys(SIGNATURE_KEYS, sig);
        assertEquals("VALID", sig.get("status").asText());
        assertEquals(1, sig.get("signerRecord").asInt());
        assertTrue(sig.get("detail").asText().startsWith("signed by record 1"), sig.toString());

        JsonNode records = o.get("records");
        assertEquals(7, records.size());
        List<String> functions = new ArrayList<>();
        for (JsonNode r : records) {
            assertHasKeys(RECORD_KEYS, r);
            assertHasKeys(CERTIFICATE_KEYS, r.get("certificate"));
            functions.add(r.get("function").asText());
        }
        assertEquals(List.of("SAST", "SAST", "TFTP", "TVS", "TVS", "TVS", "CAPF"), functions);
        JsonNode first = records.get(0);
        assertEquals(1, first.get("index").asInt());
        assertEquals(0, first.get("functionCode").asInt());
        assertEquals(21, records.get(3).get("functionCode").asInt());
        assertEquals("cucm-pub.lab.example.com", first.get("dnsName").asText());
        assertEquals(o.get("signerSerial").asText(), first.get("serial").asText());
        assertTrue(first.get("ipAddress").isNull(), "the lab writes no IP address");
        JsonNode cert = first.get("certificate");
        assertEquals(LabFiles.sha1(recovery.certificate()), cert.get("sha1").asText());
        assertEquals(LabFiles.digest("SHA-256", recovery.certificate()), cert.get("sha256").asText());
        assertEquals(LabFiles.serialHex(recoveryCert.getSerialNumber()), cert.get("serial").asText());
        assertEquals(recoveryCert.getNotAfter().toInstant().toString(), cert.get("notAfter").asText());
        assertEquals(recoveryCert.getNotBefore().toInstant().toString(), cert.get("notBefore").asText());
        assertFalse(cert.get("expired").asBoolean());
        assertTrue(cert.get("expired").isBoolean());
        assertEquals("RSA", cert.get("keyAlgorithm").asText());
        assertEquals(2048, cert.get("keyBits").asInt());

        assertTrue(o.get("warnings").isArray());
        assertEquals(0, o.get("warnings").size());
        assertFalse(o.has("verifiedAgainst"), "only with --trust");
    }

    @Test
    void severalFilesAreAnArrayInCommandLineOrder() throws Exception {
        Path sgn = dir.resolve(LabFiles.SGN);
        CliRun run = CliRun.of("inspect", "--json", itl.toString(), sgn.toString(), "--trust", itl.toString());

        assertEquals(ExitCodes.OK, run.exit(), run.transcript());
        JsonNode a = JSON.readTree(run.out());
        assertTrue(a.isArray(), run.out());
        assertEquals(2, a.size());
        assertEquals(itl.toString(), a.get(0).get("file").asText());
        assertEquals(sgn.toString(), a.get(1).get("file").asText());
        JsonNode signed = a.get(1);
        assertHasKeys(FILE_KEYS, signed);
        assertEquals("SIGNED_FILE", signed.get("type").asText());
        assertEquals("SHA-512", signed.get("digest").asText());
        assertEquals("VALID", signed.get("signature").get("status").asText());
        assertEquals(3, signed.get("signature").get("signerRecord").asInt(), "record 3 of the ITL: TFTP");
        assertEquals(0, signed.get("records").size());
        assertEquals(itl.toString(), signed.get("verifiedAgainst").get("file").asText());
        assertEquals("VALID", signed.get("verifiedAgainst").get("signature").get("status").asText());
    }

    @Test
    void unverifiableSignedFileInJson() throws Exception {
        CliRun run = CliRun.of("inspect", "--json", dir.resolve(LabFiles.SGN).toString());

        assertEquals(ExitCodes.NOT_OK, run.exit(), run.transcript());
        JsonNode sig = JSON.readTree(run.out()).get("signature");
        assertEquals("UNVERIFIABLE", sig.get("status").asText());
        assertTrue(sig.get("signerRecord").isNull());
    }

    private static void assertHasKeys(Set<String> expected, JsonNode node) {
        Set<String> actual = new TreeSet<>();
        node.fieldNames().forEachRemaining(actual::add);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        assertTrue(missing.isEmpty(), "missing keys " + missing + " in " + node);
    }
}
