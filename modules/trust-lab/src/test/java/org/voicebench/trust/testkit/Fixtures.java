package org.voicebench.trust.testkit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.Function;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.write.RawElement;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/**
 * The trust lists every test works on, made in code from seeded lab clusters with fixed
 * timestamps, so they are byte-identical on every run (the golden files hold their SHA-256).
 * Clusters are made once per test JVM: RSA key generation, 4096-bit above all, is the slow part
 * of the suite.
 */
public final class Fixtures {

    /** The instant certificate validity is judged at: all 2026 certificates valid, the 2012 ones expired. */
    public static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    /** TIMESTAMP written into every fixture. */
    public static final Instant STAMP = Instant.parse("2026-02-01T10:00:00Z");
    public static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
    public static final String MAC = "001122334455";
    public static final String CONFIG_NAME = "SEP" + MAC + ".cnf.xml";
    public static final byte[] CONFIG = ("<device><deviceProtocol>SIP</deviceProtocol>"
            + "<devicePool><name>Lab</name></devicePool></device>\n").getBytes(StandardCharsets.UTF_8);

    /** Cluster A: publisher and one subscriber, RSA-2048 everywhere. */
    public static final String A_PUB = "cucm-a-pub";
    public static final String A_SUB = "cucm-a-sub1";
    public static final String LEGACY_NODE = "cucm-old";
    public static final String BIG_NODE = "cucm-big";
    public static final String TINY_NODE = "t1";

    private Fixtures() {
    }

    // ---- clusters (holder classes: each is made on first use only) ------------------------

    private static final class A {
        static final LabCluster CLUSTER = LabCluster.generate("a.example.com", List.of(A_PUB, A_SUB), 2048, 2048,
                0xA0A0L, ISSUED);
    }

    private static final class ARegenerated {
        static final LabCluster CLUSTER = A.CLUSTER.regenerate("CallManager", A_PUB, 0xB0B0L);
    }

    private static final class Legacy {
        // issued 2012: CallManager, TVS and CAPF (5 years) expired in 2017, ITLRecovery (20 years) still valid
        static final LabCluster CLUSTER = LabCluster.generate("legacy.example.com", List.of(LEGACY_NODE), 1024, 1024,
                0x1024L, Instant.parse("2012-01-01T00:00:00Z"));
    }

    private static final class Big {
        static final LabCluster CLUSTER = LabCluster.generate("big.example.com", List.of(BIG_NODE), 2048, 4096,
                0x4096L, ISSUED);
    }

    private static final class Tiny {
        // 512-bit keys keep the fuzzer's seed files small
        static final LabCluster CLUSTER = LabCluster.generate("tiny.example.com", List.of(TINY_NODE), 512, 512,
                0x512L, ISSUED);
    }

    public static LabCluster clusterA() {
        return A.CLUSTER;
    }

    /** Cluster A after its publisher's CallManager certificate was regenerated. */
    public static LabCluster clusterARegenerated() {
        return ARegenerated.CLUSTER;
    }

    /** One node, RSA-1024, issued 2012. */
    public static LabCluster legacy() {
        return Legacy.CLUSTER;
    }

    /** One node, RSA-2048 nodes and a 4096-bit ITLRecovery. */
    public static LabCluster big() {
        return Big.CLUSTER;
    }

    /** One node, RSA-512. */
    public static LabCluster tiny() {
        return Tiny.CLUSTER;
    }

    // ---- named files ------------------------------------------------------------------------

    private static final Map<String, Supplier<byte[]>> GOLDEN = new LinkedHashMap<>();

    static {
        GOLDEN.put("itl-cucm12-sha1-rsa2048", () -> A.CLUSTER.itl(A_PUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("itl-cucm12-sha512-rsa2048", () -> A.CLUSTER.itl(A_PUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA512, STAMP));
        GOLDEN.put("itl-pre12-sha1-rsa2048", () -> A.CLUSTER.itl(A_PUB, ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("itl-sub1-sha1-rsa2048", () -> A.CLUSTER.itl(A_SUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("ctl-sha1-rsa2048", () -> A.CLUSTER.ctl(DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("ctl-with-ip-sha1-rsa2048", Fixtures::ctlWithIp);
        GOLDEN.put("itlsep-sha1-rsa2048", () -> A.CLUSTER.itlSep(A_PUB, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("sgn-sha512-rsa2048", () -> A.CLUSTER.signedFile(A_PUB, CONFIG_NAME, CONFIG, DigestAlgorithm.SHA512, STAMP));
        GOLDEN.put("sgn-sha1-rsa2048", () -> A.CLUSTER.signedFile(A_PUB, CONFIG_NAME, CONFIG, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("itl-legacy-sha1-rsa1024", () -> Legacy.CLUSTER.itl(LEGACY_NODE, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("ctl-legacy-sha1-rsa1024", () -> Legacy.CLUSTER.ctl(DigestAlgorithm.SHA1, STAMP));
        GOLDEN.put("itl-cucm12-sha512-rsa4096", () -> Big.CLUSTER.itl(BIG_NODE, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA512, STAMP));
        GOLDEN.put("itl-thirdparty-sha1-rsa2048", Fixtures::thirdParty);
        GOLDEN.put("itl-handbuilt-padding", Fixtures::handBuiltPadding);
        GOLDEN.put("itl-rollback-emptied", Fixtures::rollbackItl);
        GOLDEN.put("ctl-nonsecure-emptied", Fixtures::nonSecureCtl);
        GOLDEN.put("itl-unknown-tags", Fixtures::unknownTags);
        GOLDEN.put("itl-unknown-function", Fixtures::unknownFunction);
    }

    private static final Map<String, byte[]> MADE = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Names of the golden fixtures, in a stable order. */
    public static List<String> goldenNames() {
        return List.copyOf(GOLDEN.keySet());
    }

    /** A fresh copy of a golden fixture's bytes. */
    public static byte[] golden(String name) {
        Supplier<byte[]> s = GOLDEN.get(name);
        if (s == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        return MADE.computeIfAbsent(name, n -> s.get()).clone();
    }

    /** Makes a golden fixture again, bypassing the cache (to show that making it is repeatable). */
    public static byte[] regenerate(String name) {
        return GOLDEN.get(name).get();
    }

    /** The trust list a phone would check a signed fixture against, or {@code null} for trust lists. */
    public static byte[] trustFor(String name) {
        return name.startsWith("sgn-") ? golden("itl-cucm12-sha1-rsa2048") : null;
    }

    /** The file name a fixture would have on a TFTP server (the parser's source label). */
    public static String fileNameOf(String name) {
        if (name.startsWith("sgn-")) {
            return CONFIG_NAME + ".sgn";
        }
        if (name.startsWith("itlsep-")) {
            return "ITLSEP" + MAC + ".tlv";
        }
        return name.startsWith("ctl") ? "CTLFile.tlv" : "ITLFile.tlv";
    }

    /** Small files for the Jazzer seed corpus (512-bit keys), by file name. */
    public static Map<String, byte[]> seeds() {
        LabCluster t = Tiny.CLUSTER;
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put("seed-itl-cucm", t.itl(TINY_NODE, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, STAMP));
        out.put("seed-ctl-cucm-sha256", t.ctl(DigestAlgorithm.SHA256, STAMP));
        out.put("seed-sgn", t.signedFile(TINY_NODE, CONFIG_NAME, CONFIG, DigestAlgorithm.SHA1, STAMP));
        out.put("seed-itl-thirdparty", sign(() -> ThirdPartyWriter.itl()
                .addRecord(id(t, "ITLRecovery", TINY_NODE).certificate(), Function.SAST.code())
                .addRecord(id(t, "CallManager", TINY_NODE).certificate(), Function.CCM.code())
                .sign(id(t, "ITLRecovery", TINY_NODE).certificate(), id(t, "ITLRecovery", TINY_NODE).privateKey())));
        LabIdentity rec = id(t, "ITLRecovery", TINY_NODE);
        out.put("seed-itl-emptied-unknown", sign(() -> TrustListBuilder.itl().timestamp(STAMP)
                .addHeaderElement(new RawElement(200, new byte[] {1, 2}))
                .addRecord(RecordSpec.forCertificate(rec.certificate(), Function.SAST, t.fqdn(TINY_NODE), ip(10, 9, 0, 1)))
                .addRecord(RecordSpec.emptied(Function.TVS, t.fqdn(TINY_NODE), ip(10, 9, 0, 1)))
                .addRecord(withExtra(RecordSpec.forCertificate(id(t, "CAPF", TINY_NODE).certificate(), 99, "", null),
                        new RawElement(77, new byte[] {7})))
                .signer(rec.certificate()).sign(rec.privateKey())));
        return out;
    }

    // ---- hand-built fixtures ----------------------------------------------------------------

    public static LabIdentity id(LabCluster c, String role, String node) {
        return c.identity(role, node);
    }

    public static byte[] ip(int a, int b, int c, int d) {
        return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d};
    }

    public static RecordSpec withExtra(RecordSpec r, RawElement... extra) {
        return new RecordSpec(r.dnsName(), r.subjectName(), r.functionCode(), r.issuerName(), r.serial(), r.publicKey(),
                r.certSignature(), r.certificate(), r.ipAddress(), List.of(extra));
    }

    /** A signed CUCM-order trust list from a builder, signed by cluster A's ITLRecovery. */
    public static byte[] signByRecoveryA(TrustListBuilder b) {
        LabIdentity rec = id(A.CLUSTER, "ITLRecovery", A_PUB);
        return sign(() -> b.signer(rec.certificate()).sign(rec.privateKey()));
    }

    private static RecordSpec recordA(String role, String node, Function f, byte[] ip) {
        return RecordSpec.forCertificate(id(A.CLUSTER, role, node).certificate(), f, A.CLUSTER.fqdn(node), ip);
    }

    /** A CTL in CUCM order with every record tag CUCM writes (2..10), like the real 2015 CTL. */
    private static byte[] ctlWithIp() {
        return signByRecoveryA(TrustListBuilder.ctl().timestamp(STAMP)
                .addRecord(recordA("ITLRecovery", A_PUB, Function.SAST, ip(10, 0, 0, 11)))
                .addRecord(recordA("CallManager", A_PUB, Function.SAST, ip(10, 0, 0, 11)))
                .addRecord(recordA("CallManager", A_PUB, Function.CCM_TFTP, ip(10, 0, 0, 11)))
                .addRecord(recordA("CallManager", A_SUB, Function.CCM_TFTP, ip(10, 0, 0, 12)))
                .addRecord(recordA("CAPF", A_PUB, Function.CAPF, ip(10, 0, 0, 11))));
    }

    private static byte[] thirdParty() {
        LabIdentity rec = id(A.CLUSTER, "ITLRecovery", A_PUB);
        return sign(() -> ThirdPartyWriter.itl()
                .addRecord(rec.certificate(), Function.SAST.code())
                .addRecord(id(A.CLUSTER, "CallManager", A_PUB).certificate(), Function.CCM.code())
                .addRecord(id(A.CLUSTER, "CallManager", A_SUB).certificate(), Function.CCM.code())
                .addRecord(id(A.CLUSTER, "TVS", A_PUB).certificate(), Function.APP_SERVER.code())
                .addRecord(id(A.CLUSTER, "CAPF", A_PUB).certificate(), Function.APP_SERVER.code())
                .sign(rec.certificate(), rec.privateKey()));
    }

    /** Padding inside the header (between SIGNATURE and FILENAME) as well as at its end. */
    private static byte[] handBuiltPadding() {
        LabIdentity rec = id(A.CLUSTER, "ITLRecovery", A_PUB);
        return sign(() -> ThirdPartyWriter.itl().signerVersion(null).paddingAfterSignature(2)
                .addRecord(rec.certificate(), Function.SAST.code())
                .addRecord(id(A.CLUSTER, "TVS", A_SUB).certificate(), Function.TVS.code())
                .sign(rec.certificate(), rec.privateKey()));
    }

    /** "Prepare Cluster for Rollback to pre-8.0": TFTP and TVS records without certificates. */
    private static byte[] rollbackItl() {
        return signByRecoveryA(TrustListBuilder.itl().timestamp(STAMP)
                .addRecord(recordA("ITLRecovery", A_PUB, Function.SAST, null))
                .addRecord(recordA("CallManager", A_PUB, Function.SAST, null))
                .addRecord(RecordSpec.emptied(Function.TFTP, A.CLUSTER.fqdn(A_PUB), ip(10, 0, 0, 11)))
                .addRecord(RecordSpec.emptied(Function.TVS, A.CLUSTER.fqdn(A_PUB), ip(10, 0, 0, 11)))
                .addRecord(RecordSpec.emptied(Function.TVS, A.CLUSTER.fqdn(A_SUB), ip(10, 0, 0, 12))));
    }

    /** A CTL after the cluster went back to non-secure mode: CCM+TFTP records emptied. */
    private static byte[] nonSecureCtl() {
        return signByRecoveryA(TrustListBuilder.ctl().timestamp(STAMP)
                .addRecord(recordA("ITLRecovery", A_PUB, Function.SAST, ip(10, 0, 0, 11)))
                .addRecord(recordA("CallManager", A_PUB, Function.SAST, ip(10, 0, 0, 11)))
                .addRecord(RecordSpec.emptied(Function.CCM_TFTP, A.CLUSTER.fqdn(A_PUB), ip(10, 0, 0, 11)))
                .addRecord(RecordSpec.emptied(Function.CCM_TFTP, A.CLUSTER.fqdn(A_SUB), ip(10, 0, 0, 12)))
                .addRecord(recordA("CAPF", A_PUB, Function.CAPF, ip(10, 0, 0, 11))));
    }

    /** Unknown tags in the header (29, 200) and in records (0, 13, 99): kept, shown, warned about. */
    private static byte[] unknownTags() {
        return signByRecoveryA(TrustListBuilder.itl().timestamp(STAMP)
                .addHeaderElement(new RawElement(29, "future\0".getBytes(StandardCharsets.US_ASCII)))
                .addHeaderElement(new RawElement(200, new byte[] {(byte) 0xde, (byte) 0xad}))
                .addRecord(withExtra(recordA("ITLRecovery", A_PUB, Function.SAST, null),
                        new RawElement(99, new byte[] {1, 2, 3}), new RawElement(13, new byte[0])))
                .addRecord(withExtra(recordA("TVS", A_PUB, Function.TVS, null), new RawElement(0, new byte[] {0}))));
    }

    /** Function codes no documentation names (9 and 4660): kept as numbers. */
    private static byte[] unknownFunction() {
        return signByRecoveryA(TrustListBuilder.itl().timestamp(STAMP)
                .addRecord(recordA("ITLRecovery", A_PUB, Function.SAST, null))
                .addRecord(RecordSpec.forCertificate(id(A.CLUSTER, "CallManager", A_PUB).certificate(), 9,
                        A.CLUSTER.fqdn(A_PUB), null))
                .addRecord(RecordSpec.forCertificate(id(A.CLUSTER, "TVS", A_SUB).certificate(), 0x1234,
                        A.CLUSTER.fqdn(A_SUB), null)));
    }

    /** A signing step that cannot fail with lab keys; a failure is a broken test kit. */
    public interface Signing {
        byte[] run() throws GeneralSecurityException;
    }

    public static byte[] sign(Signing s) {
        try {
            return s.run();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing a fixture failed", e);
        }
    }
}
