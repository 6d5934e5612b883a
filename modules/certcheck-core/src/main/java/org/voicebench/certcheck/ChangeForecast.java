package org.voicebench.certcheck;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * The cluster after a planned change, computed from its real ITLs: certificates regenerated
 * ({@link Regeneration}) and/or the phones moved to another cluster (its ITLs or certificates), and what the comparer
 * says a phone holding a given ITL does then ({@link #check}). A regenerated certificate is not known before it is
 * made, so it is modelled by a <b>stand-in</b> with the old subject and role and another identity: enough for the
 * comparer, which decides by certificate identity (is the new signer a SAST record of the phone's list, does a TVS of
 * its list still present the certificate it knows). Pure computation: no file or network access.
 *
 * <pre>{@code
 * ChangeForecast f = ChangeForecast.from(currentItls)
 *         .regenerate(new Regeneration(CertificateRole.ITL_RECOVERY, null))
 *         .regenerate(new Regeneration(CertificateRole.TVS, null))
 *         .build();
 * f.nextItls();                  // which records change, who signs
 * f.check(phoneItl).verdict();   // OK, RECOVERABLE_VIA_TVS or PHONES_WILL_REJECT
 * }</pre>
 */
public final class ChangeForecast {

    /** What stand-ins are valid for: long enough never to be reported as expiring. */
    private static final Duration STAND_IN_VALIDITY = Duration.ofDays(5 * 365);

    private final List<TrustList> currentItls;
    private final List<TrustList> targetItls;
    private final List<Regeneration> regenerations;
    private final List<ClusterCertificate> certificates;
    private final Set<String> replaced;
    private final SigningRule signing;
    private final Instant at;
    private final boolean migrating;

    private ChangeForecast(Builder b) {
        this.currentItls = List.copyOf(b.currentItls);
        this.targetItls = List.copyOf(b.targetItls);
        this.regenerations = List.copyOf(b.regenerations);
        this.at = b.at;
        this.migrating = b.migrating;
        List<ClusterCertificate> base = new ClusterView(b.targetCertificates, migrating ? targetItls : currentItls).all();
        if (base.isEmpty()) {
            throw new IllegalArgumentException("nothing to predict from: give the cluster's current ITLs"
                    + (migrating ? " and the target cluster's ITLs or certificates" : ""));
        }
        this.signing = signingOf(migrating ? targetItls : currentItls);
        Set<String> gone = new LinkedHashSet<>();
        List<ClusterCertificate> after = new ArrayList<>();
        for (Regeneration r : regenerations) {
            if (base.stream().noneMatch(r::replaces)) {
                throw new IllegalArgumentException("regenerate " + r.label() + ": the cluster has no such certificate"
                        + " (it has " + String.join(", ", labels(base)) + ")");
            }
        }
        for (ClusterCertificate c : base) {
            Regeneration r = regenerations.stream().filter(x -> x.replaces(c)).findFirst().orElse(null);
            if (r == null) {
                after.add(c);
            } else {
                gone.add(c.sha256());
                after.add(standIn(c, r));
            }
        }
        if (migrating) {
            for (TrustList itl : currentItls) { // every certificate of this cluster is gone
                for (TrustRecord rec : itl.records()) {
                    if (rec.certificate() != null && after.stream().noneMatch(c -> c.sha256().equals(rec.certificate().sha256()))) {
                        gone.add(rec.certificate().sha256());
                    }
                }
            }
        }
        this.certificates = List.copyOf(after);
        this.replaced = Set.copyOf(gone);
    }

    /** A forecast starting from the ITL each TFTP node serves now. */
    public static Builder from(List<TrustList> currentItls) {
        return new Builder(currentItls);
    }

    /** The cluster's certificates after the change (stand-ins for the regenerated ones). */
    public List<ClusterCertificate> certificates() {
        return certificates;
    }

    /** Who signs the ITLs after the change. */
    public SigningRule signing() {
        return signing;
    }

    public List<Regeneration> regenerations() {
        return regenerations;
    }

    /** True when the phones move to another cluster. */
    public boolean migrating() {
        return migrating;
    }

    /** Per current ITL (one per TFTP node): which records change and who signs after the change. */
    public List<NextItl> nextItls() {
        List<NextItl> out = new ArrayList<>();
        for (TrustList itl : currentItls) {
            List<NextItl.ChangedRecord> changed = new ArrayList<>();
            for (TrustRecord r : itl.records()) {
                CertificateInfo info = r.certificate();
                if (info != null && replaced.contains(info.sha256())) {
                    ClusterCertificate now = new ClusterCertificate(ClusterView.roleOf(r, info), ClusterView.nodeOf(r),
                            List.of(itl.source()), info, null);
                    changed.add(new NextItl.ChangedRecord(r.index(), r.functionLabel(), info.subject(), now.label()));
                }
            }
            TrustRecord signerRecord = signerRecord(itl);
            String before = signerRecord == null ? "unknown" : describe(signerRecord);
            boolean signerChanged = signerRecord != null && signerRecord.certificate() != null
                    && replaced.contains(signerRecord.certificate().sha256());
            out.add(new NextItl(nodeOf(itl), itl.source(), changed, before, signerAfter(itl, signerRecord, signerChanged),
                    signerChanged));
        }
        return out;
    }

    /**
     * What the comparer says a phone holding {@code phoneList} does with the cluster's files after the change.
     * Phones moved to a cluster whose ITLs were given (nothing regenerated on top) are checked against those very ITLs.
     */
    public TrustCheckReport check(TrustList phoneList) {
        TrustCheck check = TrustCheck.of(phoneList).at(at);
        if (!targetItls.isEmpty() && regenerations.isEmpty()) {
            targetItls.forEach(check::clusterList);
            return check.certificates(certificates).run();
        }
        return check.certificates(certificates).signing(signing).run();
    }

    private String signerAfter(TrustList itl, TrustRecord signerRecord, boolean changed) {
        if (!targetItls.isEmpty()) {
            TrustRecord target = signerRecord(targetItls.get(0));
            return target == null ? "the target cluster's signer (unknown)" : "the target cluster's " + describe(target);
        }
        if (signerRecord == null) {
            return signing == SigningRule.CUCM_12 ? "ITLRecovery" : "the node's CallManager";
        }
        return changed ? "a new " + describe(signerRecord) + " (regenerated)" : describe(signerRecord) + " (unchanged)";
    }

    private static TrustRecord signerRecord(TrustList itl) {
        SignatureResult r = SignatureVerifier.verify(itl);
        return r.signerRecord() == null ? null : itl.records().get(r.signerRecord() - 1);
    }

    private static String describe(TrustRecord r) {
        CertificateInfo info = r.certificate();
        return info == null ? "record " + r.index() : ClusterView.roleOf(r, info).label() + " ("
                + ClusterView.commonName(info.subject()) + ")";
    }

    private static String nodeOf(TrustList itl) {
        for (TrustRecord r : itl.records()) {
            if (r.hasFunction(org.voicebench.trust.Function.TFTP) || r.hasFunction(org.voicebench.trust.Function.CCM_TFTP)) {
                String n = ClusterView.nodeOf(r);
                if (n != null) {
                    return n;
                }
            }
        }
        return itl.source();
    }

    /** CUCM 12+ when the lists are signed by ITLRecovery, before 12 when by a CallManager; AUTO when not told. */
    private static SigningRule signingOf(List<TrustList> itls) {
        for (TrustList itl : itls) {
            TrustRecord r = signerRecord(itl);
            if (r != null && r.certificate() != null) {
                return ClusterView.roleOf(r, r.certificate()) == CertificateRole.ITL_RECOVERY ? SigningRule.CUCM_12
                        : SigningRule.PRE_12;
            }
        }
        return SigningRule.AUTO;
    }

    private ClusterCertificate standIn(ClusterCertificate old, Regeneration r) {
        CertificateInfo o = old.certificate();
        byte[] der = ("VoiceBench stand-in for the certificate that regenerating " + old.label() + " will make (replacing "
                + o.sha256() + ")").getBytes(StandardCharsets.UTF_8);
        CertificateInfo info = new CertificateInfo(der, o.subject(), o.subject(), new BigInteger(1, digest("SHA-1", der)),
                at, at.plus(STAND_IN_VALIDITY), o.keyAlgorithm(), o.keyBits(), hex(digest("SHA-1", der)),
                hex(digest("SHA-256", der)));
        return new ClusterCertificate(old.role(), old.node(), List.of("planned change: regenerate " + r.label()), info,
                "not made yet: a stand-in with the old subject and a new key");
    }

    private static List<String> labels(List<ClusterCertificate> certs) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        certs.forEach(c -> out.put(c.label(), true));
        return new ArrayList<>(out.keySet());
    }

    private static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is always available", e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }

    /** What the change is; every setter returns the builder. */
    public static final class Builder {
        private final List<TrustList> currentItls;
        private final List<TrustList> targetItls = new ArrayList<>();
        private final List<ClusterCertificate> targetCertificates = new ArrayList<>();
        private final List<Regeneration> regenerations = new ArrayList<>();
        private boolean migrating;
        private Instant at = Instant.now();

        private Builder(List<TrustList> currentItls) {
            this.currentItls = List.copyOf(Objects.requireNonNull(currentItls, "currentItls"));
            if (currentItls.isEmpty()) {
                throw new IllegalArgumentException("the cluster's current ITLs are needed to predict a change");
            }
        }

        public Builder regenerate(Regeneration r) {
            regenerations.add(Objects.requireNonNull(r, "r"));
            return this;
        }

        /** The phones move to the cluster whose ITLs (one per TFTP node) and/or certificates are given. */
        public Builder migrateTo(List<TrustList> itls, List<ClusterCertificate> certs) {
            targetItls.addAll(itls);
            targetCertificates.addAll(certs);
            migrating = true;
            return this;
        }

        /** The time certificates are judged at (default now). */
        public Builder at(Instant value) {
            at = Objects.requireNonNull(value, "value");
            return this;
        }

        /** @throws IllegalArgumentException naming what cannot be predicted (e.g. a role the cluster does not have) */
        public ChangeForecast build() {
            if (regenerations.isEmpty() && !migrating) {
                throw new IllegalArgumentException("no change given: regenerate a certificate or migrate the phones");
            }
            return new ChangeForecast(this);
        }
    }
}
