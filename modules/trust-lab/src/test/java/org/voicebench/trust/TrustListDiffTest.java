package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Fixtures.A_PUB;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.TrustListDiff.FieldChange;
import org.voicebench.trust.TrustListDiff.RecordChange;
import org.voicebench.trust.TrustListDiff.RecordPair;
import org.voicebench.trust.lab.LabCluster.ItlSigning;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.write.RecordSpec;
import org.voicebench.trust.write.TrustListBuilder;

/** What changed between two trust lists, in the situations that break phones. */
class TrustListDiffTest {

    private static TrustList read(byte[] bytes) {
        try {
            return TrustLists.read(bytes, "ITLFile.tlv", Fixtures.NOW);
        } catch (TrustListFormatException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    private static TrustList fixture(String name) {
        return read(Fixtures.golden(name));
    }

    /** The cluster A publisher's ITL after its CallManager certificate was regenerated. */
    private static TrustList afterCallManagerRegeneration() {
        return read(Fixtures.clusterARegenerated().itl(A_PUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Fixtures.STAMP));
    }

    private static Set<String> fields(List<FieldChange> changes) {
        return changes.stream().map(FieldChange::field).collect(Collectors.toSet());
    }

    @Test
    void identicalFiles() {
        TrustList a = fixture("itl-cucm12-sha1-rsa2048");
        TrustListDiff d = TrustListDiff.compare(a, fixture("itl-cucm12-sha1-rsa2048"));
        assertTrue(d.identical());
        assertFalse(d.signerChanged());
        assertEquals(a.records().size(), d.unchanged());
        assertEquals(List.of(), d.headerChanges());
    }

    @Test
    void callManagerRegeneratedOnCucm12() {
        TrustList before = fixture("itl-cucm12-sha1-rsa2048");
        TrustList after = afterCallManagerRegeneration();
        TrustListDiff d = TrustListDiff.compare(before, after);
        assertFalse(d.identical());
        assertFalse(d.signerChanged(), "ITLRecovery still signs");
        assertEquals(List.of(), d.added());
        assertEquals(List.of(), d.removed());
        assertEquals(2, d.changed().size(), "the CallManager SAST and TFTP records");
        for (RecordChange c : d.changed()) {
            assertEquals(c.oldRecord().functionCode(), c.newRecord().functionCode());
            assertEquals(c.oldRecord().index(), c.newRecord().index());
            assertEquals(Set.of("serial", "certificate"), fields(c.changes()), c.changes().toString());
            FieldChange cert = c.changes().stream().filter(f -> f.field().equals("certificate")).findFirst().orElseThrow();
            assertEquals("sha1 " + c.oldRecord().certificate().sha1(), cert.oldValue());
            assertEquals("sha1 " + c.newRecord().certificate().sha1(), cert.newValue());
        }
        assertEquals(Set.of(Function.SAST, Function.TFTP),
                d.changed().stream().map(c -> c.newRecord().function()).collect(Collectors.toSet()));
        assertEquals(before.records().size() - 2, d.unchanged());
    }

    @Test
    void callManagerRegeneratedBeforeCucm12ChangesTheSigner() {
        TrustListDiff d = TrustListDiff.compare(fixture("itl-pre12-sha1-rsa2048"),
                read(Fixtures.clusterARegenerated().itl(A_PUB, ItlSigning.CALLMANAGER, DigestAlgorithm.SHA1, Fixtures.STAMP)));
        assertTrue(d.signerChanged());
        assertEquals(Set.of("signerSerial"), fields(d.headerChanges()), "same name and issuer, new serial");
        assertEquals(2, d.changed().size());
    }

    @Test
    void signerChangeBetweenRecoveryAndCallManager() {
        TrustListDiff d = TrustListDiff.compare(fixture("itl-cucm12-sha1-rsa2048"), fixture("itl-pre12-sha1-rsa2048"));
        assertTrue(d.signerChanged());
        assertEquals(Set.of("signerName", "signerSerial", "signerIssuer"), fields(d.headerChanges()));
        assertEquals(List.of(), d.changed(), "same records");
        assertEquals(6, d.unchanged());
    }

    @Test
    void recordsAddedAndRemoved() {
        TrustList full = fixture("itl-cucm12-sha1-rsa2048");
        TrustList perPhone = fixture("itlsep-sha1-rsa2048");
        TrustListDiff shrink = TrustListDiff.compare(full, perPhone);
        assertEquals(List.of(), shrink.added());
        assertEquals(List.of("SAST", "TVS", "CAPF"), shrink.removed().stream().map(TrustRecord::functionLabel).toList());
        assertEquals(3, shrink.unchanged());
        TrustListDiff grow = TrustListDiff.compare(perPhone, full);
        assertEquals(List.of(2, 5, 6), grow.added().stream().map(TrustRecord::index).toList());
        assertEquals(List.of(), grow.removed());
    }

    @Test
    void unchangedPairsNameTheSameRecordInBothFiles() {
        TrustList full = fixture("itl-cucm12-sha1-rsa2048");
        TrustList perPhone = fixture("itlsep-sha1-rsa2048");
        TrustListDiff d = TrustListDiff.compare(full, perPhone);
        assertEquals(d.unchanged(), d.unchangedPairs().size());
        assertEquals(List.of("1->1", "3->2", "4->3"), d.unchangedPairs().stream()
                .map(p -> p.oldRecord().index() + "->" + p.newRecord().index()).toList(), "records move up in ITLSEP");
        for (RecordPair p : d.unchangedPairs()) {
            assertTrue(full.records().stream().anyMatch(r -> r == p.oldRecord()), "old record from the old file");
            assertTrue(perPhone.records().stream().anyMatch(r -> r == p.newRecord()), "new record from the new file");
            assertEquals(TrustListDiff.identity(p.oldRecord()), TrustListDiff.identity(p.newRecord()));
            assertEquals(p.oldRecord().functionLabel(), p.newRecord().functionLabel());
        }
    }

    @Test
    void everyRecordIsAddedRemovedChangedOrInAnUnchangedPair() {
        TrustList before = fixture("itl-cucm12-sha1-rsa2048");
        TrustList after = afterCallManagerRegeneration();
        TrustListDiff d = TrustListDiff.compare(before, after);
        List<TrustRecord> olds = new ArrayList<>(d.removed());
        List<TrustRecord> news = new ArrayList<>(d.added());
        d.changed().forEach(c -> {
            olds.add(c.oldRecord());
            news.add(c.newRecord());
        });
        d.unchangedPairs().forEach(p -> {
            olds.add(p.oldRecord());
            news.add(p.newRecord());
        });
        assertEquals(Set.copyOf(before.records()), Set.copyOf(olds));
        assertEquals(before.records().size(), olds.size(), "no old record twice");
        assertEquals(Set.copyOf(after.records()), Set.copyOf(news));
        assertEquals(after.records().size(), news.size(), "no new record twice");
    }

    @Test
    void timestampOnly() {
        TrustListDiff d = TrustListDiff.compare(fixture("itl-cucm12-sha1-rsa2048"), read(Fixtures.clusterA()
                .itl(A_PUB, ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, Instant.parse("2026-03-01T00:00:00Z"))));
        assertFalse(d.identical());
        assertFalse(d.signerChanged());
        assertEquals(List.of(new FieldChange("timestamp", "2026-02-01T10:00:00Z", "2026-03-01T00:00:00Z")), d.headerChanges());
        assertEquals(List.of(), d.changed());
    }

    @Test
    void digestChange() {
        TrustListDiff d = TrustListDiff.compare(fixture("itl-cucm12-sha1-rsa2048"), fixture("itl-cucm12-sha512-rsa2048"));
        assertEquals(List.of(new FieldChange("digest", "SHA-1", "SHA-512")), d.headerChanges());
    }

    @Test
    void sameCertificateWithAnotherRoleIsAChange() {
        byte[] capf = Fixtures.clusterA().identity("CAPF", A_PUB).certificate();
        TrustList before = read(Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(RecordSpec.forCertificate(capf, Function.CAPF, "capf", null))));
        TrustList after = read(Fixtures.signByRecoveryA(TrustListBuilder.itl().timestamp(Fixtures.STAMP)
                .addRecord(RecordSpec.forCertificate(capf, Function.TFTP, "capf", null))));
        TrustListDiff d = TrustListDiff.compare(before, after);
        assertEquals(1, d.changed().size());
        assertEquals(List.of(new FieldChange("function", "CAPF", "TFTP")), d.changed().get(0).changes());
    }

    @Test
    void emptiedRecordsAreMatchedByDnsName() {
        TrustList rollback = fixture("itl-rollback-emptied");
        TrustListDiff d = TrustListDiff.compare(rollback, fixture("itl-rollback-emptied"));
        assertTrue(d.identical());
        // a rollback ITL against the normal one: the certificate-less TFTP and TVS records replace the real ones
        TrustListDiff vsNormal = TrustListDiff.compare(fixture("itl-cucm12-sha1-rsa2048"), rollback);
        assertTrue(vsNormal.added().stream().allMatch(TrustRecord::emptied));
        assertEquals(3, vsNormal.added().size());
    }
}
