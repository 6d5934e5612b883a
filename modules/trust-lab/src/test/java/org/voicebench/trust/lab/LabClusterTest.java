package org.voicebench.trust.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Certificates;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.testkit.Fixtures;

/** The seeded lab cluster: what it contains, what its files hold, how it writes them. */
class LabClusterTest {

    private static LabCluster a() {
        return Fixtures.clusterA();
    }

    @Test
    void everyNodeHasCallManagerAndTvsThePublisherAlsoRecoveryAndCapf() throws Exception {
        List<String> roles = a().identities().stream().map(id -> id.role() + "@" + id.node()).toList();
        assertEquals(List.of("ITLRecovery@cucm-a-pub", "CallManager@cucm-a-pub", "TVS@cucm-a-pub",
                "CallManager@cucm-a-sub1", "TVS@cucm-a-sub1", "CAPF@cucm-a-pub"), roles);
        CertificateInfo tvs = Certificates.decode(a().identity("TVS", Fixtures.A_SUB).certificate());
        assertEquals("CN=cucm-a-sub1.a.example.com,OU=TVS,O=VoiceBench Lab,L=RTP,ST=NC,C=US", tvs.subject());
        assertEquals(2048, tvs.keyBits());
        assertEquals(4096, Certificates.decode(Fixtures.big().identity("ITLRecovery", Fixtures.BIG_NODE).certificate()).keyBits());
        assertThrows(IllegalArgumentException.class, () -> a().identity("CAPF", Fixtures.A_SUB));
    }

    @Test
    void itlHoldsWhatCucmPutsInIt() throws Exception {
        TrustList itl = TrustLists.read(Fixtures.golden("itl-cucm12-sha1-rsa2048"), "ITLFile.tlv", Fixtures.NOW);
        assertEquals(List.of(Function.SAST, Function.SAST, Function.TFTP, Function.TVS, Function.TVS, Function.CAPF),
                itl.records().stream().map(TrustRecord::function).toList());
        assertEquals(itl.records().get(1).certificate(), itl.records().get(2).certificate(), "CallManager as SAST and TFTP");
        TrustList ctl = TrustLists.read(Fixtures.golden("ctl-sha1-rsa2048"), "CTLFile.tlv", Fixtures.NOW);
        assertEquals(FileType.CTL, ctl.type());
        assertEquals(List.of(), ctl.recordsWith(Function.TVS), "no TVS in a CTL");
        assertEquals(2, ctl.recordsWith(Function.CCM_TFTP).size());
    }

    @Test
    void regenerateReplacesExactlyOneCertificate() {
        LabCluster after = Fixtures.clusterARegenerated();
        for (LabIdentity id : a().identities()) {
            byte[] old = id.certificate();
            byte[] now = after.identity(id.role(), id.node()).certificate();
            if (id.role().equals("CallManager") && id.node().equals(Fixtures.A_PUB)) {
                assertFalse(java.util.Arrays.equals(old, now));
            } else {
                assertArrayEquals(old, now, id.role() + "@" + id.node());
            }
        }
        assertEquals(a().identities().size(), after.identities().size());
    }

    @Test
    void tomcatIsPerNodeRepeatableAndInNoTrustList() throws Exception {
        LabIdentity tomcat = a().tomcat(Fixtures.A_SUB);
        CertificateInfo info = Certificates.decode(tomcat.certificate());
        assertEquals("CN=cucm-a-sub1.a.example.com,OU=IPCBU,O=VoiceBench Lab,L=RTP,ST=NC,C=US", info.subject());
        assertEquals(2048, info.keyBits());
        assertEquals(LabCluster.TOMCAT, tomcat.role());
        assertArrayEquals(tomcat.certificate(), a().identity(LabCluster.TOMCAT, Fixtures.A_SUB).certificate());
        LabCluster again = LabCluster.generate("s.example.com", List.of("n", "m"), 512, 512, 7, Fixtures.ISSUED);
        LabCluster same = LabCluster.generate("s.example.com", List.of("n", "m"), 512, 512, 7, Fixtures.ISSUED);
        assertArrayEquals(again.tomcat("m").certificate(), same.tomcat("m").certificate(), "same seed, same tomcat");
        assertFalse(java.util.Arrays.equals(again.tomcat("n").certificate(), again.tomcat("m").certificate()));
        assertFalse(a().identities().stream().anyMatch(id -> id.role().equals(LabCluster.TOMCAT)), "not a trust-list identity");
        assertThrows(IllegalArgumentException.class, () -> a().tomcat("nowhere"));
    }

    @Test
    void regeneratingTomcatChangesOnlyTomcat() {
        LabCluster c = LabCluster.generate("s.example.com", List.of("n"), 512, 512, 9, Fixtures.ISSUED);
        byte[] before = c.tomcat("n").certificate();
        LabCluster after = c.regenerate(LabCluster.TOMCAT, "n", 99);
        assertFalse(java.util.Arrays.equals(before, after.tomcat("n").certificate()));
        assertArrayEquals(before, c.tomcat("n").certificate(), "the original cluster is unchanged");
        for (LabIdentity id : c.identities()) {
            assertArrayEquals(id.certificate(), after.identity(id.role(), id.node()).certificate(), id.role());
        }
        // a regeneration elsewhere keeps the tomcat certificate
        assertArrayEquals(before, c.regenerate("TVS", "n", 5).tomcat("n").certificate());
    }

    @Test
    void rollbackItlEmptiesTftpAndTvsRecordsAndIsSigned() throws Exception {
        byte[] bytes = a().rollbackItl(Fixtures.A_PUB, org.voicebench.trust.DigestAlgorithm.SHA1, Fixtures.STAMP);
        TrustList itl = TrustLists.read(bytes, "ITLFile.tlv", Fixtures.NOW);
        assertEquals(List.of(Function.SAST, Function.SAST, Function.TFTP, Function.TVS, Function.TVS, Function.CAPF),
                itl.records().stream().map(TrustRecord::function).toList());
        assertEquals(List.of(false, false, true, true, true, false), itl.records().stream().map(TrustRecord::emptied).toList());
        assertEquals(List.of("cucm-a-pub.a.example.com", "cucm-a-sub1.a.example.com"),
                itl.recordsWith(Function.TVS).stream().map(TrustRecord::dnsName).toList());
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(itl).status());
        assertEquals(1, SignatureVerifier.verify(itl).signerRecord(), "signed by ITLRecovery (record 1)");
        byte[] pre12 = a().rollbackItl(Fixtures.A_PUB, LabCluster.ItlSigning.CALLMANAGER,
                org.voicebench.trust.DigestAlgorithm.SHA1, Fixtures.STAMP);
        SignatureResult pre12Result = SignatureVerifier.verify(TrustLists.read(pre12, "ITLFile.tlv", Fixtures.NOW));
        assertEquals(SignatureStatus.VALID, pre12Result.status());
        assertEquals(2, pre12Result.signerRecord(), "signed by CallManager (the SAST record 2)");
    }

    @Test
    void differentSeedsGiveDifferentKeys() {
        LabCluster one = LabCluster.generate("s.example.com", List.of("n"), 512, 512, 1, Fixtures.ISSUED);
        LabCluster two = LabCluster.generate("s.example.com", List.of("n"), 512, 512, 2, Fixtures.ISSUED);
        assertNotEquals(hex(one), hex(two));
    }

    private static String hex(LabCluster c) {
        return org.voicebench.trust.Hex.of(c.identity("CallManager", "n").certificate());
    }

    @Test
    void writeSamplesWritesReadableVerifiedFilesAndNoLeftovers(@TempDir Path dir) throws IOException {
        List<Path> written = Fixtures.legacy().writeSamples(dir, Fixtures.MAC, Fixtures.STAMP);
        assertTrue(written.contains(dir.resolve("ITLSEP" + Fixtures.MAC + ".tlv")));
        TrustList itl = TrustLists.read(dir.resolve("ITLFile.tlv"), Fixtures.NOW);
        for (Path p : written) {
            String name = p.getFileName().toString();
            if (name.endsWith(".tlv")) {
                assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(TrustLists.read(p, Fixtures.NOW)).status(), name);
            } else if (name.endsWith(".sgn")) {
                assertEquals(SignatureStatus.VALID, SignatureVerifier.verifyAgainst(TrustLists.read(p, Fixtures.NOW), itl).status());
            } else {
                assertTrue(Files.readString(p).startsWith("-----BEGIN CERTIFICATE-----"), name);
            }
        }
        try (Stream<Path> all = Files.walk(dir)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void writeAtomicallyReplacesAnExistingFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("sub/ITLFile.tlv");
        LabCluster.writeAtomically(target, new byte[] {1});
        LabCluster.writeAtomically(target, new byte[] {2, 3});
        assertArrayEquals(new byte[] {2, 3}, Files.readAllBytes(target));
        try (Stream<Path> all = Files.list(target.getParent())) {
            assertEquals(1, all.count());
        }
    }

    /** Regression: files came out owner-only (the temporary file's permissions), unlike any other written file. */
    @Test
    void writtenFilesGetTheUsualPermissions(@TempDir Path dir) throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path control = Files.write(dir.resolve("control"), new byte[] {1});
        Path written = LabCluster.writeAtomically(dir.resolve("written"), new byte[] {1});
        assertEquals(Files.getPosixFilePermissions(control), Files.getPosixFilePermissions(written));
    }
}
