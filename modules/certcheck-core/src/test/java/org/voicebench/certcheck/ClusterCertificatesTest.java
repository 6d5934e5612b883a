package org.voicebench.certcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.Certificates;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;

class ClusterCertificatesTest {

    private static LabCluster cluster;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCluster() {
        // small keys: the tests are about files, not key sizes
        cluster = LabCluster.generate("lab.example.com", List.of("cucm-pub", "cucm-sub1"), 1024, 1024, 42,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static byte[] der(String role, String node) {
        return cluster.identity(role, node).certificate();
    }

    private static String sha256(byte[] der) throws Exception {
        return Certificates.decode(der).sha256();
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path writePem(String name, byte[] der) throws Exception {
        return write(name, LabCluster.pem(der).getBytes(StandardCharsets.US_ASCII));
    }

    private static Set<String> shas(LoadResult r) {
        return r.certificates().stream().map(ClusterCertificate::sha256).collect(Collectors.toSet());
    }

    private Set<String> allShas() throws Exception {
        Set<String> s = new HashSet<>();
        for (LabIdentity id : cluster.identities()) {
            s.add(sha256(id.certificate()));
        }
        return s;
    }

    @Test
    void singlePemWithNodeAndRoleInName() throws Exception {
        Path p = writePem("cucm-pub-CallManager.pem", der("CallManager", "cucm-pub"));
        LoadResult r = ClusterCertificates.load(p);
        assertEquals(1, r.certificates().size());
        ClusterCertificate c = r.certificates().get(0);
        assertEquals(CertificateRole.CALLMANAGER, c.role());
        assertEquals("cucm-pub", c.node());
        assertEquals(p.toString(), c.source());
        assertEquals(sha256(der("CallManager", "cucm-pub")), c.sha256());
        assertNull(c.note());
        assertTrue(r.problems().isEmpty());
    }

    @Test
    void ecdsaSuffixWinsOverCallManager() throws Exception {
        Path p = writePem("cucm-sub1-callmanager-ecdsa.PEM", der("CallManager", "cucm-sub1"));
        ClusterCertificate c = ClusterCertificates.load(p).certificates().get(0);
        assertEquals(CertificateRole.CALLMANAGER_ECDSA, c.role());
        assertEquals("cucm-sub1", c.node());
    }

    @Test
    void multiPemLoadsEveryCertificateWithUnknownRole() throws Exception {
        StringBuilder text = new StringBuilder("Bag Attributes: exported from somewhere\n");
        for (LabIdentity id : cluster.identities()) {
            text.append(LabCluster.pem(id.certificate())).append('\n');
        }
        Path p = write("bundle.pem", text.toString().getBytes(StandardCharsets.US_ASCII));
        LoadResult r = ClusterCertificates.load(p);
        assertEquals(allShas(), shas(r));
        assertEquals(cluster.identities().size(), r.certificates().size());
        for (ClusterCertificate c : r.certificates()) {
            assertEquals(CertificateRole.UNKNOWN, c.role());
            assertTrue(c.note().contains("bundle.pem"), c.note());
        }
    }

    @Test
    void derWithAnyCertificateExtension() throws Exception {
        Path der = write("cucm-sub1-TVS.der", der("TVS", "cucm-sub1"));
        Path cer = write("cucm-pub_capf.cer", der("CAPF", "cucm-pub"));
        Path crt = write("cucm-pub-tomcat.crt", der("CallManager", "cucm-sub1"));
        ClusterCertificate tvs = ClusterCertificates.load(der).certificates().get(0);
        assertEquals(CertificateRole.TVS, tvs.role());
        assertEquals("cucm-sub1", tvs.node());
        assertEquals(sha256(der("TVS", "cucm-sub1")), tvs.sha256());
        assertEquals(CertificateRole.CAPF, ClusterCertificates.load(cer).certificates().get(0).role());
        assertEquals(CertificateRole.TOMCAT, ClusterCertificates.load(crt).certificates().get(0).role());
    }

    @Test
    void pkcs7FromJdkCertPathDerAndPem() throws Exception {
        CertificateFactory cf = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (LabIdentity id : cluster.identities()) {
            certs.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(id.certificate())));
        }
        byte[] p7 = cf.generateCertPath(certs).getEncoded("PKCS7");
        LoadResult fromDer = ClusterCertificates.load(write("cluster.p7b", p7));
        assertEquals(allShas(), shas(fromDer));
        String pem = "-----BEGIN PKCS7-----\n" + Base64.getMimeEncoder().encodeToString(p7) + "\n-----END PKCS7-----\n";
        LoadResult fromPem = ClusterCertificates.load(write("cluster.p7c", pem.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(allShas(), shas(fromPem));
    }

    @Test
    void pkcs7FromBouncyCastleWithoutSigners() throws Exception {
        List<X509CertificateHolder> holders = new ArrayList<>();
        holders.add(new X509CertificateHolder(der("TVS", "cucm-pub")));
        holders.add(new X509CertificateHolder(der("ITLRecovery", "cucm-pub")));
        CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
        gen.addCertificates(new JcaCertStore(holders));
        byte[] p7 = gen.generate(new CMSProcessableByteArray(new byte[0])).getEncoded();
        LoadResult r = ClusterCertificates.load(write("two.p7b", p7));
        assertEquals(Set.of(sha256(der("TVS", "cucm-pub")), sha256(der("ITLRecovery", "cucm-pub"))), shas(r));
    }

    @Test
    void flatLayoutWrittenByLabClusterSamples() throws Exception {
        cluster.writeSamples(dir, "001122334455", Instant.parse("2026-02-01T00:00:00Z"));
        LoadResult r = ClusterCertificates.load(dir);
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        assertEquals(cluster.identities().size(), r.certificates().size());
        Map<String, ClusterCertificate> bySha = new HashMap<>();
        r.certificates().forEach(c -> bySha.put(c.sha256(), c));
        for (LabIdentity id : cluster.identities()) {
            ClusterCertificate c = bySha.get(sha256(id.certificate()));
            assertEquals(id.role(), c.role().label(), id.role() + "@" + id.node());
            assertEquals(id.node(), c.node());
            assertEquals(dir.resolve("certs/" + id.node() + "-" + id.role() + ".pem").toString(), c.source());
        }
        // the trust lists and the signed config are not certificate files: listed, not read
        assertTrue(r.skipped().contains(dir.resolve("ITLFile.tlv")), r.skipped().toString());
        assertTrue(r.skipped().contains(dir.resolve("SEP001122334455.cnf.xml.sgn")), r.skipped().toString());
    }

    @Test
    void nodeFolderLayoutTakesNodeFromFolderIgnoringCase() throws Exception {
        writePem("cucm-pub/CallManager.pem", der("CallManager", "cucm-pub"));
        writePem("cucm-sub1/tvs.PEM", der("TVS", "cucm-sub1"));
        write("cucm-sub1/CALLMANAGER.der", der("CallManager", "cucm-sub1"));
        writePem("ITLRecovery.pem", der("ITLRecovery", "cucm-pub"));
        LoadResult r = ClusterCertificates.load(dir);
        Map<String, ClusterCertificate> bySha = new HashMap<>();
        r.certificates().forEach(c -> bySha.put(c.sha256(), c));
        assertEquals(4, bySha.size());
        ClusterCertificate cm = bySha.get(sha256(der("CallManager", "cucm-pub")));
        assertEquals(CertificateRole.CALLMANAGER, cm.role());
        assertEquals("cucm-pub", cm.node());
        ClusterCertificate tvs = bySha.get(sha256(der("TVS", "cucm-sub1")));
        assertEquals(CertificateRole.TVS, tvs.role());
        assertEquals("cucm-sub1", tvs.node());
        assertEquals("cucm-sub1", bySha.get(sha256(der("CallManager", "cucm-sub1"))).node());
        ClusterCertificate rec = bySha.get(sha256(der("ITLRecovery", "cucm-pub")));
        assertEquals(CertificateRole.ITL_RECOVERY, rec.role());
        assertNull(rec.node(), "the loaded folder itself is not a node");
    }

    @Test
    void explicitRoleAndNode() throws Exception {
        Path p = writePem("some-export.pem", der("TVS", "cucm-sub1"));
        CertificateSource s = CertificateSource.parse("tvs@cucm-sub1=" + p);
        assertEquals(new CertificateSource(CertificateRole.TVS, "cucm-sub1", p), s);
        ClusterCertificate c = ClusterCertificates.load(s).certificates().get(0);
        assertEquals(CertificateRole.TVS, c.role());
        assertEquals("cucm-sub1", c.node());
        assertNull(c.note());
        CertificateSource noNode = CertificateSource.parse("CallManager-ECDSA=" + p);
        assertEquals(CertificateRole.CALLMANAGER_ECDSA, noNode.role());
        assertNull(noNode.node());
        assertEquals(CertificateRole.ITL_RECOVERY, CertificateSource.parse("ITLRECOVERY@pub=x.pem").role());
    }

    @Test
    void explicitParserNamesWhatIsWrong() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateSource.parse("Bogus@x=y.pem"))
                .getMessage().contains("unknown role \"Bogus\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateSource.parse("TVS@=y.pem"))
                .getMessage().contains("node"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateSource.parse("TVS.pem"))
                .getMessage().contains("ROLE@NODE=path"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> CertificateSource.parse("TVS="))
                .getMessage().contains("ROLE@NODE=path"));
    }

    @Test
    void badSingleFilesThrowNamingFileAndProblem() throws Exception {
        Path garbage = write("garbage.pem", "hello, not a certificate".getBytes(StandardCharsets.US_ASCII));
        CertificateLoadException e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(garbage));
        assertEquals(garbage, e.file());
        assertTrue(e.getMessage().startsWith(garbage + ": not a certificate"), e.getMessage());

        String pem = LabCluster.pem(der("TVS", "cucm-pub"));
        Path truncated = write("cut-TVS.pem", pem.substring(0, pem.length() / 2).getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(truncated));
        assertEquals(truncated, e.file());
        assertTrue(e.problem().startsWith("truncated PEM"), e.problem());

        Path empty = write("empty.der", new byte[0]);
        e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(empty));
        assertEquals("empty file", e.problem());

        byte[] d = der("TVS", "cucm-pub");
        Path cut = write("cut.der", java.util.Arrays.copyOf(d, d.length - 10));
        e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(cut));
        assertTrue(e.problem().startsWith("not a certificate"), e.problem());

        Path key = write("key.pem", "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
                .getBytes(StandardCharsets.US_ASCII));
        e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(key));
        assertTrue(e.problem().contains("PRIVATE KEY"), e.problem());

        Path missing = dir.resolve("nowhere.pem");
        e = assertThrows(CertificateLoadException.class, () -> ClusterCertificates.load(missing));
        assertEquals(missing, e.file());
        assertEquals("no such file", e.problem());
    }

    @Test
    void folderKeepsGoodFilesAndReportsBadOnes() throws Exception {
        writePem("cucm-pub-TVS.pem", der("TVS", "cucm-pub"));
        Path garbage = write("junk.crt", new byte[] {0x30, 0x03, 1, 2, 3});
        String pem = LabCluster.pem(der("CAPF", "cucm-pub"));
        Path truncated = write("sub/CAPF.pem", pem.substring(0, 100).getBytes(StandardCharsets.US_ASCII));
        Path empty = write("empty.cer", new byte[0]);
        LoadResult r = ClusterCertificates.load(dir);
        assertEquals(Set.of(sha256(der("TVS", "cucm-pub"))), shas(r));
        Map<Path, String> problems = new HashMap<>();
        r.problems().forEach(p -> problems.put(p.file(), p.problem()));
        assertEquals(Set.of(garbage, truncated, empty), problems.keySet());
        assertTrue(problems.get(truncated).startsWith("truncated PEM"));
        assertEquals("empty file", problems.get(empty));
        assertTrue(problems.get(garbage).startsWith("not a certificate"));
    }

    @Test
    void duplicatesReportedOnceWithAllSources() throws Exception {
        Path a = writePem("cucm-pub-CallManager.pem", der("CallManager", "cucm-pub"));
        Path b = write("cucm-pub/CallManager.der", der("CallManager", "cucm-pub"));
        Path c = writePem("copy.pem", der("CallManager", "cucm-pub"));
        LoadResult r = ClusterCertificates.load(dir);
        assertEquals(1, r.certificates().size());
        ClusterCertificate cert = r.certificates().get(0);
        assertEquals(Set.of(a.toString(), b.toString(), c.toString()), new HashSet<>(cert.sources()));
        assertEquals(CertificateRole.CALLMANAGER, cert.role());
        assertEquals("cucm-pub", cert.node());
    }

    @Test
    void unknownNameFilledInByANamedDuplicate() throws Exception {
        ClusterCertificates loader = ClusterCertificates.with(ClusterCertificates.Limits.DEFAULT);
        loader.add(writePem("export1.pem", der("TVS", "cucm-sub1")));
        loader.add(writePem("cucm-sub1-TVS.pem", der("TVS", "cucm-sub1")));
        ClusterCertificate c = loader.result().certificates().get(0);
        assertEquals(CertificateRole.TVS, c.role());
        assertEquals("cucm-sub1", c.node());
        assertEquals(2, c.sources().size());
        assertNull(c.note());
    }

    @Test
    void folderWalkIsBoundedInDepthFilesAndSize() throws Exception {
        writePem("a/b/cucm-pub-TVS.pem", der("TVS", "cucm-pub"));
        writePem("a/b/c/d/cucm-sub1-TVS.pem", der("TVS", "cucm-sub1"));
        LoadResult shallow = ClusterCertificates.with(new ClusterCertificates.Limits(2, 100, 1 << 20)).add(dir).result();
        assertEquals(Set.of(sha256(der("TVS", "cucm-pub"))), shas(shallow));
        assertTrue(shallow.skipped().contains(dir.resolve("a/b/c")), shallow.skipped().toString());

        Path many = dir.resolve("many");
        int i = 0;
        for (LabIdentity id : cluster.identities()) {
            writePem("many/" + (i++) + ".pem", id.certificate());
        }
        LoadResult capped = ClusterCertificates.with(new ClusterCertificates.Limits(4, 3, 1 << 20)).add(many).result();
        assertEquals(3, capped.certificates().size());
        assertEquals(1, capped.problems().size());
        assertEquals(many, capped.problems().get(0).file());
        assertTrue(capped.problems().get(0).problem().contains("more than 3"));

        Path big = writePem("big/cucm-pub-CAPF.pem", der("CAPF", "cucm-pub"));
        LoadResult small = ClusterCertificates.with(new ClusterCertificates.Limits(4, 100, 100)).add(dir.resolve("big"))
                .result();
        assertTrue(small.certificates().isEmpty());
        assertEquals(big, small.problems().get(0).file());
        assertTrue(small.problems().get(0).problem().contains("more than the 100"), small.problems().get(0).problem());
    }

    @Test
    void emptyFolderIsReported() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("nothing"));
        write("nothing/readme.txt", "x".getBytes(StandardCharsets.US_ASCII));
        LoadResult r = ClusterCertificates.load(empty);
        assertTrue(r.certificates().isEmpty());
        assertEquals(empty, r.problems().get(0).file());
        assertEquals(List.of(empty.resolve("readme.txt")), r.skipped());
    }
}
