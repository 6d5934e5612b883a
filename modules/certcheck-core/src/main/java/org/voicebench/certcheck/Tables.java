package org.voicebench.certcheck;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * The two tables of a check: each cluster certificate against the phone's list, and each record of
 * the phone's list against the cluster. Also works out which CallManager is the phone's TFTP node.
 */
final class Tables {

    /** The order of a trust list: ITLRecovery, CallManager, TVS, CAPF, then the rest; nodes by name. */
    private static final java.util.Comparator<CertificateRow> BY_ROLE_AND_NODE = java.util.Comparator
            .comparingInt((CertificateRow r) -> List.of(CertificateRole.ITL_RECOVERY, CertificateRole.CALLMANAGER,
                    CertificateRole.CALLMANAGER_ECDSA, CertificateRole.TVS, CertificateRole.CAPF, CertificateRole.TOMCAT,
                    CertificateRole.UNKNOWN).indexOf(r.certificate().role()))
            .thenComparing(r -> r.certificate().node() == null ? "" : r.certificate().node());

    private final TrustList phoneList;
    private final ClusterView cluster;
    private final ClusterCertificate tftpCallManager;
    private final List<RecordRow> recordRows = new ArrayList<>();
    private final List<CertificateRow> certificateRows = new ArrayList<>();

    Tables(TrustList phoneList, TrustList clusterList, ClusterView cluster) {
        this.phoneList = phoneList;
        this.cluster = cluster;
        this.tftpCallManager = findTftpCallManager(clusterList);
        for (TrustRecord r : phoneList.records()) {
            recordRows.add(recordRow(r));
        }
        for (ClusterCertificate c : cluster.all()) {
            certificateRows.add(certificateRow(c));
        }
        certificateRows.sort(BY_ROLE_AND_NODE);
    }

    /** The current CallManager certificate of the phone's TFTP node (it signs config files), or null when unknown. */
    ClusterCertificate tftpCallManager() {
        return tftpCallManager;
    }

    List<RecordRow> recordRows() {
        return List.copyOf(recordRows);
    }

    List<CertificateRow> certificateRows() {
        return List.copyOf(certificateRows);
    }

    RecordRow row(TrustRecord r) {
        return recordRows.get(r.index() - 1);
    }

    /** Records of the phone's list with a CURRENT certificate. */
    List<RecordRow> current() {
        return recordRows.stream().filter(r -> r.status() == RecordStatus.CURRENT).toList();
    }

    /** Adds the findings the tables show: changed, missing, stale and unknown. */
    void report(Findings findings) {
        for (CertificateRow row : certificateRows) {
            ClusterCertificate c = row.certificate();
            if (row.status() == CertificateStatus.REGENERATED) {
                findings.add(FindingCode.CERT_CHANGED, Severity.WARNING, "The " + c.label()
                                + " certificate was regenerated: the phone's list holds the old one for "
                                + ClusterView.commonName(c.certificate().subject()) + " (" + recordWords(row.records()) + ").",
                        Remedies.CERT_CHANGED, Findings.phone(row.records()), List.of(c));
            } else if (row.status() == CertificateStatus.MISSING) {
                findings.add(FindingCode.CERT_MISSING_FROM_ITL, Severity.WARNING, "The " + c.label()
                                + " certificate (" + ClusterView.commonName(c.certificate().subject())
                                + ") is not in the phone's " + phoneList.type() + ".",
                        Remedies.CERT_MISSING, List.of(), List.of(c));
            }
        }
        List<RecordRow> stale = recordRows.stream().filter(r -> r.status() == RecordStatus.STALE).toList();
        if (!stale.isEmpty()) {
            findings.add(FindingCode.STALE_RECORD, Severity.INFO, capitalized(recordWords(indexes(stale)))
                            + " of the phone's list " + (stale.size() == 1 ? "holds a certificate" : "hold certificates")
                            + " the cluster has replaced.",
                    Remedies.STALE_RECORD, Findings.phone(indexes(stale)), matches(stale));
        }
        List<RecordRow> unknown = recordRows.stream().filter(r -> r.status() == RecordStatus.UNKNOWN).toList();
        if (!unknown.isEmpty()) {
            findings.add(FindingCode.UNKNOWN_RECORD, Severity.INFO, capitalized(recordWords(indexes(unknown)))
                            + " of the phone's list " + (unknown.size() == 1 ? "holds a certificate" : "hold certificates")
                            + " the cluster does not know (another cluster, or certificates not supplied).",
                    Remedies.UNKNOWN_RECORD, Findings.phone(indexes(unknown)), List.of());
        }
    }

    static List<Integer> indexes(List<RecordRow> rows) {
        return rows.stream().map(r -> r.record().index()).toList();
    }

    /** {@code record 2} or {@code records 2, 3}. */
    static String recordWords(List<Integer> indexes) {
        return (indexes.size() == 1 ? "record " : "records ") + join(indexes);
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String join(List<Integer> indexes) {
        return String.join(", ", indexes.stream().map(String::valueOf).toList());
    }

    private static List<ClusterCertificate> matches(List<RecordRow> rows) {
        return rows.stream().map(RecordRow::match).filter(java.util.Objects::nonNull).distinct().toList();
    }

    private RecordRow recordRow(TrustRecord r) {
        CertificateInfo info = r.certificate();
        if (info == null) {
            return new RecordRow(r, RecordStatus.EMPTY, null, r.emptied() ? "the record carries no certificate"
                    : "the record's certificate is unreadable: " + r.certificateProblem());
        }
        ClusterCertificate same = cluster.bySha256(info.sha256());
        if (same != null) {
            return new RecordRow(r, RecordStatus.CURRENT, same, "current " + same.label() + " certificate");
        }
        ClusterCertificate replacement = cluster.replacementOf(info, functions(r));
        if (replacement != null) {
            return new RecordRow(r, RecordStatus.STALE, replacement, "replaced by the cluster's " + replacement.label()
                    + " certificate (serial " + replacement.certificate().serialHex() + ")");
        }
        return new RecordRow(r, RecordStatus.UNKNOWN, null, "no cluster certificate has this subject");
    }

    private CertificateRow certificateRow(ClusterCertificate c) {
        Set<Function> roles = ClusterView.functionsFor(c.role());
        List<Integer> same = new ArrayList<>();
        boolean rightRole = false;
        for (TrustRecord r : phoneList.records()) {
            CertificateInfo info = r.certificate();
            if (info != null && info.sha256().equals(c.sha256())) {
                same.add(r.index());
                rightRole |= r.function() != null && roles.contains(r.function());
            }
        }
        if (!same.isEmpty()) {
            return rightRole ? new CertificateRow(c, CertificateStatus.PRESENT, same, "in " + recordWords(same))
                    : new CertificateRow(c, CertificateStatus.PRESENT_OTHER_ROLE, same, "in " + recordWords(same)
                    + " but not as " + c.role().label());
        }
        List<Integer> replaced = new ArrayList<>();
        for (TrustRecord r : phoneList.records()) {
            CertificateInfo info = r.certificate();
            if (info != null && r.function() != null && roles.contains(r.function())
                    && info.subject().equals(c.certificate().subject())) {
                replaced.add(r.index());
            }
        }
        if (!replaced.isEmpty()) {
            return new CertificateRow(c, CertificateStatus.REGENERATED, replaced, recordWords(replaced)
                    + (replaced.size() == 1 ? " holds" : " hold") + " an older certificate with the same subject");
        }
        return expected(c) ? new CertificateRow(c, CertificateStatus.MISSING, List.of(), "not in the phone's "
                + phoneList.type()) : new CertificateRow(c, CertificateStatus.NOT_EXPECTED, List.of(),
                "a " + phoneList.type() + " does not carry it");
    }

    /** Whether this kind of trust list should carry the certificate (CUCM semantics of the format notes). */
    private boolean expected(ClusterCertificate c) {
        boolean ctl = phoneList.type() == FileType.CTL;
        boolean perPhone = phoneList.source().toUpperCase(Locale.ROOT).contains("ITLSEP");
        return switch (c.role()) {
            case ITL_RECOVERY, CAPF -> !perPhone || c.role() == CertificateRole.ITL_RECOVERY;
            case CALLMANAGER -> ctl || c.equals(tftpCallManager);
            case TVS -> !ctl && (!perPhone || sameNode(c, tftpCallManager));
            case CALLMANAGER_ECDSA, TOMCAT, UNKNOWN -> false;
        };
    }

    private static boolean sameNode(ClusterCertificate a, ClusterCertificate b) {
        return b != null && a.node() != null && a.node().equalsIgnoreCase(b.node());
    }

    private static Set<Function> functions(TrustRecord r) {
        return r.function() == null ? EnumSet.noneOf(Function.class) : EnumSet.of(r.function());
    }

    private ClusterCertificate findTftpCallManager(TrustList clusterList) {
        for (TrustRecord r : phoneList.records()) {
            CertificateInfo info = r.certificate();
            if (info == null || !(r.hasFunction(Function.TFTP) || r.hasFunction(Function.CCM_TFTP))) {
                continue;
            }
            ClusterCertificate same = cluster.bySha256(info.sha256());
            if (same != null && same.role() == CertificateRole.CALLMANAGER) {
                return same;
            }
            ClusterCertificate replacement = cluster.replacementOf(info, EnumSet.of(Function.TFTP, Function.CCM_TFTP));
            if (replacement != null && replacement.role() == CertificateRole.CALLMANAGER) {
                return replacement;
            }
        }
        if (clusterList != null && clusterList.type() == FileType.ITL) {
            for (TrustRecord r : clusterList.recordsWith(Function.TFTP)) {
                if (r.certificate() != null) {
                    return cluster.bySha256(r.certificate().sha256());
                }
            }
        }
        List<ClusterCertificate> callManagers = cluster.withRole(CertificateRole.CALLMANAGER);
        return callManagers.size() == 1 ? callManagers.get(0) : null;
    }
}
