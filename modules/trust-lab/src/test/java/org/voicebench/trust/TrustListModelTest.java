package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.Tlv;

/** The parsed model: lookups by offset, copies, hashes, type detection, labels. */
class TrustListModelTest {

    private static TrustList read(byte[] bytes, String source) {
        try {
            return TrustLists.read(bytes, source, Fixtures.NOW);
        } catch (TrustListFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static TrustList itl() {
        return read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "ITLFile.tlv");
    }

    @Test
    void elementAtFindsTheInnermostElement() {
        TrustList list = itl();
        TlvElement signerId = list.header().elements().get(2);
        TlvElement signerName = signerId.children().get(0);
        assertEquals(3, signerId.tag());
        assertSame(signerName, list.elementAt(signerName.valueOffset() + 1));
        assertSame(signerId, list.elementAt(signerId.offset()), "the container's own tag byte");
        TlvElement modulus = list.header().elements().get(3).children().get(1).children().get(1);
        assertEquals("SIGNATURE_MODULUS", modulus.name());
        assertSame(modulus, list.elementAt(modulus.valueOffset()));
        TrustRecord second = list.records().get(1);
        TlvElement cert = second.element(9);
        assertSame(cert, list.elementAt(cert.end() - 1));
        assertSame(second, list.recordAt(cert.end() - 1));
        assertNull(list.recordAt(5), "header bytes belong to no record");
        assertNull(list.elementAt(-1));
        assertNull(list.elementAt(list.size()));
        assertEquals(list.bytes()[cert.valueOffset()] & 0xff, list.byteAt(cert.valueOffset()));
    }

    @Test
    void paddingBytesAreElementsOfTheirOwn() {
        TrustList list = read(Fixtures.golden("itl-handbuilt-padding"), "ITLFile.tlv");
        List<TlvElement> padding = list.header().elements().stream().filter(e -> e.tag() == 13).toList();
        assertEquals(5, padding.size(), "two inside, three at the end");
        for (TlvElement p : padding) {
            assertEquals(1, p.length());
            assertEquals(0, p.valueLength());
            assertEquals("PADDING", p.name());
            assertSame(p, list.elementAt(p.offset()));
        }
    }

    @Test
    void signedFilePayloadIsOutsideEveryElement() {
        TrustList sgn = read(Fixtures.golden("sgn-sha1-rsa2048"), "SEP001122334455.cnf.xml.sgn");
        assertEquals(sgn.header().headerLength(), sgn.payloadOffset());
        assertArrayEquals(Fixtures.CONFIG, sgn.payload());
        assertNull(sgn.elementAt(sgn.payloadOffset()));
        assertArrayEquals(new byte[0], itl().payload());
    }

    @Test
    void hashesAreOfTheWholeFile() throws Exception {
        byte[] bytes = Fixtures.golden("ctl-sha1-rsa2048");
        TrustList list = read(bytes, "CTLFile.tlv");
        assertEquals(Hex.of(MessageDigest.getInstance("MD5").digest(bytes)), list.hashes().md5());
        assertEquals(Hex.of(MessageDigest.getInstance("SHA-1").digest(bytes)), list.hashes().sha1());
        assertEquals(Hex.of(MessageDigest.getInstance("SHA-256").digest(bytes)), list.hashes().sha256());
        TrustRecord r = list.records().get(0);
        assertEquals(Hex.of(MessageDigest.getInstance("SHA-1").digest(r.certificateDer())), r.certificate().sha1());
    }

    @Test
    void theModelHoldsItsOwnCopyOfTheBytes() {
        byte[] bytes = Fixtures.golden("itl-cucm12-sha1-rsa2048");
        TrustList list = read(bytes, "ITLFile.tlv");
        bytes[100] ^= 1;
        list.bytes()[100] ^= 1;
        list.records().get(0).serial()[0] ^= 1;
        assertArrayEquals(Fixtures.golden("itl-cucm12-sha1-rsa2048"), list.bytes());
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(list).status());
        assertThrows(UnsupportedOperationException.class, () -> list.records().clear());
        assertThrows(UnsupportedOperationException.class, () -> list.warnings().clear());
    }

    @Test
    void typeComesFromVersionThenFileName() {
        byte[] ctlName = Tlv.header(Tlv.str(14, "CTLFile.tlv"), Tlv.pad(3));
        assertEquals(FileType.CTL, read(ctlName, "whatever.bin").type());
        byte[] itlName = Tlv.header(Tlv.str(14, "ITLFile.tlv"), Tlv.pad(3));
        assertEquals(FileType.ITL, read(itlName, "CTLFile.tlv").type(), "FILENAME wins over the source name");
        byte[] noName = Tlv.header(Tlv.pad(2));
        assertEquals(FileType.CTL, read(noName, "/tftp/CTLSEP001122334455.tlv").type(), "else the source's base name");
        assertEquals(FileType.ITL, read(noName, "C:\\tftp\\ITLSEP001122334455.tlv").type());
        assertEquals(FileType.SIGNED_FILE, read(Tlv.header(1, 0, Tlv.pad(2)), "CTLFile.tlv").type(), "version 1.0");
        assertEquals(FileType.SIGNED_FILE, read(Tlv.header(2, 0, Tlv.pad(2)), "x.enc.sgn").type(), "version 2.0");
    }

    @Test
    void headerAccessors() {
        Header h = itl().header();
        assertEquals("1.2", h.version());
        assertEquals(DigestAlgorithm.SHA1, h.digest());
        assertEquals("RSA", h.signatureAlgorithm());
        assertEquals(2048, h.signatureBits());
        assertEquals(Fixtures.STAMP, h.timestamp());
        assertEquals("ITLFile.tlv", h.fileName());
        assertNull(h.signerVersion());
        assertEquals(Hex.serial(h.signerSerial()), h.signerSerialHex());
        h.signerSerial()[0] ^= 1;
        assertEquals(Hex.serial(h.signerSerial()), h.signerSerialHex(), "a copy each time");
        assertEquals("1.0", read(Fixtures.golden("itl-thirdparty-sha1-rsa2048"), "ITLFile.tlv").header().signerVersion());
    }

    @Test
    void timestampIsUnsigned() {
        byte[] file = Tlv.header(Tlv.str(14, "ITLFile.tlv"), Tlv.u32(15, 0xF0000000L), Tlv.pad(2));
        assertEquals(Instant.ofEpochSecond(0xF0000000L), read(file, "ITLFile.tlv").header().timestamp());
    }

    @Test
    void tagNames() {
        assertEquals("PADDING", new TlvElement(Area.HEADER, 13, 0, 1, 1, 0, List.of()).name());
        assertEquals("UNKNOWN_TAG_13", new TlvElement(Area.RECORD, 13, 0, 3, 3, 0, List.of()).name());
        assertFalse(new TlvElement(Area.RECORD, 13, 0, 3, 3, 0, List.of()).known());
        assertEquals("SIGNER_VERSION", new TlvElement(Area.HEADER, 28, 0, 5, 3, 2, List.of()).name());
        assertEquals("UNKNOWN_TAG_29", new TlvElement(Area.HEADER, 29, 0, 3, 3, 0, List.of()).name());
        assertEquals("UNKNOWN_TAG_0", new TlvElement(Area.HEADER, 0, 0, 3, 3, 0, List.of()).name());
        assertEquals("CERTIFICATE_HASH", new TlvElement(Area.RECORD, 11, 0, 3, 3, 0, List.of()).name());
        assertEquals("ENCRYPTION_INFO", new TlvElement(Area.HEADER, 16, 0, 3, 3, 0, List.of()).name());
    }

    @Test
    void functionsAndDigests() {
        assertEquals("CCM+TFTP", Function.label(2));
        assertEquals("UNKNOWN(5)", Function.label(5));
        assertNull(Function.ofCode(5));
        assertEquals(Function.CCM_TFTP, Function.parse("ccm+tftp"));
        assertEquals(Function.APP_SERVER, Function.parse("APP_SERVER"));
        assertEquals(21, Function.TVS.code());
        assertThrows(IllegalArgumentException.class, () -> Function.parse("PHONE"));
        assertEquals(DigestAlgorithm.SHA512, DigestAlgorithm.parse("sha-512"));
        assertEquals(DigestAlgorithm.SHA256, DigestAlgorithm.ofCode(2));
        assertNull(DigestAlgorithm.ofCode(0));
    }

    @Test
    void hex() {
        assertEquals("00ff10", Hex.of(new byte[] {0, -1, 16}));
        assertEquals("ff10", Hex.serial(new byte[] {0, 0, -1, 16}));
        assertEquals("00", Hex.serial(new byte[] {0, 0}));
        assertEquals("", Hex.serial(new byte[0]));
    }

    @Test
    void namesCompareAcrossCucmAndRfc4514Forms() {
        assertTrue(DistinguishedNames.sameName("CN=a.example.com;OU=IPCBU;O=Lab;L=RTP;ST=NC;C=US",
                "C=US,ST=NC,L=RTP,O=Lab,OU=IPCBU,CN=a.example.com"));
        assertTrue(DistinguishedNames.sameName("CN=x,O=Lab\\, Inc.", "O=Lab\\, Inc.,CN=X"));
        assertTrue(DistinguishedNames.sameName("CN=x;EMAILADDRESS=a@b", "1.2.840.113549.1.9.1=a@b,CN=x"));
        assertFalse(DistinguishedNames.sameName("CN=x;O=Lab", "CN=y,O=Lab"));
    }

    @Test
    void certificateDecoding() throws CertificateException {
        byte[] der = Fixtures.clusterA().identity("ITLRecovery", Fixtures.A_PUB).certificate();
        CertificateInfo c = Certificates.decode(der);
        assertEquals("CN=ITLRECOVERY_cucm-a-pub.a.example.com,OU=IPCBU,O=VoiceBench Lab,L=RTP,ST=NC,C=US", c.subject());
        assertEquals(c.subject(), c.issuer(), "self-signed");
        assertEquals(Fixtures.ISSUED, c.notBefore());
        assertEquals(Fixtures.ISSUED.plus(java.time.Duration.ofDays(20 * 365)), c.notAfter());
        assertFalse(c.expiredAt(Fixtures.NOW));
        assertTrue(c.expiredAt(Instant.parse("2050-01-01T00:00:00Z")));
        assertTrue(c.notYetValidAt(Instant.parse("2025-01-01T00:00:00Z")));
        assertTrue(c.pem().startsWith("-----BEGIN CERTIFICATE-----\n") && c.pem().endsWith("-----END CERTIFICATE-----\n"));
        assertThrows(CertificateException.class, () -> Certificates.decode(new byte[0]));
        assertThrows(CertificateException.class, () -> Certificates.decode(new byte[] {0x30, (byte) 0x84, 0x7f, 0, 0, 0}));
        assertThrows(CertificateException.class, () -> Certificates.decode(Tlv.bytes(0x30, 0x03, 2, 1, 5)));
    }

    @Test
    void equalFilesGiveEqualHeadersAndCertificates() {
        TrustList one = itl();
        TrustList two = itl();
        assertEquals(one.header(), two.header());
        assertEquals(one.header().hashCode(), two.header().hashCode());
        assertEquals(one.records().get(1).certificate(), two.records().get(2).certificate(), "CallManager as SAST and as TFTP");
        assertFalse(one.records().get(0).certificate().equals(one.records().get(1).certificate()));
        assertFalse(one.header().equals(read(Fixtures.golden("itl-pre12-sha1-rsa2048"), "ITLFile.tlv").header()));
    }

    @Test
    void recordAccessors() {
        TrustRecord r = read(Fixtures.golden("ctl-with-ip-sha1-rsa2048"), "CTLFile.tlv").records().get(3);
        assertEquals(4, r.index());
        assertEquals(Function.CCM_TFTP, r.function());
        assertEquals("cucm-a-sub1.a.example.com", r.dnsName());
        assertEquals("10.0.0.12", r.ipAddress());
        assertTrue(r.hasFunction(Function.CCM_TFTP));
        assertFalse(r.emptied());
        assertNull(r.certificateProblem());
        assertEquals(r.certificate().serialHex(), r.serialHex());
        assertEquals("record 4 CCM+TFTP " + r.subjectName(), r.toString());
        assertNull(r.element(11));
    }
}
