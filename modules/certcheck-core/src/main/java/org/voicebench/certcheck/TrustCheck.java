package org.voicebench.certcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.voicebench.trust.FileType;
import org.voicebench.trust.TrustList;

/**
 * Answers "will phones holding this trust list still trust the cluster?" the way a phone decides
 * (see {@code trust-list-format.md}, "When a phone accepts a new ITL or a signed config"):
 *
 * <pre>{@code
 * TrustCheckReport r = TrustCheck.of(phoneItl)
 *         .clusterList(currentItl)                      // optional
 *         .certificates(ClusterCertificates.load(dir).certificates())
 *         .configFile(sgn)                              // optional
 *         .run();
 * r.verdict(); r.reasoning(); r.findings();
 * }</pre>
 *
 * At least the cluster's certificates or its current trust list must be given.
 */
public final class TrustCheck {

    /** Certificates expiring within this window get {@link FindingCode#CERT_EXPIRES_SOON}. */
    public static final Duration DEFAULT_EXPIRY_WINDOW = Duration.ofDays(30);

    private final TrustList phoneList;
    private final List<TrustList> clusterLists = new ArrayList<>();
    private TrustList configFile;
    private final List<ClusterCertificate> certificates = new ArrayList<>();
    private SigningRule signing = SigningRule.AUTO;
    private Instant now = Instant.now();
    private Duration expiryWindow = DEFAULT_EXPIRY_WINDOW;

    private TrustCheck(TrustList phoneList) {
        this.phoneList = phoneList;
    }

    /**
     * Starts a check of the trust list a phone holds.
     *
     * @throws IllegalArgumentException when it is a signed file, not an ITL or CTL
     */
    public static TrustCheck of(TrustList phoneList) {
        Objects.requireNonNull(phoneList, "phoneList");
        if (phoneList.type() == FileType.SIGNED_FILE) {
            throw new IllegalArgumentException(phoneList.source() + " is a signed file, not the ITL or CTL a phone holds");
        }
        return new TrustCheck(phoneList);
    }

    /**
     * The cluster's current ITL (or CTL) as a TFTP node serves it; null is ignored. Given several
     * (one per TFTP node), the phone is checked against its own TFTP node's list and every list's
     * certificates count as the cluster's.
     */
    public TrustCheck clusterList(TrustList value) {
        if (value != null && value.type() == FileType.SIGNED_FILE) {
            throw new IllegalArgumentException(value.source() + " is a signed file, not the cluster's ITL or CTL");
        }
        if (value != null) {
            clusterLists.add(value);
        }
        return this;
    }

    /** The cluster's certificates (files, folders, TLS captures). */
    public TrustCheck certificates(List<ClusterCertificate> value) {
        certificates.addAll(value);
        return this;
    }

    /** A signed config file ({@code SEP<MAC>.cnf.xml.sgn}) to check as the phone would. */
    public TrustCheck configFile(TrustList value) {
        if (value != null && value.type() != FileType.SIGNED_FILE) {
            throw new IllegalArgumentException(value.source() + " is a trust list, not a signed config file");
        }
        configFile = value;
        return this;
    }

    /** Which key signs the cluster's ITL (default {@link SigningRule#AUTO}). */
    public TrustCheck signing(SigningRule value) {
        signing = Objects.requireNonNull(value, "value");
        return this;
    }

    /** The time to judge expiry against (default now). */
    public TrustCheck at(Instant value) {
        now = Objects.requireNonNull(value, "value");
        return this;
    }

    /** How early an expiry is reported (default 30 days). */
    public TrustCheck expiryWindow(Duration value) {
        if (value.isNegative()) {
            throw new IllegalArgumentException("the expiry window must not be negative: " + value);
        }
        expiryWindow = value;
        return this;
    }

    /**
     * Runs the check. Pure computation on the given inputs: no file or network access.
     *
     * @throws IllegalArgumentException when neither certificates nor a cluster trust list were given
     */
    public TrustCheckReport run() {
        ClusterView cluster = new ClusterView(certificates, clusterLists);
        if (cluster.isEmpty()) {
            throw new IllegalArgumentException("nothing to compare " + phoneList.source()
                    + " with: give the cluster's certificates or its current trust list");
        }
        Findings findings = new Findings();
        List<String> reasoning = new ArrayList<>();
        TrustList clusterList = NodeMatch.phonesList(phoneList, clusterLists, reasoning);
        Tables tables = new Tables(phoneList, clusterList, cluster);
        Verdict verdict = new TrustPaths(phoneList, clusterList, configFile, cluster, tables, signing, findings,
                reasoning).decide();
        tables.report(findings);
        new Hygiene(phoneList, clusterList, cluster, now, expiryWindow, findings).check();
        return new TrustCheckReport(now, phoneList, clusterList, configFile, verdict, reasoning, findings.all(),
                tables.certificateRows(), tables.recordRows());
    }
}
