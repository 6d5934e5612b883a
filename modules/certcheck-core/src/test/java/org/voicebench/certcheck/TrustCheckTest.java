package org.voicebench.certcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.certcheck.LabFixtures.A;
import static org.voicebench.certcheck.LabFixtures.CHECK_TIME;
import static org.voicebench.certcheck.LabFixtures.TODAY;
import static org.voicebench.certcheck.LabFixtures.YESTERDAY;
import static org.voicebench.certcheck.TrustCheckScenariosTest.row;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabCluster.ItlSigning;

/** Inputs, signatures, config files and the two tables. */
class TrustCheckTest {

    private final TrustList phoneItl = LabFixtures.itl(A, ItlSigning.ITL_RECOVERY, YESTERDAY, "phone-ITLFile.tlv");

    @Test
    void needsSomethingToCompareWith() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TrustCheck.of(phoneItl).run());
        assertTrue(e.getMessage().contains("phone-ITLFile.tlv"), e.getMessage());
    }

    @Test
    void rejectsASignedFileAsThePhonesList() {
        TrustList config = LabFixtures.config(A, TODAY);
        assertThrows(IllegalArgumentException.class, () -> TrustCheck.of(config));
        assertThrows(IllegalArgumentException.class, () -> TrustCheck.of(phoneItl).configFile(phoneItl));
        assertThrows(IllegalArgumentException.class, () -> TrustCheck.of(phoneItl).clusterList(config));
    }

    @Test
    void configSignedByTheKnownCallManagerIsAccepted() {
        TrustCheckReport r = TrustCheck.of(phoneItl).configFile(LabFixtures.config(A, TODAY))
                .certificates(LabFixtures.certificates(A)).at(CHECK_TIME).run();
        assertEquals(Verdict.OK, r.verdict());
        assertTrue(r.reasoning().stream().anyMatch(s -> s.contains("SEP00BE75000001.cnf.xml.sgn is signed by record 3")),
                r.reasoning().toString());
    }

    @Test
    void configSignedByARegeneratedCallManagerNeedsTheNewItlOrTvs() {
        LabCluster after = A.regenerate("CallManager", "cucm-pub", 301);
        TrustList config = LabFixtures.config(after, TODAY);

        TrustCheckReport withoutList = TrustCheck.of(phoneItl).configFile(config)
                .certificates(LabFixtures.certificates(after)).at(CHECK_TIME).run();
        assertEquals(Verdict.OK, withoutList.verdict(), "CUCM 12: the new ITL, signed by ITLRecovery, lists it");

        TrustList pre12Phone = LabFixtures.itl(A, ItlSigning.CALLMANAGER, YESTERDAY, "phone-ITLFile.tlv");
        TrustCheckReport pre12 = TrustCheck.of(pre12Phone).configFile(config)
                .clusterList(LabFixtures.itl(after, ItlSigning.CALLMANAGER, TODAY, "ITLFile.tlv"))
                .certificates(LabFixtures.certificates(after)).at(CHECK_TIME).run();
        assertEquals(Verdict.RECOVERABLE_VIA_TVS, pre12.verdict(), pre12.reasoning().toString());
        assertEquals(List.of(3), pre12.findings(FindingCode.CONFIG_SIGNER_UNTRUSTED).get(0).records().stream()
                .map(RecordRef::index).toList(), "the TFTP record");
    }

    @Test
    void tamperedConfigIsRejected() {
        TrustList config = LabFixtures.tampered(LabFixtures.config(A, TODAY));
        TrustCheckReport r = TrustCheck.of(phoneItl).configFile(config).certificates(LabFixtures.certificates(A))
                .at(CHECK_TIME).run();
        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict());
        Finding f = r.findings(FindingCode.SIGNATURE_INVALID).get(0);
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(f.message().contains("SEP00BE75000001.cnf.xml.sgn"), f.message());
    }

    @Test
    void tamperedClusterListIsRejected() {
        TrustList cluster = LabFixtures.tampered(LabFixtures.itl(A, ItlSigning.ITL_RECOVERY, TODAY, "ITLFile.tlv"));
        TrustCheckReport r = TrustCheck.of(phoneItl).clusterList(cluster).at(CHECK_TIME).run();
        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict());
        assertEquals(RecordRef.CLUSTER, r.findings(FindingCode.SIGNATURE_INVALID).get(0).records().get(0).list());
    }

    @Test
    void tamperedPhoneCopyIsAWarning() {
        TrustCheckReport r = TrustCheck.of(LabFixtures.tampered(phoneItl)).certificates(LabFixtures.certificates(A))
                .at(CHECK_TIME).run();
        assertEquals(Severity.WARNING, r.findings(FindingCode.SIGNATURE_INVALID).get(0).severity());
    }

    @Test
    void clusterListAloneIsEnough() {
        LabCluster after = A.regenerate("CallManager", "cucm-pub", 302);
        TrustCheckReport r = TrustCheck.of(phoneItl)
                .clusterList(LabFixtures.itl(after, ItlSigning.ITL_RECOVERY, TODAY, "ITLFile.tlv")).at(CHECK_TIME).run();
        assertEquals(Verdict.OK, r.verdict(), r.reasoning().toString());
        assertEquals(CertificateStatus.REGENERATED, row(r, "CallManager", "cucm-pub").status(),
                "roles and nodes come from the cluster list's records");
        assertTrue(row(r, "CallManager", "cucm-pub").certificate().source().startsWith("ITLFile.tlv record"));
    }

    @Test
    void withSeveralTftpNodesThePhoneIsCheckedAgainstItsOwnNodesList() {
        LabCluster after = A.regenerate("CallManager", "cucm-sub1", 304);
        TrustList phone = LabFixtures.read(A.itl("cucm-sub1", ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, YESTERDAY),
                "phone-ITLFile.tlv");
        TrustList pubList = LabFixtures.read(after.itl("cucm-pub", ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, TODAY),
                "http://cucm-pub:6970/ITLFile.tlv");
        TrustList subList = LabFixtures.read(after.itl("cucm-sub1", ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, TODAY),
                "http://cucm-sub1:6970/ITLFile.tlv");

        TrustCheckReport r = TrustCheck.of(phone).clusterList(pubList).clusterList(subList).at(CHECK_TIME).run();

        assertEquals(subList, r.clusterList());
        assertTrue(r.reasoning().get(0).contains("TFTP node cucm-sub1.lab.example.com"), r.reasoning().toString());
        assertEquals(Verdict.RECOVERABLE_VIA_TVS, r.verdict(), r.reasoning().toString());
        assertEquals(CertificateStatus.REGENERATED, row(r, "CallManager", "cucm-sub1").status());
        assertEquals(CertificateStatus.NOT_EXPECTED, row(r, "CallManager", "cucm-pub").status(),
                "known from the publisher's list, but not in a cucm-sub1 ITL");
    }

    @Test
    void withoutTvsCertificatesTvsCannotBeCounted() {
        List<ClusterCertificate> noTvs = LabFixtures.certificates(A.regenerate("CallManager", "cucm-pub", 303)).stream()
                .filter(c -> c.role() != CertificateRole.TVS).toList();
        TrustCheckReport r = TrustCheck.of(LabFixtures.itl(A, ItlSigning.CALLMANAGER, YESTERDAY, "phone"))
                .certificates(noTvs).signing(SigningRule.PRE_12).at(CHECK_TIME).run();
        assertEquals(Verdict.PHONES_WILL_REJECT, r.verdict());
        Finding f = r.findings(FindingCode.NO_TVS_MATCH).get(0);
        assertTrue(f.remedy().contains("2445"), f.remedy());
        assertTrue(r.reasoning().stream().anyMatch(s -> s.contains("No TVS certificate")));
    }

    @Test
    void certificateTableSaysWhereEachCertificateStands() {
        List<ClusterCertificate> certs = new java.util.ArrayList<>(LabFixtures.certificates(A));
        // the CAPF certificate claimed as a TVS: in the list, but not with that role
        ClusterCertificate capf = certs.stream().filter(c -> c.role() == CertificateRole.CAPF).findFirst().orElseThrow();
        certs.remove(capf);
        certs.add(new ClusterCertificate(CertificateRole.TVS, "cucm-pub", List.of("x.pem"), capf.certificate(), null));
        TrustCheckReport r = TrustCheck.of(phoneItl).certificates(certs).at(CHECK_TIME).run();

        assertEquals(CertificateStatus.PRESENT, row(r, "CallManager", "cucm-pub").status());
        assertEquals(List.of(2, 3), row(r, "CallManager", "cucm-pub").records());
        assertEquals(CertificateStatus.NOT_EXPECTED, row(r, "CallManager", "cucm-sub1").status(),
                "an ITL carries only its own TFTP node's CallManager");
        assertEquals(CertificateStatus.PRESENT_OTHER_ROLE, r.certificates().stream()
                .filter(c -> c.certificate().sha256().equals(capf.sha256())).findFirst().orElseThrow().status());
    }

    @Test
    void missingCertificateIsReported() {
        LabCluster bigger = LabCluster.generate("lab.example.com", List.of("cucm-pub", "cucm-sub1", "cucm-sub2"), 2048,
                2048, 11, java.time.Instant.parse("2026-01-01T00:00:00Z"));
        // a per-phone ITL carries the node's TVS only: the other TVS are not expected there
        TrustList sep = LabFixtures.read(bigger.itlSep("cucm-pub", DigestAlgorithm.SHA1, YESTERDAY), "ITLSEP00BE75000001.tlv");
        TrustCheckReport perPhone = TrustCheck.of(sep).certificates(LabFixtures.certificates(bigger)).at(CHECK_TIME).run();
        assertFalse(perPhone.has(FindingCode.CERT_MISSING_FROM_ITL), perPhone.findings().toString());
        assertEquals(CertificateStatus.NOT_EXPECTED, row(perPhone, "TVS", "cucm-sub1").status());

        // the same per-phone content checked as if it were the node's ITL: TVS and CAPF are missing
        TrustCheckReport asItl = TrustCheck.of(LabFixtures.read(sep.bytes(), "phone-ITLFile.tlv"))
                .certificates(LabFixtures.certificates(bigger)).at(CHECK_TIME).run();
        assertEquals(3, asItl.findings(FindingCode.CERT_MISSING_FROM_ITL).size(), asItl.findings().toString());
        assertEquals(CertificateStatus.MISSING, row(asItl, "CAPF", "cucm-pub").status());
    }

    @Test
    void findingsComeMostSevereFirst() {
        LabCluster after = TrustCheckScenariosTest.regenerateCallManagerAndAllTvs(A);
        TrustCheckReport r = TrustCheck.of(LabFixtures.itl(A, ItlSigning.CALLMANAGER, YESTERDAY, "phone"))
                .clusterList(LabFixtures.itl(after, ItlSigning.CALLMANAGER, TODAY, "ITLFile.tlv")).at(CHECK_TIME).run();
        for (int i = 1; i < r.findings().size(); i++) {
            assertTrue(r.findings().get(i - 1).severity().compareTo(r.findings().get(i).severity()) >= 0);
        }
        assertEquals(Severity.CRITICAL, r.findings().get(0).severity());
    }
}
