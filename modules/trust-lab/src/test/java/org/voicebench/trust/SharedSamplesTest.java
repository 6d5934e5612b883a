package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.ListChecks;
import org.voicebench.trust.testkit.TestPaths;
import org.voicebench.trust.write.TrustListBuilder;

/**
 * The files in {@code ../shared/samples} (next to the repository; not part of it, so these tests
 * skip when it is absent; {@code -Dvoicebench.samples=DIR} points elsewhere) parse, verify or fail
 * as that folder's README says.
 */
class SharedSamplesTest {

    private static Path samples;

    @BeforeEach // per test, so that each one is reported as skipped with the reason
    void locateSamples() {
        samples = TestPaths.sharedSamples().orElse(null);
        String override = System.getProperty(TestPaths.SAMPLES_PROPERTY);
        Assumptions.assumeTrue(samples != null, override != null
                ? "skipped: -D" + TestPaths.SAMPLES_PROPERTY + "=" + override + " is not a folder"
                : "skipped: no ../shared/samples next to the repository root (" + TestPaths.repositoryRoot()
                        .map(Path::toString).orElse("not found from " + TestPaths.moduleDir()) + ")");
    }

    static TrustList read(String relative) throws IOException {
        return TrustLists.read(samples.resolve(relative), Fixtures.NOW);
    }

    @Test
    void realCtlHasSixRecordsSha1Rsa1024SignedByRecordOne() throws IOException {
        TrustList ctl = read("real/CTLFile-cucm-lab-2015.tlv");
        assertEquals(FileType.CTL, ctl.type());
        assertEquals(6, ctl.records().size());
        assertEquals(DigestAlgorithm.SHA1, ctl.header().digest());
        assertEquals(1024, ctl.header().signatureBits());
        assertEquals(List.of("SAST", "CCM+TFTP", "CCM+TFTP", "CAPF", "SAST", "CCM+TFTP"),
                ctl.records().stream().map(TrustRecord::functionLabel).toList());
        for (TrustRecord r : ctl.records()) {
            assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), r.elements().stream().map(TlvElement::tag).toList(),
                    "CUCM record order in " + r);
            assertEquals(1024, r.certificate().keyBits());
        }
        SignatureResult result = SignatureVerifier.verify(ctl);
        assertEquals(SignatureStatus.VALID, result.status(), result.detail());
        assertEquals(1, result.signerRecord());
    }

    @Test
    void realCtlHadOneExpiredCallManagerWhenItWasWritten() throws IOException {
        TrustList ctl = read("real/CTLFile-cucm-lab-2015.tlv");
        TrustList then = TrustLists.read(samples.resolve("real/CTLFile-cucm-lab-2015.tlv"), ctl.header().timestamp());
        List<Warning> expired = then.warnings().stream().filter(w -> w.code() == Warning.Code.CERT_EXPIRED).toList();
        assertEquals(1, expired.size(), expired.toString());
        assertEquals(Function.CCM_TFTP, then.recordAt(expired.get(0).offset()).function());
    }

    @Test
    void everyClusterCertificateIsInTheGeneratedTrustLists() throws Exception {
        List<TrustList> lists = List.of(read("generated/ITLFile_A-pub_sha1.tlv"), read("generated/CTLFile_A.tlv"));
        try (Stream<Path> certs = Files.list(samples.resolve("generated/certs"))) {
            for (Path pem : certs.sorted().toList()) {
                String text = Files.readString(pem).replaceAll("-----[A-Z ]+-----|\\s", "");
                byte[] der = java.util.Base64.getDecoder().decode(text);
                CertificateInfo info = Certificates.decode(der);
                assertTrue(lists.stream().flatMap(l -> l.records().stream()).anyMatch(r -> info.equals(r.certificate())),
                        pem.getFileName() + " (" + info.subject() + ") is in the ITL or the CTL");
            }
        }
    }

    /**
     * The real CTL is in CUCM order (header 1, 2, 3{4, 5, 6}, 7{8, 9{10, 11}}, 12, 14, 15, padding;
     * records 1..10), so the CUCM-order writer reproduces it byte for byte.
     */
    @Test
    void realCtlRoundTripsByteExactlyThroughTheWriter() throws IOException {
        TrustList ctl = read("real/CTLFile-cucm-lab-2015.tlv");
        List<Integer> headerTags = ctl.header().elements().stream().map(TlvElement::tag).toList();
        assertEquals(List.of(1, 2, 3, 7, 12, 14, 15, 13), headerTags);
        assertEquals(List.of(4, 5, 6), ctl.header().elements().get(2).children().stream().map(TlvElement::tag).toList());
        assertArrayEquals(ctl.bytes(), TrustListBuilder.from(ctl).build());
    }

    @Test
    void interopItlHasTag28CommaNamesThirdPartyOrderAndIsValid() throws IOException {
        TrustList itl = read("interop/ITLFile-asterisk-certutils.tlv");
        assertEquals(FileType.ITL, itl.type());
        assertNotNull(itl.header().signerVersion(), "header tag 28");
        assertTrue(itl.header().elements().stream().anyMatch(e -> e.tag() == 28));
        assertTrue(itl.header().signerName().contains(",") && !itl.header().signerName().contains(";"),
                "RFC 4514 signer name: " + itl.header().signerName());
        for (TrustRecord r : itl.records()) {
            assertEquals(List.of(1, 3, 5, 6, 4, 7, 8, 9), r.elements().stream().map(TlvElement::tag).toList(), r.toString());
            assertTrue(r.subjectName().contains(",") && !r.subjectName().contains(";"), r.subjectName());
            assertEquals(null, r.dnsName());
            assertEquals(null, r.ipAddress());
        }
        assertEquals(2, itl.recordsWith(Function.APP_SERVER).size());
        SignatureResult result = SignatureVerifier.verify(itl);
        assertEquals(SignatureStatus.VALID, result.status(), result.detail());
        assertFalse(itl.warnings().stream().anyMatch(w -> w.code() == Warning.Code.NAME_MISMATCH),
                "comma names match the certificates: " + itl.warnings());
    }

    static Stream<Path> generatedTrustLists() throws IOException {
        Path dir = TestPaths.sharedSamples().map(p -> p.resolve("generated")).orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tlv")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // none without the samples
    @MethodSource("generatedTrustLists")
    void generatedTrustListIsValid(Path file) throws IOException {
        TrustList list = TrustLists.read(file, Fixtures.NOW);
        SignatureResult result = SignatureVerifier.verify(list);
        assertEquals(SignatureStatus.VALID, result.status(), file + ": " + result.detail());
    }

    @Test
    void generatedDirectoryHoldsTheFilesTheReadmeNames() {
        Path dir = samples.resolve("generated");
        assertAll(Stream.of("CTLFile_A.tlv", "ITLFile_A-pub_pre12_signedByCallManager.tlv", "ITLFile_A-pub_sha1.tlv",
                "ITLSEP001122334455.tlv", "SEP001122334455.cnf.xml.sgn")
                .map(name -> () -> assertTrue(Files.isRegularFile(dir.resolve(name)), name)));
    }

    @Test
    void signedConfigIsValidAgainstTheClusterItlThroughItsTftpRecord() throws IOException {
        TrustList sgn = read("generated/SEP001122334455.cnf.xml.sgn");
        TrustList itl = read("generated/ITLFile_A-pub_sha1.tlv");
        assertEquals(FileType.SIGNED_FILE, sgn.type());
        assertArrayEquals(Files.readAllBytes(samples.resolve("generated/SEP001122334455.cnf.xml")), sgn.payload());
        SignatureResult result = SignatureVerifier.verifyAgainst(sgn, itl);
        assertEquals(SignatureStatus.VALID, result.status(), result.detail());
        assertEquals(Function.TFTP, itl.records().get(result.signerRecord() - 1).function());
    }

    @Test
    void preTwelveItlIsSignedByTheCallManagerRecord() throws IOException {
        TrustList itl = read("generated/ITLFile_A-pub_pre12_signedByCallManager.tlv");
        SignatureResult result = SignatureVerifier.verify(itl);
        assertEquals(SignatureStatus.VALID, result.status(), result.detail());
        assertTrue(itl.records().get(result.signerRecord() - 1).subjectName().contains("CN=cucm-a-pub"),
                itl.records().get(result.signerRecord() - 1).subjectName());
    }

    static Stream<Path> malformed() throws IOException {
        Path dir = TestPaths.sharedSamples().map(p -> p.resolve("malformed")).orElse(null);
        if (dir == null || !Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // none without the samples
    @MethodSource("malformed")
    void malformedFileIsRejectedWithOffsetInsideTheFile(Path file) throws IOException {
        long size = Files.size(file);
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(file, Fixtures.NOW));
        ListChecks.checkRejection(e, file.toString(), (int) size);
    }

    @Test
    void badLengthsCtlIsRejectedInsideTheEditedRecord() throws IOException {
        Path file = samples.resolve("malformed/CTLFile-bad-lengths.tlv");
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(file, Fixtures.NOW));
        assertTrue(e.offset() > 10 && e.offset() < Files.size(file), e.getMessage());
        assertTrue(e.problem().contains("record"), e.getMessage());
    }

    @Test
    void tinyRandomFilesAreRejectedAtOffsetZero() {
        for (String name : List.of("random-2.tlv", "random-3.tlv", "random-1.tlv")) {
            Path file = samples.resolve("malformed").resolve(name);
            TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(file, Fixtures.NOW));
            assertEquals(0, e.offset(), e.getMessage());
        }
    }

    static Stream<Path> everySample() throws IOException {
        Path dir = TestPaths.sharedSamples().orElse(null);
        if (dir == null) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".tlv") || n.endsWith(".sgn");
            }).sorted().toList().stream();
        }
    }

    /** Every prefix of every sample parses or fails with the typed exception; parsed ones keep every invariant. */
    @ParameterizedTest(name = "{0}", allowZeroInvocations = true) // none without the samples
    @MethodSource("everySample")
    void everyPrefixParsesOrFailsTyped(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        TrustList trust = file.getFileName().toString().endsWith(".sgn")
                ? read("generated/ITLFile_A-pub_sha1.tlv") : null;
        boolean malformed = file.getParent().getFileName().toString().equals("malformed");
        PrefixRobustnessTest.checkEveryPrefix(bytes, file.getFileName().toString(), trust, !malformed);
    }
}
