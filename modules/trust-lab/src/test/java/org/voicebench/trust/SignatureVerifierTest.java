package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Fixtures.A_PUB;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.OddCertificates;
import org.voicebench.trust.testkit.Tlv;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/** Verdicts on signatures, and which record each names. */
class SignatureVerifierTest {

    private static TrustList read(byte[] bytes, String name) {
        try {
            return TrustLists.read(bytes, name, Fixtures.NOW);
        } catch (TrustListFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static TrustList fixture(String name) {
        return read(Fixtures.golden(name), Fixtures.fileNameOf(name));
    }

    private static LabCluster a() {
        return Fixtures.clusterA();
    }

    private static RecordSpec record(LabCluster c, String role, String node, Function f) {
        return RecordSpec.forCertificate(c.identity(role, node).certificate(), f, c.fqdn(node), null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "itl-cucm12-sha1-rsa2048, 1, SHA-1/RSA-2048",
        "itl-cucm12-sha512-rsa2048, 1, SHA-512/RSA-2048",
        "itl-pre12-sha1-rsa2048, 2, SHA-1/RSA-2048",
        "itl-sub1-sha1-rsa2048, 1, SHA-1/RSA-2048",
        "ctl-sha1-rsa2048, 1, SHA-1/RSA-2048",
        "itlsep-sha1-rsa2048, 1, SHA-1/RSA-2048",
        "itl-legacy-sha1-rsa1024, 1, SHA-1/RSA-1024",
        "itl-cucm12-sha512-rsa4096, 1, SHA-512/RSA-4096",
        "itl-thirdparty-sha1-rsa2048, 1, SHA-1/RSA-2048",
        "itl-handbuilt-padding, 1, SHA-1/RSA-2048",
        "itl-rollback-emptied, 1, SHA-1/RSA-2048",
    })
    void fixtureIsValidAndNamesItsSigner(String name, int signer, String algorithm) {
        SignatureResult r = SignatureVerifier.verify(fixture(name));
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertEquals(signer, r.signerRecord());
        assertTrue(r.detail().contains("record " + signer) && r.detail().contains(algorithm), r.detail());
    }

    @Test
    void preTwelveItlNamesTheCallManagerSastRecord() {
        TrustList itl = fixture("itl-pre12-sha1-rsa2048");
        SignatureResult r = SignatureVerifier.verify(itl);
        TrustRecord signer = itl.records().get(r.signerRecord() - 1);
        assertEquals(Function.SAST, signer.function());
        assertTrue(signer.subjectName().startsWith("CN=cucm-a-pub.a.example.com;OU=IPCBU"), signer.subjectName());
        assertTrue(r.detail().contains(signer.subjectName()), r.detail());
    }

    @Test
    void signedBySastRecordThatIsNotFirst() {
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(record(a(), "TVS", A_PUB, Function.TVS))
                .addRecord(record(a(), "CallManager", A_PUB, Function.SAST))
                .addRecord(record(a(), "ITLRecovery", A_PUB, Function.SAST)));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertEquals(3, r.signerRecord());
        assertTrue(r.detail().contains("record 3 (SAST CN=ITLRECOVERY_cucm-a-pub"), r.detail());
    }

    @Test
    void tamperedRecordByteIsInvalidNamingTheSigner() {
        TrustList good = fixture("itl-cucm12-sha1-rsa2048");
        byte[] bytes = good.bytes();
        TlvElement dns = good.records().get(4).element(2);
        bytes[dns.valueOffset()] ^= 0x20; // 'c' -> 'C' in a TVS record's DNS name: still a valid file
        TrustList tampered = read(bytes, "ITLFile.tlv");
        SignatureResult r = SignatureVerifier.verify(tampered);
        assertEquals(SignatureStatus.INVALID, r.status(), r.detail());
        assertEquals(1, r.signerRecord());
        assertTrue(r.detail().contains("record 1") && r.detail().contains("altered"), r.detail());
    }

    @Test
    void tamperedHeaderByteIsInvalid() {
        TrustList good = fixture("ctl-sha1-rsa2048");
        byte[] bytes = good.bytes();
        bytes[bytes.length - 1] ^= 1; // last byte of the last certificate
        bytes[WarningsTest.find(good.header().elements(), 15).valueOffset() + 3] ^= 1; // TIMESTAMP
        assertEquals(SignatureStatus.INVALID, SignatureVerifier.verify(read(bytes, "CTLFile.tlv")).status());
    }

    @Test
    void tamperedSignatureIsInvalid() {
        TrustList good = fixture("itl-cucm12-sha512-rsa4096");
        byte[] bytes = good.bytes();
        bytes[good.header().signature().valueOffset() + 100] ^= 1;
        assertEquals(SignatureStatus.INVALID, SignatureVerifier.verify(read(bytes, "ITLFile.tlv")).status());
    }

    @Test
    void signerNotInTheFileIsUnverifiableNamingTheSigner() {
        LabIdentity stranger = Fixtures.legacy().identity("ITLRecovery", Fixtures.LEGACY_NODE);
        byte[] bytes = Fixtures.sign(() -> TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(record(a(), "ITLRecovery", A_PUB, Function.SAST))
                .signer(stranger.certificate()).sign(stranger.privateKey()));
        TrustList list = read(bytes, "ITLFile.tlv");
        SignatureResult r = SignatureVerifier.verify(list);
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertNull(r.signerRecord());
        assertTrue(r.detail().contains(list.header().signerName()), r.detail());
        assertTrue(r.detail().contains("serial " + list.header().signerSerialHex()), r.detail());
        assertTrue(r.detail().contains("not among the SAST records"), r.detail());
    }

    @Test
    void signerPresentWithAnotherRoleIsNamed() {
        LabIdentity cm = a().identity("CallManager", A_PUB);
        byte[] bytes = Fixtures.sign(() -> TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(record(a(), "ITLRecovery", A_PUB, Function.SAST))
                .addRecord(record(a(), "CallManager", A_PUB, Function.TFTP))
                .signer(cm.certificate()).sign(cm.privateKey()));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("it is record 2 with role TFTP"), r.detail());
    }

    @Test
    void unknownDigestCodeIsUnverifiable() {
        TrustList good = fixture("itl-cucm12-sha1-rsa2048");
        byte[] bytes = good.bytes();
        bytes[WarningsTest.find(good.header().elements(), 8).valueOffset()] = 9;
        TrustList list = read(bytes, "ITLFile.tlv");
        assertNull(list.header().digest());
        SignatureResult r = SignatureVerifier.verify(list);
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("unsupported digest algorithm code 9"), r.detail());
    }

    @Test
    void unknownSignatureAlgorithmIsUnverifiable() {
        TrustList good = fixture("itl-cucm12-sha1-rsa2048");
        byte[] bytes = good.bytes();
        bytes[WarningsTest.find(good.header().elements(), 10).valueOffset()] = 1;
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("signature algorithm code 1"), r.detail());
    }

    @Test
    void fileWithoutSignatureIsUnverifiable() {
        TrustList list = read(Tlv.header(Tlv.str(14, "ITLFile.tlv"),
                Tlv.pad(3)), "ITLFile.tlv");
        SignatureResult r = SignatureVerifier.verify(list);
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("no signature"), r.detail());
    }

    @Test
    void signedConfigAgainstItsClusterItlIsValidThroughTheTftpRecord() {
        TrustList itl = fixture("itl-cucm12-sha1-rsa2048");
        for (String sgn : List.of("sgn-sha512-rsa2048", "sgn-sha1-rsa2048")) {
            SignatureResult r = SignatureVerifier.verifyAgainst(fixture(sgn), itl);
            assertEquals(SignatureStatus.VALID, r.status(), r.detail());
            assertEquals(Function.TFTP, itl.records().get(r.signerRecord() - 1).function());
            assertTrue(r.detail().contains("record " + r.signerRecord() + " (TFTP"), r.detail());
        }
    }

    @Test
    void signedConfigAgainstAMixedModeCtlIsValidThroughCcmTftp() {
        TrustList ctl = fixture("ctl-sha1-rsa2048");
        SignatureResult r = SignatureVerifier.verifyAgainst(fixture("sgn-sha1-rsa2048"), ctl);
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertEquals(Function.CCM_TFTP, ctl.records().get(r.signerRecord() - 1).function());
    }

    @Test
    void signedConfigAgainstAnotherClustersItlIsUnverifiable() {
        TrustList sgn = fixture("sgn-sha512-rsa2048");
        SignatureResult r = SignatureVerifier.verifyAgainst(sgn, fixture("itl-legacy-sha1-rsa1024"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertNull(r.signerRecord());
        assertTrue(r.detail().contains(sgn.header().signerName()) && r.detail().contains("CCM+TFTP or TFTP records"), r.detail());
    }

    @Test
    void signedConfigAloneIsUnverifiable() {
        SignatureResult r = SignatureVerifier.verify(fixture("sgn-sha1-rsa2048"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("carries no certificates"), r.detail());
    }

    @Test
    void newItlAgainstThePhonesItl() {
        TrustList phone = fixture("itl-cucm12-sha1-rsa2048");
        // CUCM 12+: ITLRecovery signs both, so a regenerated CallManager does not matter
        byte[] afterRegen = Fixtures.clusterARegenerated().itl(A_PUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Fixtures.STAMP);
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verifyAgainst(read(afterRegen, "ITLFile.tlv"), phone).status());
        // before 12: the new CallManager key signs, and the phone does not know it
        byte[] pre12 = Fixtures.clusterARegenerated().itl(A_PUB, ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, Fixtures.STAMP);
        SignatureResult r = SignatureVerifier.verifyAgainst(read(pre12, "ITLFile.tlv"), phone);
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status(), r.detail());
        assertTrue(r.detail().contains("ITLFile.tlv"), "names the trust list checked against: " + r.detail());
    }

    @Test
    void keyFromThePublicKeyElementWhenTheRecordHasNoCertificate() {
        RecordSpec full = record(a(), "ITLRecovery", A_PUB, Function.SAST);
        RecordSpec keyOnly = new RecordSpec(full.dnsName(), full.subjectName(), full.functionCode(), full.issuerName(),
                full.serial(), full.publicKey(), full.certSignature(), null, null, List.of());
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP).addRecord(keyOnly));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
    }

    @Test
    void signerRecordWithoutKeyIsUnverifiable() {
        RecordSpec full = record(a(), "ITLRecovery", A_PUB, Function.SAST);
        RecordSpec noKey = new RecordSpec(full.dnsName(), full.subjectName(), full.functionCode(), full.issuerName(),
                full.serial(), null, null, null, null, List.of());
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP).addRecord(noKey));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("record 1") && r.detail().contains("neither certificate nor public key"), r.detail());
    }

    /** Regression: a signer certificate whose key BIT STRING has unused bits threw IllegalStateException. */
    @Test
    void signerCertificateWithUnalignedKeyBitsIsUnverifiableNotAnException() {
        LabIdentity rec = a().identity("ITLRecovery", A_PUB);
        byte[] bad = OddCertificates.withUnalignedKeyBits(rec.certificate());
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(OddCertificates.recordWithCertificate(rec.certificate(), Function.SAST.code(), bad)));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status(), r.detail());
        assertTrue(r.detail().contains("record 1") && r.detail().contains("public key"), r.detail());
    }

    /** Regression: a record without SERIAL_NUMBER was not matched through a negative certificate serial. */
    @Test
    void negativeSerialSignerFoundThroughItsCertificate() {
        LabIdentity key = Fixtures.tiny().identity("ITLRecovery", Fixtures.TINY_NODE);
        byte[] der = OddCertificates.withSerial(key, OddCertificates.negative(0x1234), "CN=negative,O=Lab");
        RecordSpec full = RecordSpec.forCertificate(der, Function.SAST, "x", null);
        RecordSpec noSerial = new RecordSpec(full.dnsName(), full.subjectName(), 0, full.issuerName(), null,
                full.publicKey(), full.certSignature(), full.certificate(), null, List.of());
        byte[] bytes = Fixtures.sign(() -> TrustListBuilder.itl().timestamp(Fixtures.STAMP).addRecord(noSerial)
                .signer(der).sign(key.privateKey()));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertEquals(1, r.signerRecord());
    }

    /** A SAST record carrying only a PUBLIC_KEY, with the serial of cluster A's ITLRecovery (the real signer). */
    private static RecordSpec keyOnlyRecord(BigInteger modulus, BigInteger exponent) {
        RecordSpec real = record(a(), "ITLRecovery", A_PUB, Function.SAST);
        byte[] pkcs1;
        try {
            pkcs1 = new org.bouncycastle.asn1.pkcs.RSAPublicKey(modulus, exponent).getEncoded();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new RecordSpec("", real.subjectName(), Function.SAST.code(), real.issuerName(), real.serial(), pkcs1, null,
                null, null, List.of());
    }

    private static BigInteger recoveryModulus() throws Exception {
        byte[] der = a().identity("ITLRecovery", A_PUB).certificate();
        return org.bouncycastle.asn1.pkcs.RSAPublicKey.getInstance(org.bouncycastle.asn1.x509.Certificate.getInstance(der)
                .getSubjectPublicKeyInfo().parsePublicKey()).getModulus();
    }

    /** Regression: an 8192-bit (or larger) key made BouncyCastle spend seconds checking its modulus. */
    @Test
    void keysLargerThanTheFormatAllowsAreRefused() {
        BigInteger huge = BigInteger.ONE.shiftLeft(8191).add(BigInteger.valueOf(0x1234567));
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(keyOnlyRecord(huge, BigInteger.valueOf(65537))));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("RSA key of 8192 bits") && r.detail().contains("at most 4096"), r.detail());
    }

    /** Regression: a public exponent of thousands of bits made each verification take seconds. */
    @Test
    void exponentsAtLeastTheModulusAreRefused() throws Exception {
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(keyOnlyRecord(recoveryModulus(), BigInteger.ONE.shiftLeft(60_000).add(BigInteger.ONE))));
        SignatureResult r = SignatureVerifier.verify(read(bytes, "ITLFile.tlv"));
        assertEquals(SignatureStatus.UNVERIFIABLE, r.status());
        assertTrue(r.detail().contains("exponent of 60001 bits is not below the modulus"), r.detail());
    }

    @Test
    void theRightKeyFromThePublicKeyElementVerifies() throws Exception {
        byte[] bytes = Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(keyOnlyRecord(recoveryModulus(), BigInteger.valueOf(65537))));
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(read(bytes, "ITLFile.tlv")).status());
    }

    /** A flood of records with the signer's serial is cut: each could cost a modulus check. */
    @Test
    void atMostEightRecordsWithTheSignersSerialAreTried() throws Exception {
        BigInteger wrong = BigInteger.ONE.shiftLeft(2047).add(BigInteger.valueOf(12345)); // odd, has no key behind it
        TrustListBuilder ninth = TrustListBuilder.itl().timestamp(Fixtures.STAMP);
        TrustListBuilder second = TrustListBuilder.itl().timestamp(Fixtures.STAMP);
        for (int i = 0; i < 8; i++) {
            ninth.addRecord(keyOnlyRecord(wrong.add(BigInteger.valueOf(2L * i)), BigInteger.valueOf(65537)));
        }
        ninth.addRecord(keyOnlyRecord(recoveryModulus(), BigInteger.valueOf(65537)));
        second.addRecord(keyOnlyRecord(wrong, BigInteger.valueOf(65537)))
                .addRecord(keyOnlyRecord(recoveryModulus(), BigInteger.valueOf(65537)));
        assertEquals(2, SignatureVerifier.verify(read(Fixtures.signByRecoveryA(second), "ITLFile.tlv")).signerRecord());
        SignatureResult r = SignatureVerifier.verify(read(Fixtures.signByRecoveryA(ninth), "ITLFile.tlv"));
        assertTrue(r.status() != SignatureStatus.VALID, "the ninth record is not tried: " + r);
    }

    @Test
    void sha256SignaturesVerify() {
        TrustList ctl = read(Fixtures.seeds().get("seed-ctl-cucm-sha256"), "CTLFile.tlv");
        assertEquals(DigestAlgorithm.SHA256, ctl.header().digest());
        SignatureResult r = SignatureVerifier.verify(ctl);
        assertEquals(SignatureStatus.VALID, r.status(), r.detail());
        assertTrue(r.detail().contains("SHA-256/RSA-512"), r.detail());
    }
}
