package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Fixtures.A_PUB;
import static org.voicebench.trust.testkit.Fixtures.A_SUB;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.OddCertificates;
import org.voicebench.trust.testkit.ThirdPartyWriter;
import org.voicebench.trust.testkit.Tlv;
import org.voicebench.trust.write.RawElement;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/** Every warning code, produced by a file made to trigger it, at the offset it is about. */
class WarningsTest {

    private static LabCluster a() {
        return Fixtures.clusterA();
    }

    private static byte[] cert(String role, String node) {
        return a().identity(role, node).certificate();
    }

    private static RecordSpec record(String role, String node, Function f) {
        return RecordSpec.forCertificate(cert(role, node), f, a().fqdn(node), null);
    }

    private static TrustList read(byte[] bytes) {
        return read(bytes, Fixtures.NOW);
    }

    private static TrustList read(byte[] bytes, Instant now) {
        try {
            return TrustLists.read(bytes, "ITLFile.tlv", now);
        } catch (TrustListFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static TrustList fixture(String name) {
        return read(Fixtures.golden(name));
    }

    private static List<Warning> warnings(TrustList list, Warning.Code code) {
        return list.warnings().stream().filter(w -> w.code() == code).toList();
    }

    /** A file made to produce each code. */
    private static final Map<Warning.Code, java.util.function.Supplier<TrustList>> TRIGGERS = new EnumMap<>(Warning.Code.class);

    static {
        TRIGGERS.put(Warning.Code.CERT_EXPIRED, () -> fixture("itl-legacy-sha1-rsa1024"));
        TRIGGERS.put(Warning.Code.CERT_NOT_YET_VALID, () -> read(Fixtures.golden("itl-cucm12-sha1-rsa2048"),
                Instant.parse("2025-06-01T00:00:00Z")));
        TRIGGERS.put(Warning.Code.WEAK_KEY, () -> fixture("itl-legacy-sha1-rsa1024"));
        TRIGGERS.put(Warning.Code.FILE_TOO_LARGE, WarningsTest::oversized);
        TRIGGERS.put(Warning.Code.NAME_MISMATCH, () -> read(Fixtures.signByRecoveryA(TrustListBuilder.itl()
                .timestamp(Fixtures.STAMP).addRecord(renamed(record("TVS", A_PUB, Function.TVS))))));
        TRIGGERS.put(Warning.Code.SERIAL_MISMATCH, () -> read(Fixtures.signByRecoveryA(TrustListBuilder.itl()
                .timestamp(Fixtures.STAMP).addRecord(reserialed(record("TVS", A_PUB, Function.TVS))))));
        TRIGGERS.put(Warning.Code.UNKNOWN_TAG, () -> fixture("itl-unknown-tags"));
        TRIGGERS.put(Warning.Code.UNKNOWN_FUNCTION, () -> fixture("itl-unknown-function"));
        TRIGGERS.put(Warning.Code.DUPLICATE_TAG, () -> read(Fixtures.signByRecoveryA(TrustListBuilder.itl()
                .timestamp(Fixtures.STAMP)
                .addHeaderElement(new RawElement(14, "Other.tlv\0".getBytes(StandardCharsets.US_ASCII)))
                .addRecord(Fixtures.withExtra(record("TVS", A_PUB, Function.TVS),
                        new RawElement(2, "again\0".getBytes(StandardCharsets.US_ASCII)))))));
        TRIGGERS.put(Warning.Code.CERT_UNREADABLE, () -> read(Fixtures.signByRecoveryA(TrustListBuilder.itl()
                .timestamp(Fixtures.STAMP).addRecord(OddCertificates.recordWithCertificate(cert("TVS", A_PUB),
                        Function.TVS.code(), Tlv.bytes(0x30, 0x03, 2, 1, 5))))));
        TRIGGERS.put(Warning.Code.HEADER_NOT_ALIGNED, WarningsTest::unaligned);
        TRIGGERS.put(Warning.Code.TOO_MANY_SAST, () -> read(Fixtures.signByRecoveryA(TrustListBuilder.ctl()
                .timestamp(Fixtures.STAMP)
                .addRecord(record("ITLRecovery", A_PUB, Function.SAST))
                .addRecord(record("CallManager", A_PUB, Function.SAST))
                .addRecord(record("CallManager", A_SUB, Function.SAST)))));
        TRIGGERS.put(Warning.Code.SIGNATURE_SIZE_MISMATCH, WarningsTest::wrongModulusCode);
        TRIGGERS.put(Warning.Code.EMPTIED_RECORD, () -> fixture("itl-rollback-emptied"));
        TRIGGERS.put(Warning.Code.NO_SIGNATURE, () -> read(Tlv.cat(Tlv.header(Tlv.box(3, Tlv.str(4, "CN=x")),
                Tlv.str(14, "ITLFile.tlv"), Tlv.pad(3)), Tlv.record(Tlv.str(2, "x"), Tlv.u16(4, 0)))));
    }

    private static RecordSpec renamed(RecordSpec r) {
        return new RecordSpec(r.dnsName(), "CN=somebody-else;OU=TVS;O=VoiceBench Lab;L=RTP;ST=NC;C=US", r.functionCode(),
                r.issuerName(), r.serial(), r.publicKey(), r.certSignature(), r.certificate(), r.ipAddress(), r.extra());
    }

    private static RecordSpec reserialed(RecordSpec r) {
        return new RecordSpec(r.dnsName(), r.subjectName(), r.functionCode(), r.issuerName(), Tlv.bytes(1, 2, 3),
                r.publicKey(), r.certSignature(), r.certificate(), r.ipAddress(), r.extra());
    }

    /** 42 records of about 1.6 KB: just over the 64 KB phones load. */
    private static TrustList oversized() {
        TrustListBuilder b = TrustListBuilder.itl().timestamp(Fixtures.STAMP);
        for (int i = 0; i < 42; i++) {
            b.addRecord(record("TVS", A_PUB, Function.TVS));
        }
        return read(Fixtures.signByRecoveryA(b));
    }

    private static TrustList unaligned() {
        LabIdentity rec = a().identity("ITLRecovery", A_PUB);
        return read(Fixtures.sign(() -> ThirdPartyWriter.itl().align(false).signerVersion(null)
                .addRecord(rec.certificate(), Function.SAST.code()).sign(rec.certificate(), rec.privateKey())));
    }

    /** A 2048-bit signature whose SIGNATURE_MODULUS says 4096. */
    private static TrustList wrongModulusCode() {
        byte[] bytes = Fixtures.golden("itl-cucm12-sha1-rsa2048");
        TlvElement modulus = find(read(bytes).header().elements(), 11);
        bytes[modulus.valueOffset()] = 3;
        return read(bytes);
    }

    static TlvElement find(List<TlvElement> elements, int tag) {
        for (TlvElement e : elements) {
            if (e.tag() == tag) {
                return e;
            }
            TlvElement inner = find(e.children(), tag);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    @Test
    void everyWarningCodeHasATrigger() {
        assertEquals(EnumSet.allOf(Warning.Code.class), TRIGGERS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Warning.Code.class)
    void triggerProducesTheCode(Warning.Code code) {
        TrustList list = TRIGGERS.get(code).get();
        List<Warning> found = warnings(list, code);
        assertFalse(found.isEmpty(), code + " expected in " + list.warnings());
        for (Warning w : found) {
            assertFalse(w.message().isBlank());
            assertFalse(w.message().contains("null"), "no 'null' in messages: " + w.message());
            assertTrue(w.offset() == null || w.offset() >= 0 && w.offset() < list.size(), w.toString());
        }
    }

    @Test
    void aCleanFileHasNoWarnings() throws TrustListFormatException {
        for (String name : List.of("itl-cucm12-sha1-rsa2048", "itl-cucm12-sha512-rsa4096", "ctl-with-ip-sha1-rsa2048",
                "itl-thirdparty-sha1-rsa2048", "sgn-sha512-rsa2048", "itl-handbuilt-padding")) {
            TrustList list = TrustLists.read(Fixtures.golden(name), Fixtures.fileNameOf(name), Fixtures.NOW);
            assertEquals(List.of(), list.warnings(), name);
        }
    }

    @Test
    void expiredAndWeakPointAtTheCertificates() {
        TrustList legacy = fixture("itl-legacy-sha1-rsa1024");
        Set<Integer> certOffsets = legacy.records().stream().map(r -> r.element(9).offset()).collect(Collectors.toSet());
        // CallManager (SAST and TFTP), TVS and CAPF expired in 2017; ITLRecovery (20 years) did not
        List<Warning> expired = warnings(legacy, Warning.Code.CERT_EXPIRED);
        assertEquals(4, expired.size(), expired.toString());
        assertTrue(expired.stream().allMatch(w -> certOffsets.contains(w.offset())));
        assertTrue(expired.stream().noneMatch(w -> w.message().contains("ITLRECOVERY")));
        assertEquals(legacy.records().size(), warnings(legacy, Warning.Code.WEAK_KEY).size(), "every key is 1024 bits");
        assertTrue(warnings(legacy, Warning.Code.WEAK_KEY).get(0).message().contains("1024 bits"));
    }

    @Test
    void fileSizeLimitIsForTrustListsOnly() {
        TrustList big = oversized();
        assertTrue(big.size() > TrustList.PHONE_SIZE_LIMIT, "precondition: " + big.size());
        assertTrue(warnings(big, Warning.Code.FILE_TOO_LARGE).get(0).message().contains(String.valueOf(big.size())));
        byte[] firmware = a().signedFile(A_PUB, "firmware.sgn", new byte[70_000], DigestAlgorithm.SHA1, Fixtures.STAMP);
        TrustList sgn = read(firmware);
        assertEquals(FileType.SIGNED_FILE, sgn.type());
        assertEquals(List.of(), warnings(sgn, Warning.Code.FILE_TOO_LARGE), "a large signed file is normal");
    }

    @Test
    void mismatchWarningsPointAtTheNameAndSerialElements() {
        TrustList renamed = TRIGGERS.get(Warning.Code.NAME_MISMATCH).get();
        assertEquals(renamed.records().get(0).element(3).offset(), warnings(renamed, Warning.Code.NAME_MISMATCH).get(0).offset());
        TrustList reserialed = TRIGGERS.get(Warning.Code.SERIAL_MISMATCH).get();
        Warning w = warnings(reserialed, Warning.Code.SERIAL_MISMATCH).get(0);
        assertEquals(reserialed.records().get(0).element(6).offset(), w.offset());
        assertTrue(w.message().contains("010203"), w.message());
    }

    @Test
    void cucmAndCommaNamesBothMatchTheirCertificates() {
        assertEquals(List.of(), warnings(fixture("itl-cucm12-sha1-rsa2048"), Warning.Code.NAME_MISMATCH));
        assertEquals(List.of(), warnings(fixture("itl-thirdparty-sha1-rsa2048"), Warning.Code.NAME_MISMATCH));
    }

    @Test
    void duplicateTagsKeepTheFirstValue() {
        TrustList list = TRIGGERS.get(Warning.Code.DUPLICATE_TAG).get();
        assertEquals("ITLFile.tlv", list.header().fileName());
        assertEquals(a().fqdn(A_PUB), list.records().get(0).dnsName());
        assertEquals(2, warnings(list, Warning.Code.DUPLICATE_TAG).size(), list.warnings().toString());
    }

    @Test
    void unalignedHeaderIsReportedAtHeaderLength() {
        TrustList list = unaligned();
        assertNotEquals(0, list.header().headerLength() % 4, "precondition");
        assertEquals(8, warnings(list, Warning.Code.HEADER_NOT_ALIGNED).get(0).offset());
    }

    @Test
    void emptiedRecordsAreNamedByRoleAndKind() {
        List<Warning> rollback = warnings(fixture("itl-rollback-emptied"), Warning.Code.EMPTIED_RECORD);
        assertEquals(3, rollback.size());
        assertTrue(rollback.get(0).message().contains("rollback"), rollback.get(0).message());
        List<Warning> ctl = warnings(read(Fixtures.golden("ctl-nonsecure-emptied")), Warning.Code.EMPTIED_RECORD);
        assertEquals(2, ctl.size(), ctl.toString());
    }

    @Test
    void unknownTagsInsideContainersAreReported() {
        byte[] file = Tlv.header(Tlv.box(3, Tlv.str(4, "CN=x"), Tlv.el(99, Tlv.bytes(1))), Tlv.str(14, "ITLFile.tlv"), Tlv.pad(3));
        TrustList list = read(file);
        List<Warning> unknown = warnings(list, Warning.Code.UNKNOWN_TAG);
        assertEquals(1, unknown.size());
        assertEquals(13 + 8, unknown.get(0).offset());
        assertEquals("CN=x", list.header().signerName());
    }

    @Test
    void aRecordWithoutFunctionIsDescribedWithoutNull() {
        TrustList list = read(Tlv.cat(Tlv.header(Tlv.str(14, "ITLFile.tlv"), Tlv.pad(3)), Tlv.record()));
        Warning emptied = warnings(list, Warning.Code.EMPTIED_RECORD).get(0);
        assertTrue(emptied.message().contains("record 1 (no function)"), emptied.message());
    }

    /** Regression: negative certificate serials were compared as signed numbers with the record's raw bytes. */
    @Test
    void negativeCertificateSerialMatchesItsRecordSerial() {
        LabIdentity key = Fixtures.tiny().identity("ITLRecovery", Fixtures.TINY_NODE);
        byte[] der = OddCertificates.withSerial(key, OddCertificates.negative(0x1234), "CN=negative,O=Lab");
        TrustList list = read(Fixtures.sign(() -> TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(RecordSpec.forCertificate(der, Function.SAST, "x", null)).signer(der).sign(key.privateKey())));
        assertEquals("edcc", list.records().get(0).serialHex());
        assertEquals("edcc", list.records().get(0).certificate().serialHex());
        assertEquals(new BigInteger("-4660"), list.records().get(0).certificate().serial());
        assertEquals(List.of(), warnings(list, Warning.Code.SERIAL_MISMATCH));
    }

    /** Regression: a key BIT STRING with unused bits made the whole certificate unreadable. */
    @Test
    void certificateWithUnalignedKeyBitsStillDecodes() throws Exception {
        byte[] bad = OddCertificates.withUnalignedKeyBits(cert("TVS", A_PUB));
        CertificateInfo info = Certificates.decode(bad);
        assertEquals(0, info.keyBits(), "size unknown");
        assertEquals("RSA", info.keyAlgorithm());
        TrustList list = read(Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(OddCertificates.recordWithCertificate(cert("TVS", A_PUB), Function.TVS.code(), bad))));
        assertEquals(List.of(), list.warnings(), "no weak-key warning for an unknown size, no unreadable warning");
    }

}
