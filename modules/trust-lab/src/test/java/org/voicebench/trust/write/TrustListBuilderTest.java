package org.voicebench.trust.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Fixtures.A_PUB;

import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.Tlv;

/** The CUCM-order writer: byte-exact round trips, signing, layout. */
class TrustListBuilderTest {

    private static TrustList read(byte[] bytes) {
        try {
            return TrustLists.read(bytes, "ITLFile.tlv", Fixtures.NOW);
        } catch (TrustListFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static List<Integer> tags(List<TlvElement> elements) {
        return elements.stream().map(TlvElement::tag).toList();
    }

    static Stream<String> cucmOrderFixtures() {
        return Fixtures.goldenNames().stream().filter(n -> !n.contains("thirdparty") && !n.contains("handbuilt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cucmOrderFixtures")
    void readingThenWritingGivesTheSameBytes(String name) {
        byte[] original = Fixtures.golden(name);
        assertArrayEquals(original, TrustListBuilder.from(read(original)).build());
    }

    @Test
    void cucmOrderSeedsRoundTripToo() {
        Fixtures.seeds().forEach((name, bytes) -> {
            if (!name.contains("thirdparty")) {
                assertArrayEquals(bytes, TrustListBuilder.from(read(bytes)).build(), name);
            }
        });
    }

    @Test
    void cucmOrderOnTheWire() {
        TrustList itl = read(Fixtures.golden("ctl-with-ip-sha1-rsa2048"));
        assertEquals(List.of(1, 2, 3, 7, 12, 14, 15), tags(itl.header().elements()).stream().filter(t -> t != 13).toList());
        assertEquals(List.of(4, 5, 6), tags(itl.header().elements().get(2).children()));
        assertEquals(List.of(8, 9), tags(itl.header().elements().get(3).children()));
        assertEquals(List.of(10, 11), tags(itl.header().elements().get(3).children().get(1).children()));
        for (TrustRecord r : itl.records()) {
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), tags(r.elements()));
        }
        assertEquals(0, itl.header().headerLength() % 4);
    }

    @Test
    void thirdPartyOrderIsRewrittenInCucmOrderWithTheSameContent() throws GeneralSecurityException {
        TrustList third = read(Fixtures.golden("itl-thirdparty-sha1-rsa2048"));
        byte[] rewritten = TrustListBuilder.from(third).build();
        assertFalse(java.util.Arrays.equals(third.bytes(), rewritten), "the writer has one order: CUCM's");
        TrustList cucm = read(rewritten);
        assertEquals(List.of(1, 2, 28, 3, 7, 12, 14, 15), tags(cucm.header().elements()).stream().filter(t -> t != 13).toList());
        assertEquals(third.header().signerVersion(), cucm.header().signerVersion());
        for (int i = 0; i < third.records().size(); i++) {
            TrustRecord a = third.records().get(i);
            TrustRecord b = cucm.records().get(i);
            assertEquals(List.of(1, 3, 4, 5, 6, 7, 8, 9), tags(b.elements()), "no DNS name or IP was there to write");
            assertEquals(a.subjectName(), b.subjectName());
            assertEquals(a.functionCode(), b.functionCode());
            assertEquals(a.serialHex(), b.serialHex());
            assertArrayEquals(a.certificateDer(), b.certificateDer());
        }
        // moving bytes breaks the old signature; signing again mends it
        assertEquals(SignatureStatus.INVALID, SignatureVerifier.verify(cucm).status());
        LabIdentity rec = Fixtures.clusterA().identity("ITLRecovery", A_PUB);
        TrustList resigned = read(TrustListBuilder.from(third).sign(rec.privateKey()));
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(resigned).status());
    }

    @ParameterizedTest(name = "{0} with RSA-{1}")
    @CsvSource({"SHA1, 1024", "SHA256, 1024", "SHA512, 1024", "SHA1, 2048", "SHA256, 2048", "SHA512, 2048",
        "SHA1, 4096", "SHA256, 4096", "SHA512, 4096"})
    void signingThenVerifying(DigestAlgorithm digest, int bits) throws GeneralSecurityException {
        LabCluster cluster = bits == 1024 ? Fixtures.legacy() : bits == 2048 ? Fixtures.clusterA() : Fixtures.big();
        String node = cluster.publisher();
        LabIdentity rec = cluster.identity("ITLRecovery", node);
        byte[] bytes = TrustListBuilder.itl().digest(digest).timestamp(Fixtures.STAMP)
                .addRecord(RecordSpec.forCertificate(rec.certificate(), Function.SAST, cluster.fqdn(node), null))
                .signer(rec.certificate()).sign(rec.privateKey());
        TrustList list = read(bytes);
        assertEquals(digest, list.header().digest());
        assertEquals(bits, list.header().signatureBits());
        assertEquals(bits / 8, list.header().signature().valueLength());
        SignatureResult r = SignatureVerifier.verify(list);
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertTrue(r.detail().endsWith(digest.label() + "/RSA-" + bits), r.detail());
    }

    @Test
    void headerIsPaddedToAMultipleOfFour() {
        for (int extra = 0; extra < 4; extra++) {
            String name = "ITLFile" + "x".repeat(extra) + ".tlv";
            TrustList list = read(Fixtures.signByRecoveryA(TrustListBuilder.itl().fileName(name).timestamp(Fixtures.STAMP)));
            int padding = (int) list.header().elements().stream().filter(e -> e.tag() == 13).count();
            assertEquals(0, list.header().headerLength() % 4, name);
            assertTrue(padding < 4);
            int unpadded = list.header().headerLength() - padding;
            assertEquals((4 - unpadded % 4) % 4, padding, name);
            assertEquals(name, list.header().fileName());
        }
    }

    @Test
    void emptiedRecordsCarryOnlyLengthDnsFunctionAndIp() {
        TrustList list = read(Fixtures.golden("itl-rollback-emptied"));
        TrustRecord tftp = list.records().get(2);
        assertEquals(List.of(1, 2, 4, 10), tags(tftp.elements()));
        assertTrue(tftp.emptied());
        assertEquals("10.0.0.11", tftp.ipAddress());
        assertNull(tftp.certificate());
    }

    @Test
    void signedFileKeepsItsPayloadAfterAVersionOneZeroHeader() {
        TrustList sgn = read(Fixtures.golden("sgn-sha512-rsa2048"));
        assertEquals(FileType.SIGNED_FILE, sgn.type());
        assertEquals("1.0", sgn.header().version());
        assertArrayEquals(Fixtures.CONFIG, sgn.payload());
        assertEquals(Fixtures.CONFIG_NAME, sgn.header().fileName());
        assertEquals(List.of(), sgn.records());
    }

    @Test
    void headerElementsTheWriterDoesNotModelAreKept() {
        byte[] encryptionInfo = Tlv.cat(Tlv.u8(18, 1), Tlv.u16(19, 128));
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addHeaderElement(new RawElement(16, encryptionInfo)).addHeaderElement(new RawElement(201, new byte[] {5})));
        TrustList list = read(bytes);
        TlvElement container = list.header().elements().stream().filter(e -> e.tag() == 16).findFirst().orElseThrow();
        assertEquals(List.of(18, 19), tags(container.children()));
        assertArrayEquals(bytes, TrustListBuilder.from(list).build(), "encryption info and unknown tags survive a rewrite");
    }

    /** Regression: rewriting a file without FILENAME threw NullPointerException; without TIMESTAMP it invented 1970. */
    @Test
    void fileWithoutFileNameOrTimestampIsRewrittenWithoutThem() {
        byte[] body = Tlv.cat(Tlv.box(3, Tlv.str(4, "CN=x"), Tlv.el(5, Tlv.bytes(1)), Tlv.str(6, "CN=x")),
                Tlv.box(7, Tlv.u8(8, 1), Tlv.box(9, Tlv.u8(10, 0), Tlv.u8(11, 1))), Tlv.el(12, new byte[128]));
        byte[] file = Tlv.header(body, Tlv.alignPad(10 + body.length));
        TrustList list = read(file);
        assertNull(list.header().fileName());
        assertNull(list.header().timestamp());
        TrustList again = read(TrustListBuilder.from(list).build());
        assertNull(again.header().fileName());
        assertNull(again.header().timestamp());
        assertArrayEquals(file, TrustListBuilder.from(list).build());
    }

    /** Regression (found by Jazzer): no SIGNATURE and SIGNATURE_MODULUS 25 made a negative array size. */
    @Test
    void fileWithoutSignatureAndAnOddModulusCodeIsRewritten() {
        byte[] body = Tlv.cat(Tlv.box(3, Tlv.str(4, "CN=x"), Tlv.el(5, Tlv.bytes(1)), Tlv.str(6, "CN=x")),
                Tlv.box(7, Tlv.u8(8, 1), Tlv.box(9, Tlv.u8(10, 0), Tlv.u8(11, 25))), Tlv.str(14, "ITLFile.tlv"));
        TrustList list = read(Tlv.header(body, Tlv.alignPad(10 + body.length)));
        assertNull(list.header().signature());
        TrustList again = read(TrustListBuilder.from(list).build());
        assertEquals(25, again.header().signatureModulusCode());
        assertEquals(256, again.header().signature().valueLength(), "a 2048-bit placeholder, as for a new file");
    }

    @Test
    void refusesWhatItCannotWrite() {
        assertThrows(IllegalStateException.class, () -> TrustListBuilder.itl().build(), "no signer");
        LabIdentity tiny = Fixtures.tiny().identity("CAPF", Fixtures.TINY_NODE);
        TrustListBuilder b = TrustListBuilder.itl().signer(tiny.certificate());
        assertThrows(NullPointerException.class, () -> b.fileName(null));
        byte[] big = new byte[70_000];
        assertThrows(IllegalStateException.class, () -> TrustListBuilder.itl().signer(tiny.certificate())
                .addRecord(new RecordSpec("", null, 0, null, null, null, null, big, null, List.of())).build());
        assertThrows(IllegalArgumentException.class, () -> RecordSpec.forCertificate(new byte[] {1, 2, 3}, Function.CCM, "", null));
    }

    @Test
    void unknownFunctionCodesAreWrittenAsNumbers() {
        TrustList list = read(Fixtures.golden("itl-unknown-function"));
        assertEquals(List.of("SAST", "UNKNOWN(9)", "UNKNOWN(4660)"), list.records().stream().map(TrustRecord::functionLabel).toList());
        assertNull(list.records().get(1).function());
    }
}
