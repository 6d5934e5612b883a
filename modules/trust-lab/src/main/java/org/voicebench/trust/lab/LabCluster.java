package org.voicebench.trust.lab;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.Function;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.common.AtomicFiles;
import org.voicebench.trust.write.TrustListBuilder;

/**
 * A made-up CUCM cluster with real keys and certificates, producing the trust lists and signed
 * files such a cluster serves. Everything derives from a seed, so the same settings give the same
 * bytes: tests use it for golden files, the app and the simulator for their demo lab.
 * The keys are throw-away test keys.
 */
public final class LabCluster {

    /** How the cluster signs its ITL. */
    public enum ItlSigning {
        /** CUCM 12.0 and later: the ITLRecovery key. */
        ITL_RECOVERY,
        /** Before CUCM 12.0 (and after {@code utils itl reset localkey}): the TFTP node's CallManager key. */
        CALLMANAGER
    }

    private static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65537);
    /** The role of the web server certificate; not in any trust list. */
    public static final String TOMCAT = "tomcat";
    /** Mixed into the seed of tomcat keys ("tomcat" in ASCII), so they come from a stream of their own. */
    private static final long TOMCAT_STREAM = 0x746F6D636174L;

    private final String domain;
    private final List<String> nodes;
    private final Instant issued;
    private final long seed;
    private final Map<String, LabIdentity> identities = new LinkedHashMap<>();
    /** Made on first use from their own seeded stream, so that adding them changed no other key or file. */
    private final Map<String, LabIdentity> tomcats = new ConcurrentHashMap<>();

    private LabCluster(String domain, List<String> nodes, Instant issued, long seed) {
        this.domain = domain;
        this.nodes = List.copyOf(nodes);
        this.issued = issued;
        this.seed = seed;
    }

    /**
     * Makes a cluster: every node gets CallManager and TVS certificates, the publisher (first node)
     * also ITLRecovery and CAPF.
     *
     * @param domain DNS domain, e.g. {@code lab.example.com}
     * @param nodes host names, publisher first
     * @param keyBits RSA size of the node certificates (1024, 2048 or 4096)
     * @param recoveryKeyBits RSA size of ITLRecovery
     * @param seed the same seed gives the same keys and certificates
     * @param issued start of the certificates' validity; they last 5 years (ITLRecovery 20)
     */
    public static LabCluster generate(String domain, List<String> nodes, int keyBits, int recoveryKeyBits, long seed,
                                      Instant issued) {
        LabCluster c = new LabCluster(domain, nodes, issued, seed);
        SeededRandom random = new SeededRandom(seed);
        String publisher = nodes.get(0);
        c.add(random, "ITLRecovery", publisher, "ITLRECOVERY_" + c.fqdn(publisher), "IPCBU", recoveryKeyBits, 20 * 365);
        for (String node : nodes) {
            c.add(random, "CallManager", node, c.fqdn(node), "IPCBU", keyBits, 5 * 365);
            c.add(random, "TVS", node, c.fqdn(node), "TVS", keyBits, 5 * 365);
        }
        c.add(random, "CAPF", publisher, "CAPF-" + Long.toHexString(seed & 0xffffffffL), "IPCBU", keyBits, 5 * 365);
        return c;
    }

    /** A three-node 2048-bit cluster {@code cucm-pub, cucm-sub1, cucm-sub2}. */
    public static LabCluster standard(long seed) {
        return generate("lab.example.com", List.of("cucm-pub", "cucm-sub1", "cucm-sub2"), 2048, 2048, seed,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Replaces one certificate with a new key (a regeneration on the node); {@link #TOMCAT} too. */
    public LabCluster regenerate(String role, String node, long seed) {
        LabIdentity old = identity(role, node);
        SeededRandom random = new SeededRandom(seed);
        String cn = cn(old.certificate());
        String ou = "TVS".equals(role) ? "TVS" : "IPCBU";
        int bits = ((java.security.interfaces.RSAKey) old.privateKey()).getModulus().bitLength();
        LabCluster copy = new LabCluster(domain, nodes, issued, this.seed);
        copy.identities.putAll(identities);
        copy.tomcats.putAll(tomcats);
        LabIdentity fresh = copy.create(random, role, node, cn, ou, bits, "ITLRecovery".equals(role) ? 20 * 365 : 5 * 365);
        if (TOMCAT.equals(role)) {
            copy.tomcats.put(node, fresh);
        } else {
            copy.identities.put(role + "@" + node, fresh);
        }
        return copy;
    }

    /**
     * The node's web server (tomcat) certificate, made on first use. It is in no trust list (phones
     * check HTTPS servers through TVS), so {@link #identities()} leaves it out.
     */
    public LabIdentity tomcat(String node) {
        int index = nodes.indexOf(node);
        if (index < 0) {
            throw new IllegalArgumentException("no node " + node + " in the cluster " + nodes);
        }
        int bits = ((java.security.interfaces.RSAKey) identity("CallManager", node).privateKey()).getModulus().bitLength();
        return tomcats.computeIfAbsent(node, n -> create(new SeededRandom((seed * 31 + index) ^ TOMCAT_STREAM), TOMCAT, n,
                fqdn(n), "IPCBU", bits, 5 * 365));
    }

    public List<String> nodes() {
        return nodes;
    }

    public String publisher() {
        return nodes.get(0);
    }

    /** Fully qualified name of a node. */
    public String fqdn(String node) {
        return node + "." + domain;
    }

    /**
     * The identity of a role on a node ({@code ITLRecovery} and {@code CAPF} live on the publisher;
     * {@link #TOMCAT} as {@link #tomcat(String)}).
     */
    public LabIdentity identity(String role, String node) {
        if (TOMCAT.equals(role)) {
            return tomcat(node);
        }
        LabIdentity id = identities.get(role + "@" + node);
        if (id == null) {
            throw new IllegalArgumentException("no " + role + " certificate on " + node);
        }
        return id;
    }

    /** Every certificate of the cluster that a trust list can hold (all but tomcat). */
    public List<LabIdentity> identities() {
        return List.copyOf(identities.values());
    }

    /**
     * The ITL a TFTP node serves: ITLRecovery (SAST), the node's CallManager as SAST and TFTP,
     * every node's TVS, and CAPF.
     */
    public byte[] itl(String tftpNode, ItlSigning signing, DigestAlgorithm digest, Instant timestamp) {
        LabIdentity recovery = identity("ITLRecovery", publisher());
        LabIdentity cm = identity("CallManager", tftpNode);
        TrustListBuilder b = TrustListBuilder.itl().digest(digest).timestamp(timestamp);
        b.addRecord(record(recovery, Function.SAST, tftpNode));
        b.addRecord(record(cm, Function.SAST, tftpNode));
        b.addRecord(record(cm, Function.TFTP, tftpNode));
        for (String node : nodes) {
            b.addRecord(record(identity("TVS", node), Function.TVS, node));
        }
        b.addRecord(record(identity("CAPF", publisher()), Function.CAPF, publisher()));
        return sign(b, signing == ItlSigning.ITL_RECOVERY ? recovery : cm);
    }

    /**
     * A rollback ITL ("Prepare Cluster for Rollback to pre-8.0"): the SAST records and CAPF as in
     * {@link #itl}, but the TFTP and TVS records emptied, so phones accept any config file. Signed
     * by ITLRecovery, as CUCM 12+ does.
     */
    public byte[] rollbackItl(String tftpNode, DigestAlgorithm digest, Instant timestamp) {
        return rollbackItl(tftpNode, ItlSigning.ITL_RECOVERY, digest, timestamp);
    }

    /** A rollback ITL signed as {@code signing} says. */
    public byte[] rollbackItl(String tftpNode, ItlSigning signing, DigestAlgorithm digest, Instant timestamp) {
        LabIdentity recovery = identity("ITLRecovery", publisher());
        LabIdentity cm = identity("CallManager", tftpNode);
        TrustListBuilder b = TrustListBuilder.itl().digest(digest).timestamp(timestamp);
        b.addRecord(record(recovery, Function.SAST, tftpNode));
        b.addRecord(record(cm, Function.SAST, tftpNode));
        b.addRecord(RecordSpec.emptied(Function.TFTP, fqdn(tftpNode), null));
        for (String node : nodes) {
            b.addRecord(RecordSpec.emptied(Function.TVS, fqdn(node), null));
        }
        b.addRecord(record(identity("CAPF", publisher()), Function.CAPF, publisher()));
        return sign(b, signing == ItlSigning.ITL_RECOVERY ? recovery : cm);
    }

    /** A per-phone ITL ({@code ITLSEP<MAC>.tlv}): ITLRecovery, the TFTP certificate and the node's TVS. */
    public byte[] itlSep(String tftpNode, DigestAlgorithm digest, Instant timestamp) {
        LabIdentity recovery = identity("ITLRecovery", publisher());
        TrustListBuilder b = TrustListBuilder.itl().digest(digest).timestamp(timestamp);
        b.addRecord(record(recovery, Function.SAST, tftpNode));
        b.addRecord(record(identity("CallManager", tftpNode), Function.TFTP, tftpNode));
        b.addRecord(record(identity("TVS", tftpNode), Function.TVS, tftpNode));
        return sign(b, recovery);
    }

    /** A tokenless CTL (mixed mode): ITLRecovery and publisher CallManager as SAST, CCM+TFTP per node, CAPF. */
    public byte[] ctl(DigestAlgorithm digest, Instant timestamp) {
        LabIdentity recovery = identity("ITLRecovery", publisher());
        TrustListBuilder b = TrustListBuilder.ctl().digest(digest).timestamp(timestamp);
        b.addRecord(record(recovery, Function.SAST, publisher()));
        b.addRecord(record(identity("CallManager", publisher()), Function.SAST, publisher()));
        for (String node : nodes) {
            b.addRecord(record(identity("CallManager", node), Function.CCM_TFTP, node));
        }
        b.addRecord(record(identity("CAPF", publisher()), Function.CAPF, publisher()));
        return sign(b, recovery);
    }

    /** A configuration file signed by the TFTP node's CallManager key ({@code SEP<MAC>.cnf.xml.sgn}). */
    public byte[] signedFile(String tftpNode, String fileName, byte[] payload, DigestAlgorithm digest, Instant timestamp) {
        TrustListBuilder b = TrustListBuilder.signedFile(fileName, payload).digest(digest).timestamp(timestamp);
        return sign(b, identity("CallManager", tftpNode));
    }

    /**
     * Writes a set of sample files into {@code dir}: {@code ITLFile.tlv} (CUCM 12+),
     * {@code ITLFile-pre12.tlv}, {@code CTLFile.tlv}, {@code ITLSEP<MAC>.tlv},
     * {@code SEP<MAC>.cnf.xml.sgn} and the certificates as PEM. Each file is written to a temporary
     * file and moved into place.
     */
    public List<Path> writeSamples(Path dir, String mac, Instant timestamp) throws IOException {
        Files.createDirectories(dir);
        String pub = publisher();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("ITLFile.tlv", itl(pub, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, timestamp));
        files.put("ITLFile-pre12.tlv", itl(pub, ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, timestamp));
        files.put("CTLFile.tlv", ctl(DigestAlgorithm.SHA1, timestamp));
        files.put("ITLSEP" + mac + ".tlv", itlSep(pub, DigestAlgorithm.SHA1, timestamp));
        String config = "<device><deviceProtocol>SIP</deviceProtocol><devicePool><name>Lab</name></devicePool></device>\n";
        files.put("SEP" + mac + ".cnf.xml.sgn", signedFile(pub, "SEP" + mac + ".cnf.xml",
                config.getBytes(StandardCharsets.UTF_8), DigestAlgorithm.SHA512, timestamp));
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            written.add(writeAtomically(dir.resolve(e.getKey()), e.getValue()));
        }
        written.addAll(writeCertificates(dir.resolve("certs")));
        return written;
    }

    /**
     * Writes every certificate as PEM into {@code dir}, named as CUCM's exports are gathered per node:
     * {@code <node>-<role>.pem} (e.g. {@code cucm-pub-CallManager.pem}).
     */
    public List<Path> writeCertificates(Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (LabIdentity id : identities.values()) {
            written.add(writeAtomically(dir.resolve(id.node() + "-" + id.role() + ".pem"),
                    pem(id.certificate()).getBytes(StandardCharsets.US_ASCII)));
        }
        return written;
    }

    /** Writes via a temporary file in the same folder, then moves it into place ({@link AtomicFiles}). */
    public static Path writeAtomically(Path target, byte[] bytes) throws IOException {
        return AtomicFiles.write(target, bytes);
    }

    /** PEM text of a DER certificate. */
    public static String pem(byte[] der) {
        String b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }

    private RecordSpec record(LabIdentity id, Function function, String node) {
        return RecordSpec.forCertificate(id.certificate(), function, fqdn(node), null);
    }

    private static byte[] sign(TrustListBuilder b, LabIdentity signer) {
        try {
            return b.signer(signer.certificate()).sign(signer.privateKey());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing with a lab key failed", e);
        }
    }

    private void add(SeededRandom random, String role, String node, String cn, String ou, int bits, int days) {
        identities.put(role + "@" + node, create(random, role, node, cn, ou, bits, days));
    }

    private LabIdentity create(SeededRandom random, String role, String node, String cn, String ou, int bits, int days) {
        RSAKeyPairGenerator gen = new RSAKeyPairGenerator();
        gen.init(new RSAKeyGenerationParameters(PUBLIC_EXPONENT, random, bits, 100));
        AsymmetricCipherKeyPair pair = gen.generateKeyPair();
        try {
            KeyFactory kf = KeyFactory.getInstance("RSA");
            RSAKeyParameters pub = (RSAKeyParameters) pair.getPublic();
            RSAPrivateCrtKeyParameters priv = (RSAPrivateCrtKeyParameters) pair.getPrivate();
            PublicKey publicKey = kf.generatePublic(new RSAPublicKeySpec(pub.getModulus(), pub.getExponent()));
            PrivateKey privateKey = kf.generatePrivate(new RSAPrivateCrtKeySpec(priv.getModulus(), priv.getPublicExponent(),
                    priv.getExponent(), priv.getP(), priv.getQ(), priv.getDP(), priv.getDQ(), priv.getQInv()));
            X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "US").addRDN(BCStyle.ST, "NC")
                    .addRDN(BCStyle.L, "RTP").addRDN(BCStyle.O, "VoiceBench Lab").addRDN(BCStyle.OU, ou)
                    .addRDN(BCStyle.CN, cn).build();
            byte[] serialBytes = new byte[16];
            random.nextBytes(serialBytes);
            BigInteger serial = new BigInteger(1, serialBytes);
            X509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(name, serial, Date.from(issued),
                    Date.from(issued.plus(days, ChronoUnit.DAYS)), name, publicKey);
            byte[] der = cb.build(new JcaContentSignerBuilder("SHA256withRSA").build(privateKey)).getEncoded();
            return new LabIdentity(role, node, der, privateKey);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make lab certificate " + role + "@" + node, e);
        }
    }

    private static String cn(byte[] der) {
        X500Name subject = org.bouncycastle.asn1.x509.Certificate.getInstance(der).getSubject();
        return org.bouncycastle.asn1.x500.style.IETFUtils.valueToString(subject.getRDNs(BCStyle.CN)[0].getFirst().getValue());
    }
}
