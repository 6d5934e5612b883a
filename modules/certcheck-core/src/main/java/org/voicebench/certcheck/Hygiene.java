package org.voicebench.certcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * The checks that do not decide the verdict but break or weaken trust on their own: size, expiry,
 * weak recovery key, rollback ITL, CTL state, and the phone's copy's own signature.
 */
final class Hygiene {

    private final TrustList phoneList;
    private final TrustList clusterList;
    private final ClusterView cluster;
    private final Instant now;
    private final Duration expiryWindow;
    private final Findings findings;

    Hygiene(TrustList phoneList, TrustList clusterList, ClusterView cluster, Instant now, Duration expiryWindow,
            Findings findings) {
        this.phoneList = phoneList;
        this.clusterList = clusterList;
        this.cluster = cluster;
        this.now = now;
        this.expiryWindow = expiryWindow;
        this.findings = findings;
    }

    /** A rollback ITL: TVS or TFTP records that carry no certificate. */
    static boolean isRollback(TrustList list) {
        if (list.type() != FileType.ITL) {
            return false;
        }
        for (TrustRecord r : list.records()) {
            if ((r.hasFunction(Function.TVS) || r.hasFunction(Function.TFTP)) && r.certificate() == null) {
                return true;
            }
        }
        return false;
    }

    void check() {
        ownSignature();
        size(phoneList, Severity.WARNING, "phone's");
        size(clusterList, Severity.CRITICAL, "cluster's");
        rollback(phoneList, RecordRef.PHONE, "The phone holds a rollback ITL");
        rollback(clusterList, RecordRef.CLUSTER, "The cluster serves a rollback ITL");
        ctl(phoneList, RecordRef.PHONE, "the phone's");
        ctl(clusterList, RecordRef.CLUSTER, "the cluster's");
        weakRecoveryKey();
        expiry();
    }

    private void ownSignature() {
        SignatureResult self = SignatureVerifier.verify(phoneList);
        if (self.status() == SignatureStatus.INVALID) {
            findings.add(FindingCode.SIGNATURE_INVALID, Severity.WARNING, "The phone's " + phoneList.type() + " "
                            + phoneList.source() + " fails its own signature check (" + self.detail()
                            + "): the copy checked may be altered.", Remedies.SIGNATURE_INVALID,
                    self.signerRecord() == null ? List.of() : List.of(new RecordRef(RecordRef.PHONE,
                            self.signerRecord())), List.of());
        }
    }

    private void size(TrustList list, Severity severity, String whose) {
        if (list != null && list.size() > TrustList.PHONE_SIZE_LIMIT) {
            findings.add(FindingCode.ITL_TOO_LARGE, severity, "The " + whose + " " + list.type()
                            + " " + list.source() + " is " + list.size() + " bytes (" + list.records().size()
                            + " records): phones fail to load trust lists over 64 KB.", Remedies.ITL_TOO_LARGE,
                    List.of(), List.of());
        }
    }

    private void rollback(TrustList list, String which, String what) {
        if (list == null || !isRollback(list)) {
            return;
        }
        List<RecordRef> empty = new ArrayList<>();
        for (TrustRecord r : list.records()) {
            if ((r.hasFunction(Function.TVS) || r.hasFunction(Function.TFTP)) && r.certificate() == null) {
                empty.add(new RecordRef(which, r.index()));
            }
        }
        findings.add(FindingCode.ROLLBACK_ITL, Severity.WARNING, what + " (" + list.source() + "): its TVS/TFTP"
                + " records carry no certificate, so phones holding it accept any file and their HTTPS services"
                + " fail.", Remedies.ROLLBACK_ITL, empty, List.of());
    }

    private void ctl(TrustList list, String which, String whose) {
        if (list == null || list.type() != FileType.CTL) {
            return;
        }
        List<RecordRef> emptied = new ArrayList<>();
        for (TrustRecord r : list.recordsWith(Function.CCM_TFTP)) {
            if (r.certificate() == null) {
                emptied.add(new RecordRef(which, r.index()));
            }
        }
        if (!emptied.isEmpty()) {
            findings.add(FindingCode.CTL_RECORDS_EMPTIED, Severity.WARNING, "The CCM+TFTP records of " + whose
                    + " CTL (" + list.source() + ") are emptied: the cluster was switched back to non-secure mode.",
                    Remedies.CTL_RECORDS_EMPTIED, emptied, List.of());
        }
        List<ClusterCertificate> valid = new ArrayList<>(cluster.withRole(CertificateRole.ITL_RECOVERY));
        valid.addAll(cluster.withRole(CertificateRole.CALLMANAGER));
        if (valid.isEmpty()) {
            return; // nothing known to judge the SAST set by
        }
        List<RecordRef> sast = new ArrayList<>();
        for (TrustRecord r : list.recordsWith(Function.SAST)) {
            sast.add(new RecordRef(which, r.index()));
            if (r.certificate() != null && valid.stream().anyMatch(c -> c.sha256().equals(r.certificate().sha256()))) {
                return;
            }
        }
        findings.add(FindingCode.CTL_NO_VALID_SAST, Severity.CRITICAL, "No SAST record of " + whose + " CTL ("
                        + list.source() + ") is the cluster's current ITLRecovery or a CallManager certificate:"
                        + " phones holding it cannot accept a new CTL.", Remedies.CTL_NO_VALID_SAST, sast,
                valid);
    }

    /** A weak ITLRecovery key, known from the cluster's certificates, the phone's SAST records, or both. */
    private record WeakKey(ClusterCertificate certificate, Integer record, int bits) {
    }

    private void weakRecoveryKey() {
        Map<String, WeakKey> weak = new LinkedHashMap<>();
        for (ClusterCertificate c : cluster.withRole(CertificateRole.ITL_RECOVERY)) {
            if (isWeak(c.certificate())) {
                weak.put(c.sha256(), new WeakKey(c, null, c.certificate().keyBits()));
            }
        }
        for (TrustRecord r : phoneList.recordsWith(Function.SAST)) {
            CertificateInfo info = r.certificate();
            if (info != null && isWeak(info)
                    && ClusterView.commonName(info.subject()).toUpperCase(Locale.ROOT).startsWith("ITLRECOVERY")) {
                WeakKey seen = weak.get(info.sha256());
                weak.put(info.sha256(), new WeakKey(seen == null ? null : seen.certificate(), r.index(), info.keyBits()));
            }
        }
        for (WeakKey w : weak.values()) {
            findings.add(FindingCode.WEAK_RECOVERY_KEY, Severity.WARNING, "The ITLRecovery key is " + w.bits()
                            + " bits: CUCM does not use keys under 2048 bits for the recovery procedure.",
                    Remedies.WEAK_RECOVERY_KEY,
                    w.record() == null ? List.of() : List.of(new RecordRef(RecordRef.PHONE, w.record())),
                    w.certificate() == null ? List.of() : List.of(w.certificate()));
        }
    }

    private static boolean isWeak(CertificateInfo info) {
        return info.keyBits() > 0 && info.keyBits() < 2048;
    }

    /** Every distinct certificate (cluster and phone records) once. */
    private void expiry() {
        Map<String, ClusterCertificate> clusterCerts = new LinkedHashMap<>();
        for (ClusterCertificate c : cluster.all()) {
            clusterCerts.put(c.sha256(), c);
        }
        Map<String, List<Integer>> phoneRecords = new LinkedHashMap<>();
        Map<String, CertificateInfo> phoneCerts = new LinkedHashMap<>();
        for (TrustRecord r : phoneList.records()) {
            CertificateInfo info = r.certificate();
            if (info != null) {
                phoneRecords.computeIfAbsent(info.sha256(), k -> new ArrayList<>()).add(r.index());
                phoneCerts.putIfAbsent(info.sha256(), info);
            }
        }
        Map<String, CertificateInfo> all = new LinkedHashMap<>();
        clusterCerts.forEach((k, c) -> all.put(k, c.certificate()));
        phoneCerts.forEach(all::putIfAbsent);
        for (Map.Entry<String, CertificateInfo> e : all.entrySet()) {
            CertificateInfo info = e.getValue();
            ClusterCertificate c = clusterCerts.get(e.getKey());
            List<RecordRef> records = Findings.phone(phoneRecords.getOrDefault(e.getKey(), List.of()));
            String name = (c != null ? c.label() + " " : "") + ClusterView.commonName(info.subject()) + " (serial "
                    + info.serialHex() + ")";
            if (info.expiredAt(now)) {
                findings.add(FindingCode.CERT_EXPIRED, Severity.WARNING, "The certificate " + name + " expired on "
                        + info.notAfter() + ".", Remedies.CERT_EXPIRED, records, c == null ? List.of() : List.of(c));
            } else if (!info.notAfter().isAfter(now.plus(expiryWindow))) {
                long days = Duration.between(now, info.notAfter()).toDays();
                findings.add(FindingCode.CERT_EXPIRES_SOON, Severity.INFO, "The certificate " + name + " expires on "
                                + info.notAfter() + " (in " + days + " days).", Remedies.CERT_EXPIRES_SOON, records,
                        c == null ? List.of() : List.of(c));
            }
        }
    }

}
