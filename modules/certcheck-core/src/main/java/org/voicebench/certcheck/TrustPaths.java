package org.voicebench.certcheck;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.FileType;
import org.voicebench.trust.Function;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * Follows a phone's decision for the cluster's next trust list and config file (format notes,
 * "When a phone accepts a new ITL or a signed config"): the signer in its list with the right role,
 * else a TVS of its list that still presents the certificate the phone knows, else rejection.
 * Writes each step into the reasoning and the signer/TVS findings.
 */
final class TrustPaths {

    /** How the phone comes to accept a file. */
    private enum Path {
        /** The phone already holds exactly this list. */
        UNCHANGED,
        /** Its signer is in the phone's list with the right role (or the phone holds a rollback ITL). */
        DIRECT,
        /** Its signer is in the new ITL the phone accepts first. */
        VIA_NEW_LIST,
        /** Only a TVS can vouch for the signer. */
        VIA_TVS,
        /** Nothing lets the phone accept it. */
        REJECTED,
        /** The inputs do not say who signs it. */
        NOT_CHECKED
    }

    private static final Set<Function> CONFIG_ROLES = EnumSet.of(Function.TFTP, Function.CCM_TFTP);

    private final TrustList phoneList;
    private final TrustList clusterList;
    private final TrustList configFile;
    private final ClusterView cluster;
    private final Tables tables;
    private final SigningRule signing;
    private final Findings findings;
    private final List<String> reasoning;
    private final List<Integer> vouchingTvs = new ArrayList<>();
    private boolean tvsKnown;

    TrustPaths(TrustList phoneList, TrustList clusterList, TrustList configFile, ClusterView cluster, Tables tables,
               SigningRule signing, Findings findings, List<String> reasoning) {
        this.phoneList = phoneList;
        this.clusterList = clusterList;
        this.configFile = configFile;
        this.cluster = cluster;
        this.tables = tables;
        this.signing = signing;
        this.findings = findings;
        this.reasoning = reasoning;
    }

    Verdict decide() {
        reasoning.add("The phone holds " + phoneList.source() + " (" + phoneList.type() + ", "
                + phoneList.records().size() + " records); " + tables.current().size()
                + " of its records hold a current cluster certificate.");
        if (Hygiene.isRollback(phoneList)) {
            reasoning.add("Its TVS/TFTP records carry no certificates (a rollback ITL): the phone accepts any signed"
                    + " file, so nothing is rejected, but its HTTPS services fail.");
            return Verdict.OK;
        }
        findTvs();
        Path list = listPath();
        Path config = configPath(list);
        reportTvs(list, config);
        if (list == Path.REJECTED && (config == Path.REJECTED || config == Path.NOT_CHECKED)) {
            findings.add(FindingCode.ALL_TRUST_LOST, Severity.CRITICAL, "Nothing the phone holds lets it trust the"
                            + " cluster's new files: their signers are not in its " + phoneList.type()
                            + " and no TVS it knows can vouch for them.", Remedies.DELETE_ITL,
                    List.of(), List.of());
        }
        Verdict verdict = worst(list, config);
        reasoning.add("Verdict " + verdict + ": " + switch (verdict) {
            case OK -> "phones keep accepting the cluster's files.";
            case RECOVERABLE_VIA_TVS -> "phones recover only while they can reach a TVS that vouches for the new"
                    + " signer; offline phones will need their ITL deleted.";
            case PHONES_WILL_REJECT -> "phones will reject the cluster's files until their "
                    + phoneList.type() + " is deleted.";
        });
        return verdict;
    }

    private static Verdict worst(Path a, Path b) {
        if (a == Path.REJECTED || b == Path.REJECTED) {
            return Verdict.PHONES_WILL_REJECT;
        }
        if (a == Path.VIA_TVS || b == Path.VIA_TVS) {
            return Verdict.RECOVERABLE_VIA_TVS;
        }
        return Verdict.OK;
    }

    // ---- the cluster's next trust list

    private Path listPath() {
        String kind = phoneList.type() == FileType.CTL ? "CTL" : "ITL";
        CertificateInfo signer;
        if (clusterList != null) {
            SignatureResult self = SignatureVerifier.verify(clusterList);
            if (self.status() == SignatureStatus.INVALID) {
                findings.add(FindingCode.SIGNATURE_INVALID, Severity.CRITICAL, "The cluster's " + clusterList.type()
                                + " " + clusterList.source() + " has a bad signature: " + self.detail(),
                        Remedies.SIGNATURE_INVALID, refs(RecordRef.CLUSTER, self.signerRecord()), List.of());
                reasoning.add("The cluster's " + clusterList.type() + " fails its own signature check: phones reject it.");
                return Path.REJECTED;
            }
            if (clusterList.size() > org.voicebench.trust.TrustList.PHONE_SIZE_LIMIT) {
                reasoning.add("The cluster's " + clusterList.type() + " is " + clusterList.size()
                        + " bytes, over the 64 KB phones load: they keep their old list.");
                return Path.REJECTED;
            }
            if (Arrays.equals(clusterList.bytes(), phoneList.bytes())) {
                reasoning.add("The phone already holds the cluster's current " + clusterList.type() + " (same bytes).");
                return Path.UNCHANGED;
            }
            SignatureResult against = SignatureVerifier.verifyAgainst(clusterList, phoneList);
            if (against.status() == SignatureStatus.VALID) {
                reasoning.add("The cluster's " + clusterList.type() + " is signed by record " + against.signerRecord()
                        + " (SAST) of the phone's list: the phone accepts it.");
                return Path.DIRECT;
            }
            signer = self.signerRecord() != null ? clusterList.records().get(self.signerRecord() - 1).certificate()
                    : bySerial(clusterList.header().signerSerial());
            if (self.status() == SignatureStatus.UNVERIFIABLE) {
                findings.add(FindingCode.SIGNATURE_INVALID, Severity.WARNING, "The signature of the cluster's "
                                + clusterList.type() + " cannot be checked: " + self.detail(),
                        Remedies.SIGNATURE_INVALID, List.of(), List.of());
            }
        } else {
            signer = inferredListSigner(kind);
            if (signer == null) {
                reasoning.add("Who signs the cluster's next " + kind + " is unknown: give the cluster's " + kind
                        + " or its ITLRecovery and CallManager certificates.");
                return Path.NOT_CHECKED;
            }
            if (holds(signer, EnumSet.of(Function.SAST))) {
                reasoning.add("The cluster's " + kind + " signer (" + name(signer) + ") is a SAST record of the"
                        + " phone's list: the phone accepts the next " + kind + ".");
                return Path.DIRECT;
            }
        }
        String who = signer == null ? "an unknown key" : name(signer);
        List<ClusterCertificate> involved = signer == null || cluster.bySha256(signer.sha256()) == null ? List.of()
                : List.of(cluster.bySha256(signer.sha256()));
        List<RecordRef> sast = Findings.phone(indexes(phoneList.recordsWith(Function.SAST)));
        Path path = phoneList.type() == FileType.CTL ? Path.REJECTED : tvsPath();
        reasoning.add("The cluster's " + kind + " is signed by " + who + ", which is no SAST record of the phone's"
                + " list; " + (path == Path.VIA_TVS ? "a TVS of the phone's list can vouch for it."
                : phoneList.type() == FileType.CTL ? "phones do not ask TVS about a CTL." : "no TVS of the phone's"
                + " list can vouch for it."));
        findings.add(FindingCode.ITL_SIGNER_UNTRUSTED, path == Path.VIA_TVS ? Severity.WARNING : Severity.CRITICAL,
                "The cluster's " + kind + " is signed by " + who + ", which the phone's " + phoneList.type()
                        + " does not list as SAST" + (path == Path.VIA_TVS ? "; phones accept it only through TVS."
                        : "; phones reject it."),
                path == Path.VIA_TVS ? Remedies.KEEP_TVS
                        : phoneList.type() == FileType.CTL ? Remedies.CTL_NO_VALID_SAST : Remedies.DELETE_ITL,
                sast, involved);
        return path;
    }

    /** The certificate that signs the cluster's next list, by the signing rule. */
    private CertificateInfo inferredListSigner(String kind) {
        List<ClusterCertificate> recovery = cluster.withRole(CertificateRole.ITL_RECOVERY);
        SigningRule rule = signing;
        if (rule == SigningRule.AUTO) {
            rule = recovery.isEmpty() ? SigningRule.PRE_12 : SigningRule.CUCM_12;
            reasoning.add("No cluster " + kind + " was given: assuming " + (rule == SigningRule.CUCM_12
                    ? "CUCM 12+ signing (ITLRecovery signs it), as the ITLRecovery certificate is known."
                    : "pre-12 signing (the TFTP node's CallManager signs it), as no ITLRecovery certificate was given."));
        }
        if (rule == SigningRule.CUCM_12) {
            return recovery.isEmpty() ? null : recovery.get(0).certificate();
        }
        ClusterCertificate cm = tables.tftpCallManager();
        return cm == null ? null : cm.certificate();
    }

    // ---- the config file

    private Path configPath(Path list) {
        CertificateInfo signer;
        if (configFile != null) {
            SignatureResult against = SignatureVerifier.verifyAgainst(configFile, phoneList);
            if (against.status() == SignatureStatus.VALID) {
                reasoning.add("The config file " + configFile.source() + " is signed by record "
                        + against.signerRecord() + " (" + phoneList.records().get(against.signerRecord() - 1)
                        .functionLabel() + ") of the phone's list: the phone accepts it.");
                return Path.DIRECT;
            }
            TrustList checkedWith = against.status() == SignatureStatus.INVALID ? phoneList : clusterList;
            SignatureResult bad = against.status() == SignatureStatus.INVALID ? against
                    : clusterList == null ? null : SignatureVerifier.verifyAgainst(configFile, clusterList);
            if (bad != null && bad.status() == SignatureStatus.INVALID) {
                findings.add(FindingCode.SIGNATURE_INVALID, Severity.CRITICAL, "The config file "
                                + configFile.source() + " does not match its signer's key in "
                                + checkedWith.source() + ": " + bad.detail(), Remedies.SIGNATURE_INVALID,
                        List.of(), List.of());
                reasoning.add("The config file's signature is bad: phones reject it.");
                return Path.REJECTED;
            }
            signer = bySerial(configFile.header().signerSerial());
            if (signer == null) {
                reasoning.add("The config file is signed by " + configFile.header().signerName()
                        + " (serial " + configFile.header().signerSerialHex() + "), no certificate of the cluster.");
            }
        } else {
            ClusterCertificate cm = tables.tftpCallManager();
            if (cm == null) {
                reasoning.add("Which CallManager signs the phone's config files is unknown: give the phone's TFTP"
                        + " node's CallManager certificate or the cluster's ITL.");
                return Path.NOT_CHECKED;
            }
            signer = cm.certificate();
        }
        String who = signer == null ? "an unknown key" : name(signer);
        if (signer != null && holds(signer, CONFIG_ROLES)) {
            reasoning.add("Config files are signed by " + who + ", a TFTP record of the phone's list: accepted.");
            return Path.DIRECT;
        }
        Path path;
        if (signer != null && (list == Path.DIRECT || list == Path.VIA_TVS) && nextListHolds(signer)) {
            path = Path.VIA_NEW_LIST;
            reasoning.add("Config files are signed by " + who + ", not in the phone's list but in the new ITL it"
                    + " accepts first: accepted after it loads that ITL.");
        } else {
            path = tvsPath();
            reasoning.add("Config files are signed by " + who + ", which is no TFTP record of the phone's list; "
                    + (path == Path.VIA_TVS ? "a TVS of its list can vouch for it." : "no TVS can vouch for it."));
        }
        ClusterCertificate involved = signer == null ? null : cluster.bySha256(signer.sha256());
        Severity severity = switch (path) {
            case VIA_NEW_LIST -> Severity.INFO;
            case VIA_TVS -> Severity.WARNING;
            default -> Severity.CRITICAL;
        };
        findings.add(FindingCode.CONFIG_SIGNER_UNTRUSTED, severity, "Config files are signed by " + who
                        + ", which the phone's " + phoneList.type() + " does not list as TFTP" + switch (path) {
                            case VIA_NEW_LIST -> "; phones accept them once they load the new ITL.";
                            case VIA_TVS -> "; phones accept them only through TVS.";
                            default -> "; phones reject them and keep their old configuration.";
                        },
                switch (path) {
                    case VIA_NEW_LIST -> Remedies.CONFIG_VIA_NEW_ITL;
                    case VIA_TVS -> Remedies.KEEP_TVS;
                    default -> Remedies.DELETE_ITL;
                },
                Findings.phone(indexes(recordsWith(phoneList, CONFIG_ROLES))),
                involved == null ? List.of() : List.of(involved));
        return path;
    }

    /** Whether the cluster's next ITL lists the signer as TFTP (the given list, else the current CallManager). */
    private boolean nextListHolds(CertificateInfo signer) {
        if (clusterList != null) {
            for (TrustRecord r : recordsWith(clusterList, CONFIG_ROLES)) {
                if (r.certificate() != null && r.certificate().sha256().equals(signer.sha256())) {
                    return true;
                }
            }
            return false;
        }
        ClusterCertificate cm = tables.tftpCallManager();
        return cm != null && cm.sha256().equals(signer.sha256());
    }

    // ---- TVS

    private void findTvs() {
        Set<String> clusterTvs = new HashSet<>();
        for (ClusterCertificate c : cluster.withRole(CertificateRole.TVS)) {
            clusterTvs.add(c.sha256());
        }
        tvsKnown = !clusterTvs.isEmpty();
        for (TrustRecord r : phoneList.recordsWith(Function.TVS)) {
            if (r.certificate() != null && clusterTvs.contains(r.certificate().sha256())) {
                vouchingTvs.add(r.index());
            }
        }
    }

    private Path tvsPath() {
        return vouchingTvs.isEmpty() ? Path.REJECTED : Path.VIA_TVS;
    }

    private void reportTvs(Path list, Path config) {
        if (phoneList.type() == FileType.CTL) {
            return; // a CTL has no TVS records: TVS is the ITL's business
        }
        boolean needed = list == Path.VIA_TVS || config == Path.VIA_TVS;
        boolean missed = list == Path.REJECTED || config == Path.REJECTED;
        List<RecordRef> tvsRecords = Findings.phone(indexes(phoneList.recordsWith(Function.TVS)));
        if (!vouchingTvs.isEmpty()) {
            List<ClusterCertificate> certs = vouchingTvs.stream()
                    .map(i -> tables.recordRows().get(i - 1).match()).toList();
            findings.add(FindingCode.TVS_CAN_VOUCH, needed ? Severity.WARNING : Severity.INFO, "TVS "
                            + Tables.recordWords(vouchingTvs) + " of the phone's list still match"
                            + (vouchingTvs.size() == 1 ? "es" : "") + " the cluster's TVS"
                            + (needed ? ": phones recover through TVS, but only while they can reach it."
                            : ": a fallback if a signer changes."),
                    needed ? Remedies.KEEP_TVS : "", Findings.phone(vouchingTvs), certs);
        } else if (!tvsKnown) {
            reasoning.add("No TVS certificate of the cluster was given: TVS cannot be counted on.");
            findings.add(FindingCode.NO_TVS_MATCH, missed ? Severity.CRITICAL : Severity.WARNING, "No TVS"
                    + " certificate of the cluster was given, so no TVS of the phone's list can be shown to vouch.",
                    Remedies.TVS_NOT_GIVEN, tvsRecords, List.of());
        } else {
            findings.add(FindingCode.NO_TVS_MATCH, missed ? Severity.CRITICAL : Severity.WARNING, "No TVS record"
                            + " of the phone's list matches a TVS certificate of the cluster"
                            + (missed ? ": TVS cannot vouch for the new signers." : ": there is no fallback if a"
                            + " signer changes."), missed ? Remedies.NO_TVS_MATCH : Remedies.NO_TVS_FALLBACK,
                    tvsRecords, cluster.withRole(CertificateRole.TVS));
        }
    }

    // ---- helpers

    private boolean holds(CertificateInfo cert, Set<Function> roles) {
        for (TrustRecord r : recordsWith(phoneList, roles)) {
            if (r.certificate() != null && r.certificate().sha256().equals(cert.sha256())) {
                return true;
            }
        }
        return false;
    }

    private CertificateInfo bySerial(byte[] serial) {
        if (serial == null) {
            return null;
        }
        BigInteger wanted = new BigInteger(1, serial);
        for (ClusterCertificate c : cluster.all()) {
            if (c.certificate().serial().equals(wanted)) {
                return c.certificate();
            }
        }
        return null;
    }

    private static List<TrustRecord> recordsWith(TrustList list, Set<Function> roles) {
        return list.records().stream().filter(r -> r.function() != null && roles.contains(r.function())).toList();
    }

    private static List<Integer> indexes(List<TrustRecord> records) {
        return records.stream().map(TrustRecord::index).toList();
    }

    private static List<RecordRef> refs(String list, Integer index) {
        return index == null ? List.of() : List.of(new RecordRef(list, index));
    }

    private String name(CertificateInfo cert) {
        ClusterCertificate c = cluster.bySha256(cert.sha256());
        String cn = ClusterView.commonName(cert.subject());
        return c == null ? cn : c.label() + " (" + cn + ")";
    }
}
