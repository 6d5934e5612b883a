package org.voicebench.certcheck;

import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/** Lab clusters and the files of the comparer's scenarios, generated (keys are seeded, so runs repeat). */
final class LabFixtures {

    static final Instant YESTERDAY = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant TODAY = Instant.parse("2026-03-02T00:00:00Z");
    static final Instant CHECK_TIME = Instant.parse("2026-06-01T00:00:00Z");

    /** Cluster A, the phones' cluster; generated once (key generation takes seconds). */
    static final LabCluster A = LabCluster.standard(11);

    private LabFixtures() {
    }

    static TrustList itl(LabCluster c, LabCluster.ItlSigning signing, Instant time, String source) {
        return read(c.itl(c.publisher(), signing, DigestAlgorithm.SHA1, time), source);
    }

    static TrustList ctl(LabCluster c, Instant time, String source) {
        return read(c.ctl(DigestAlgorithm.SHA1, time), source);
    }

    static TrustList read(byte[] bytes, String source) {
        try {
            return TrustLists.read(bytes, source, CHECK_TIME);
        } catch (TrustListFormatException e) {
            throw new AssertionError("a lab file must parse: " + e.getMessage(), e);
        }
    }

    /** Every certificate of the cluster, with role and node, as loaded from its PEM files would be. */
    static List<ClusterCertificate> certificates(LabCluster c) {
        ClusterCertificates loader = ClusterCertificates.with(ClusterCertificates.Limits.DEFAULT);
        for (LabIdentity id : c.identities()) {
            loader.add(decode(id.certificate()), CertificateRole.parse(id.role()).orElseThrow(), id.node(),
                    id.node() + "-" + id.role() + ".pem");
        }
        return loader.result().certificates();
    }

    static org.voicebench.trust.CertificateInfo decode(byte[] der) {
        try {
            return org.voicebench.trust.Certificates.decode(der);
        } catch (java.security.cert.CertificateException e) {
            throw new AssertionError(e);
        }
    }

    /** The ITL CUCM serves while prepared for rollback to pre-8.0: TVS and TFTP records emptied. */
    static TrustList rollbackItl(LabCluster c, Instant time, String source) {
        String pub = c.publisher();
        LabIdentity recovery = c.identity("ITLRecovery", pub);
        TrustListBuilder b = TrustListBuilder.itl().digest(DigestAlgorithm.SHA1).timestamp(time);
        b.addRecord(RecordSpec.forCertificate(recovery.certificate(), Function.SAST, c.fqdn(pub), null));
        b.addRecord(RecordSpec.forCertificate(c.identity("CallManager", pub).certificate(), Function.SAST, c.fqdn(pub), null));
        b.addRecord(RecordSpec.emptied(Function.TFTP, c.fqdn(pub), null));
        for (String node : c.nodes()) {
            b.addRecord(RecordSpec.emptied(Function.TVS, c.fqdn(node), null));
        }
        return read(sign(b, recovery), source);
    }

    /** A CTL after {@code utils ctl set-cluster non-secure-mode}: CCM+TFTP records emptied. */
    static TrustList emptiedCtl(LabCluster c, Instant time, String source) {
        String pub = c.publisher();
        LabIdentity recovery = c.identity("ITLRecovery", pub);
        TrustListBuilder b = TrustListBuilder.ctl().digest(DigestAlgorithm.SHA1).timestamp(time);
        b.addRecord(RecordSpec.forCertificate(recovery.certificate(), Function.SAST, c.fqdn(pub), null));
        b.addRecord(RecordSpec.forCertificate(c.identity("CallManager", pub).certificate(), Function.SAST, c.fqdn(pub), null));
        for (String node : c.nodes()) {
            b.addRecord(RecordSpec.emptied(Function.CCM_TFTP, c.fqdn(node), null));
        }
        return read(sign(b, recovery), source);
    }

    /** A cluster ITL padded with {@code extraTvs} more TVS records: over 64 KB with enough of them. */
    static TrustList oversizeItl(LabCluster c, int extraTvs, Instant time, String source) {
        String pub = c.publisher();
        LabIdentity recovery = c.identity("ITLRecovery", pub);
        TrustListBuilder b = TrustListBuilder.from(itl(c, LabCluster.ItlSigning.ITL_RECOVERY, time, source));
        List<LabIdentity> tvs = new ArrayList<>();
        for (String node : c.nodes()) {
            tvs.add(c.identity("TVS", node));
        }
        for (int i = 0; i < extraTvs; i++) {
            LabIdentity t = tvs.get(i % tvs.size());
            b.addRecord(RecordSpec.forCertificate(t.certificate(), Function.TVS, "tvs-extra-" + i + ".lab.example.com", null));
        }
        return read(sign(b, recovery), source);
    }

    /** A config file signed by the node's CallManager, as CUCM's TFTP serves it. */
    static TrustList config(LabCluster c, Instant time) {
        return read(c.signedFile(c.publisher(), "SEP00BE75000001.cnf.xml",
                "<device/>".getBytes(java.nio.charset.StandardCharsets.US_ASCII), DigestAlgorithm.SHA512, time),
                "SEP00BE75000001.cnf.xml.sgn");
    }

    /** The same file with one payload byte changed (the signature no longer matches). */
    static TrustList tampered(TrustList file) {
        byte[] b = file.bytes();
        b[b.length - 2] ^= 0x20;
        return read(b, file.source());
    }

    private static byte[] sign(TrustListBuilder b, LabIdentity signer) {
        try {
            return b.signer(signer.certificate()).sign(signer.privateKey());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
