package org.voicebench.trust.ui.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.trust.InspectedFile;

class ExportFilesTest {

    @TempDir
    Path dir;

    private static X509Certificate read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    @Test
    void certificatesAreWrittenAsPemOrDerByName() throws Exception {
        CertificateInfo c = Fixtures.record(Fixtures.parse(Fixtures.itlBytes()), 2).certificate();
        Path pem = dir.resolve("cm.pem");
        Path der = dir.resolve("cm.der");
        assertEquals(CertificateFiles.Format.PEM, CertificateFiles.write(pem, c));
        assertEquals(CertificateFiles.Format.DER, CertificateFiles.write(der, c));
        assertTrue(Files.readString(pem).startsWith("-----BEGIN CERTIFICATE-----\n"));
        assertArrayEquals(c.der(), Files.readAllBytes(der));
        assertArrayEquals(c.der(), read(pem).getEncoded());
        assertEquals(c.serial(), read(der).getSerialNumber());
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void suggestedNameIsTheSubjectCn() {
        CertificateInfo c = Fixtures.record(Fixtures.parse(Fixtures.itlBytes()), 2).certificate();
        assertEquals("cucm-pub.lab.example.com.pem", CertificateFiles.suggestedName(c));
    }

    @Test
    void jsonExportIsTheCliShape() throws Exception {
        InspectedFile f = Fixtures.inspected(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Path out = dir.resolve("out.json");
        JsonExport.write(out, f, f.signature());
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertEquals(f.path().toString(), json.get("file").asText());
        assertEquals("ITL", json.get("type").asText());
        assertEquals(f.list().size(), json.get("size").asInt());
        assertEquals(f.list().hashes().sha256(), json.get("sha256").asText());
        assertEquals("VALID", json.get("signature").get("status").asText());
        assertEquals(1, json.get("signature").get("signerRecord").asInt());
        assertEquals(7, json.get("records").size());
    }
}
