package org.voicebench.certcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.certcheck.LabFixtures.A;
import static org.voicebench.certcheck.LabFixtures.CHECK_TIME;
import static org.voicebench.certcheck.LabFixtures.TODAY;
import static org.voicebench.certcheck.LabFixtures.YESTERDAY;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;

/** One test per situation of the format notes' table: the verdict and the findings a phone's view implies. */
class TrustCheckScenariosTest {

    private static final ItlSigning CUCM12 = ItlSigning.ITL_RECOVERY;
    private static final ItlSigning PRE12 = ItlSigning.CALLMANAGER;

    @Test
    void unchangedClusterIsOk() {
        TrustList phone = LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv");
        TrustCheckReport r = check(phone, LabFixtures.itl(A, CUCM12, TODAY, "ITLFile.tlv"), A);

        assertEquals(Verdict.OK, r.verdict());
        assertEquals(Set.of(FindingCode.TVS_CAN_VOUCH), codes(r), r.findings().toString());
        assertEquals(Severity.INFO, r.findings(FindingCode.TVS_CAN_VOUCH).get(0).severity());
        assertTrue(r.records().stream().allMatch(row -> row.status() == RecordStatus.CURRENT));
    }

    @Test
    void phoneAlreadyHoldingTheClusterListIsOk() {
        TrustList phone = LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv");
        TrustCheckReport r = check(phone, phone, A);
        assertEquals(Verdict.OK, r.verdict());
        assertTrue(r.reasoning().stream().anyMatch(s -> s.contains("already holds")), r.reasoning().toString());
    }

    @Test
    void callManagerRegeneratedOnCucm12IsCarriedByItlRecovery() {
        LabCluster after = A.regenerate("CallManager", "cucm-pub", 101);
        TrustCheckReport r = check(LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(after, CUCM12, TODAY, "ITLFile.tlv"), after);

        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        assertTrue(r.has(FindingCode.CERT_CHANGED));
        assertTrue(r.has(FindingCode.STALE_RECORD));
        Finding config = r.findings(FindingCode.CONFIG_SIGNER_UNTRUSTED).get(0);
        assertEquals(Severity.INFO, config.severity(), "accepted once the new ITL is loaded");
        assertFalse(r.has(FindingCode.ITL_SIGNER_UNTRUSTED));
        assertEquals(List.of(2, 3), staleRecords(r), "the SAST and TFTP records of the old CallManager");
        CertificateRow cm = row(r, "CallManager", "cucm-pub");
        assertEquals(CertificateStatus.REGENERATED, cm.status());
        assertEquals(List.of(2, 3), cm.records());
    }

    @Test
    void callManagerRegeneratedBeforeCucm12NeedsTvs() {
        LabCluster after = A.regenerate("CallManager", "cucm-pub", 101);
        TrustCheckReport r = check(LabFixtures.itl(A, PRE12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(after, PRE12, TODAY, "ITLFile.tlv"), after);

        assertEquals(Verdict.RECOVERABLE_VIA_TVS, r.verdict(), r.reasoning().toString());
        Finding signer = r.findings(FindingCode.ITL_SIGNER_UNTRUSTED).get(0);
        assertEquals(Severity.WARNING, signer.severity());
        assertTrue(signer.remedy().contains("2445"), signer.remedy());
        Finding tvs = r.findings(FindingCode.TVS_CAN_VOUCH).get(0);
        assertEquals(Severity.WARNING, tvs.severity());
        assertEquals(3, tvs.records().size(), "all three TVS records still match");
        assertTrue(r.has(FindingCode.CERT_CHANGED));
    }

    @Test
    void callManagerRegeneratedWithoutClusterListUsesTheCertificatesAndTheSigningRule() {
        LabCluster after = A.regenerate("CallManager", "cucm-pub", 101);
        TrustList phone = LabFixtures.itl(A, PRE12, YESTERDAY, "phone-ITLFile.tlv");

        TrustCheckReport pre12 = TrustCheck.of(phone).certificates(LabFixtures.certificates(after))
                .signing(SigningRule.PRE_12).at(CHECK_TIME).run();
        TrustCheckReport cucm12 = TrustCheck.of(phone).certificates(LabFixtures.certificates(after))
                .at(CHECK_TIME).run();

        assertEquals(Verdict.RECOVERABLE_VIA_TVS, pre12.verdict(), pre12.reasoning().toString());
        assertEquals(Verdict.OK, cucm12.verdict(), cucm12.reasoning().toString());
        assertTrue(cucm12.reasoning().stream().anyMatch(s -> s.contains("CUCM 12+")), cucm12.reasoning().toString());
    }

    @Test
    void callManagerAndTvsRegeneratedTogetherBeforeCucm12LosesAllTrust() {
        LabCluster after = regenerateCallManagerAndAllTvs(A);
        TrustCheckReport r = check(LabFixtures.itl(A, PRE12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(after, PRE12, TODAY, "ITLFile.tlv"), after);

        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict(), r.reasoning().toString());
        assertTrue(r.has(FindingCode.ALL_TRUST_LOST));
        assertEquals(Severity.CRITICAL, r.findings(FindingCode.NO_TVS_MATCH).get(0).severity());
        assertEquals(Severity.CRITICAL, r.findings(FindingCode.ITL_SIGNER_UNTRUSTED).get(0).severity());
        assertEquals(Severity.CRITICAL, r.findings(FindingCode.CONFIG_SIGNER_UNTRUSTED).get(0).severity());
        assertTrue(r.findings(FindingCode.ALL_TRUST_LOST).get(0).remedy().contains("Delete the ITL"));
        assertEquals(4, r.findings(FindingCode.CERT_CHANGED).size(), "CallManager and three TVS");
    }

    @Test
    void callManagerAndTvsRegeneratedTogetherOnCucm12AreCarriedByItlRecovery() {
        LabCluster after = regenerateCallManagerAndAllTvs(A);
        TrustCheckReport r = check(LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(after, CUCM12, TODAY, "ITLFile.tlv"), after);

        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        assertEquals(Severity.WARNING, r.findings(FindingCode.NO_TVS_MATCH).get(0).severity(),
                "no fallback left, but nothing rejected");
        assertFalse(r.has(FindingCode.ALL_TRUST_LOST));
    }

    @Test
    void itlRecoveryRegeneratedNeedsTvsUnlessATransitionalItlCameFirst() {
        LabCluster after = A.regenerate("ITLRecovery", "cucm-pub", 102);
        TrustList phone = LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv");

        TrustCheckReport r = check(phone, LabFixtures.itl(after, CUCM12, TODAY, "ITLFile.tlv"), after);
        assertEquals(Verdict.RECOVERABLE_VIA_TVS, r.verdict(), r.reasoning().toString());
        assertTrue(r.findings(FindingCode.ITL_SIGNER_UNTRUSTED).get(0).message().contains("ITLRecovery"));
        assertEquals(CertificateStatus.REGENERATED, row(r, "ITLRecovery", "cucm-pub").status());

        // utils itl reset localkey: the transitional ITL is signed by the CallManager the phones know
        TrustCheckReport transitional = check(phone, LabFixtures.itl(after, PRE12, TODAY, "ITLFile.tlv"), after);
        assertEquals(Verdict.OK, transitional.verdict(), transitional.reasoning().toString());
    }

    @Test
    void phonesMovedToAnotherClusterMustDeleteTheirItl() {
        LabCluster b = LabCluster.generate("b.example.com", List.of("cucmb-pub", "cucmb-sub1"), 2048, 2048, 12,
                Instant.parse("2026-01-01T00:00:00Z"));
        TrustCheckReport r = check(LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(b, CUCM12, TODAY, "ITLFile.tlv"), b);

        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict(), r.reasoning().toString());
        assertTrue(r.has(FindingCode.ALL_TRUST_LOST));
        assertTrue(r.has(FindingCode.NO_TVS_MATCH));
        assertTrue(r.records().stream().allMatch(row -> row.status() == RecordStatus.UNKNOWN));
        assertTrue(r.has(FindingCode.UNKNOWN_RECORD));
        assertEquals(CertificateStatus.MISSING, row(r, "ITLRecovery", "cucmb-pub").status());
    }

    @Test
    void mixedModeCtlWithoutValidSastCannotBeReplaced() {
        LabCluster after = A.regenerate("ITLRecovery", "cucm-pub", 103).regenerate("CallManager", "cucm-pub", 104);
        TrustList phoneCtl = LabFixtures.ctl(A, YESTERDAY, "phone-CTLFile.tlv");
        TrustCheckReport r = check(phoneCtl, LabFixtures.ctl(after, TODAY, "CTLFile.tlv"), after);

        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict(), r.reasoning().toString());
        Finding sast = r.findings(FindingCode.CTL_NO_VALID_SAST).stream()
                .filter(f -> f.records().get(0).list().equals(RecordRef.PHONE)).findFirst().orElseThrow();
        assertEquals(Severity.CRITICAL, sast.severity());
        assertEquals(2, sast.records().size(), "both SAST records of the phone's CTL");
        assertFalse(r.has(FindingCode.TVS_CAN_VOUCH), "a CTL has no TVS records");

        TrustCheckReport unchanged = check(phoneCtl, LabFixtures.ctl(A, TODAY, "CTLFile.tlv"), A);
        assertFalse(unchanged.has(FindingCode.CTL_NO_VALID_SAST));
        assertEquals(Verdict.OK, unchanged.verdict());
    }

    @Test
    void weakRecoveryKeyIsAWarning() {
        LabCluster weak = LabCluster.generate("weak.example.com", List.of("w-pub"), 1024, 1024, 13,
                Instant.parse("2026-01-01T00:00:00Z"));
        TrustCheckReport r = check(LabFixtures.itl(weak, CUCM12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(weak, CUCM12, TODAY, "ITLFile.tlv"), weak);

        Finding f = r.findings(FindingCode.WEAK_RECOVERY_KEY).get(0);
        assertEquals(Severity.WARNING, f.severity());
        assertTrue(f.message().contains("1024"), f.message());
        assertEquals(List.of(new RecordRef(RecordRef.PHONE, 1)), f.records());
        assertFalse(check(LabFixtures.itl(A, CUCM12, YESTERDAY, "p"), LabFixtures.itl(A, CUCM12, TODAY, "c"), A)
                .has(FindingCode.WEAK_RECOVERY_KEY));
    }

    @Test
    void rollbackItlServedByTheClusterIsAcceptedButReported() {
        TrustCheckReport r = check(LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.rollbackItl(A, TODAY, "ITLFile.tlv"), A);

        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        Finding f = r.findings(FindingCode.ROLLBACK_ITL).get(0);
        assertEquals(RecordRef.CLUSTER, f.records().get(0).list());
        assertEquals(4, f.records().size(), "the TFTP record and three TVS records are empty");
        assertTrue(f.remedy().contains("Prepare Cluster for Rollback"), f.remedy());
    }

    @Test
    void phoneHoldingARollbackItlAcceptsAnything() {
        LabCluster b = regenerateCallManagerAndAllTvs(A);
        TrustCheckReport r = check(LabFixtures.rollbackItl(A, YESTERDAY, "phone-ITLFile.tlv"),
                LabFixtures.itl(b, PRE12, TODAY, "ITLFile.tlv"), b);

        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        assertEquals(RecordRef.PHONE, r.findings(FindingCode.ROLLBACK_ITL).get(0).records().get(0).list());
        assertTrue(r.records().stream().anyMatch(row -> row.status() == RecordStatus.EMPTY));
    }

    @Test
    void emptiedCtlRecordsMeanTheClusterLeftMixedMode() {
        TrustCheckReport r = check(LabFixtures.ctl(A, YESTERDAY, "phone-CTLFile.tlv"),
                LabFixtures.emptiedCtl(A, TODAY, "CTLFile.tlv"), A);

        Finding f = r.findings(FindingCode.CTL_RECORDS_EMPTIED).get(0);
        assertEquals(3, f.records().size());
        assertEquals(RecordRef.CLUSTER, f.records().get(0).list());
        assertTrue(f.remedy().contains("mixed-mode"), f.remedy());
    }

    @Test
    void oversizeClusterItlIsRejected() {
        TrustList big = LabFixtures.oversizeItl(A, 60, TODAY, "ITLFile.tlv");
        assertTrue(big.size() > TrustList.PHONE_SIZE_LIMIT, "fixture must exceed 64 KB: " + big.size());
        TrustCheckReport r = check(LabFixtures.itl(A, CUCM12, YESTERDAY, "phone-ITLFile.tlv"), big, A);

        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict(), r.reasoning().toString());
        Finding f = r.findings(FindingCode.ITL_TOO_LARGE).get(0);
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(f.message().contains(String.valueOf(big.size())), f.message());
    }

    @Test
    void expiredAndExpiringCertificatesAreReported() {
        LabCluster old = LabCluster.generate("old.example.com", List.of("o-pub"), 1024, 2048, 14,
                Instant.parse("2021-06-10T00:00:00Z"));
        TrustList phone = LabFixtures.itl(old, CUCM12, YESTERDAY, "phone-ITLFile.tlv");
        Instant nodeExpiry = Instant.parse("2021-06-10T00:00:00Z").plus(java.time.Duration.ofDays(5 * 365));

        TrustCheckReport expired = TrustCheck.of(phone).certificates(LabFixtures.certificates(old))
                .at(nodeExpiry.plusSeconds(86400)).run();
        assertEquals(3, expired.findings(FindingCode.CERT_EXPIRED).size(), "CallManager, TVS and CAPF, not ITLRecovery (20 years)");
        assertFalse(expired.has(FindingCode.CERT_EXPIRES_SOON));

        TrustCheckReport soon = TrustCheck.of(phone).certificates(LabFixtures.certificates(old))
                .at(nodeExpiry.minus(java.time.Duration.ofDays(10))).run();
        assertEquals(3, soon.findings(FindingCode.CERT_EXPIRES_SOON).size());
        assertTrue(soon.findings(FindingCode.CERT_EXPIRES_SOON).get(0).message().contains("in 9 days")
                || soon.findings(FindingCode.CERT_EXPIRES_SOON).get(0).message().contains("in 10 days"));
        assertFalse(TrustCheck.of(phone).certificates(LabFixtures.certificates(old))
                .at(nodeExpiry.minus(java.time.Duration.ofDays(40))).run().has(FindingCode.CERT_EXPIRES_SOON));
    }

    private static TrustCheckReport check(TrustList phone, TrustList cluster, LabCluster certs) {
        return TrustCheck.of(phone).clusterList(cluster).certificates(LabFixtures.certificates(certs)).at(CHECK_TIME).run();
    }

    static LabCluster regenerateCallManagerAndAllTvs(LabCluster c) {
        LabCluster out = c.regenerate("CallManager", c.publisher(), 201);
        long seed = 202;
        for (String node : c.nodes()) {
            out = out.regenerate("TVS", node, seed++);
        }
        return out;
    }

    static Set<FindingCode> codes(TrustCheckReport r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toSet());
    }

    static List<Integer> staleRecords(TrustCheckReport r) {
        return r.records().stream().filter(row -> row.status() == RecordStatus.STALE).map(row -> row.record().index()).toList();
    }

    static CertificateRow row(TrustCheckReport r, String role, String node) {
        return r.certificates().stream().filter(c -> c.certificate().role().label().equals(role)
                && node.equals(c.certificate().node())).findFirst().orElseThrow(() -> new AssertionError(
                "no row for " + role + "@" + node + " in " + r.certificates()));
    }
}
