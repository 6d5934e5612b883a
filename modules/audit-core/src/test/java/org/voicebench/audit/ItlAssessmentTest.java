package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.TrustFile;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.inventory.PhoneProbe;
import org.voicebench.phone.inventory.PhoneState;
import java.time.Instant;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/** Every ITL state from its condition: a lab whose cluster's CallManager was regenerated after the phones got their ITL. */
class ItlAssessmentTest {

    private static final String MAC = "00BE75000000";

    @Test
    void eachStateFromItsCondition() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(71).freePorts().tftpPort(0)
                .signing(LabCluster.ItlSigning.CALLMANAGER).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).firstAddress("127.0.98.1").add(2, "8845")
                     .add(1, "7965", PhoneConditions.NORMAL.withWebAccess(false)).add(1, "7841").start();
             PhoneClient client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                     .withResponseTimeout(Duration.ofSeconds(5)), phone -> Optional.empty())) {
            TrustList current = TrustLists.read(cluster.currentItl(), cluster.publisher().itlHttpUrl());
            lab.phone(1).installItl(cluster.currentItl()); // this one already got today's ITL
            lab.phone(3).installItl(null);                 // this one had its ITL erased

            ItlAssessment stale = assess(client, lab.phone(0), current);
            assertEquals(ItlState.MISMATCH, stale.state(), stale.reason());
            assertEquals(lab.phone(0).itlSha1().orElseThrow().toLowerCase(), stale.phoneHash());

            ItlAssessment fresh = assess(client, lab.phone(1), current);
            assertEquals(ItlState.MATCH, fresh.state(), fresh.reason());
            assertTrue(fresh.reason().contains(cluster.publisher().itlHttpUrl()), fresh.reason());

            ItlAssessment off = assess(client, lab.phone(2), current);
            assertEquals(ItlState.UNKNOWN, off.state());
            assertTrue(off.reason().startsWith("web access is off"), off.reason());

            ItlAssessment erased = assess(client, lab.phone(3), current);
            assertEquals(ItlState.NOT_INSTALLED, erased.state(), erased.reason());

            // the mismatched phone holds yesterday's ITL: pre-12 signing, CallManager regenerated, TVS unchanged
            TrustList yesterday = TrustLists.read(cluster.baselineItl(), "ITLFile-yesterday.tlv");
            Recovery recovery = new Recovery(List.of(yesterday), current);
            assertEquals(Verdict.RECOVERABLE_VIA_TVS, recovery.check(stale.phoneHash()).orElseThrow().verdict());
            assertTrue(recovery.check("00ff").isEmpty(), "an ITL nobody kept cannot be checked");
        }
    }

    @Test
    void hashesAreComparedWithoutSeparatorsOrCase() {
        assertEquals("ab12cd", ItlAssessment.normalise(" AB:12-cd "));
        assertEquals(null, ItlAssessment.normalise("  "));
    }

    /** The hash a phone shows is compared with the cluster ITL's hash of the same length: MD5 or SHA-1 by model. */
    @Test
    void theShownHashIsComparedByItsLength() throws Exception {
        TrustList current = currentItl();
        String md5 = current.hashes().md5();
        String sha1 = current.hashes().sha1();
        assertEquals(ItlState.MATCH, ItlAssessment.of(page(spaced(md5)), current).state(), "16 bytes: the MD5");
        assertEquals(ItlState.MATCH, ItlAssessment.of(page(spaced(sha1)), current).state(), "20 bytes: the SHA-1");
        ItlAssessment other = ItlAssessment.of(page(spaced(sha1.substring(0, 38) + "00")), current);
        assertEquals(ItlState.MISMATCH, other.state());
        assertTrue(other.reason().contains("SHA-1"), other.reason());
        ItlAssessment odd = ItlAssessment.of(page("0A 0B 0C "), current);
        assertEquals(ItlState.UNKNOWN, odd.state(), "3 bytes: no hash algorithm, nothing to compare");
    }

    @Test
    void aPageWithoutItlRowsIsUnknownNeverNotInstalled() throws Exception {
        PhoneProbe.Result r = new PhoneProbe.Result(PhoneState.REACHABLE, "CP-8845", "sip88xx", MAC, TrustFile.NOT_SHOWN, null,
                "/CGI/Java/Serviceability?adapter=device.statistics.configuration shows no ITL row", null, null, null);
        ItlAssessment a = ItlAssessment.of(r, currentItl());
        assertEquals(ItlState.UNKNOWN, a.state());
        assertTrue(a.reason().contains("do not show its ITL"), a.reason());
    }

    @Test
    void aPhoneRefusingCredentialsWithAStaleItlIsToldToUseTheHttpAuthenticationUrl() throws Exception {
        TrustList current = currentItl();
        TrustFile stale = installed("00".repeat(20));
        PhoneProbe.Result refused = new PhoneProbe.Result(PhoneState.AUTH_FAILED, "CP-8845", "sip88xx", MAC, stale, "cucm-pub",
                "page", null, PhoneFailure.AUTH_FAILED, "phone 127.0.0.1:80 refused the credentials");
        ItlAssessment a = ItlAssessment.of(refused, current);
        assertEquals(ItlState.UNKNOWN, a.state(), "nothing can be done over the web on it yet");
        assertEquals("00".repeat(20), a.phoneHash(), "its ITL was still read from the public page");
        assertTrue(a.reason().contains("Authentication URL is HTTPS") && a.reason().contains("to HTTP"), a.reason());

        PhoneProbe.Result wrongPassword = new PhoneProbe.Result(PhoneState.AUTH_FAILED, "CP-8845", "sip88xx", MAC,
                installed(current.hashes().sha1()), "cucm-pub", "page", null, PhoneFailure.AUTH_FAILED, "refused");
        ItlAssessment b = ItlAssessment.of(wrongPassword, current);
        assertEquals(ItlState.UNKNOWN, b.state());
        assertTrue(b.reason().contains("matches the cluster's") && !b.reason().contains("to HTTP"), b.reason());
    }

    @Test
    void withTheClustersAuthenticationUrlFromCucmTheRefusalIsExplainedForCertain() throws Exception {
        TrustList current = currentItl();
        PhoneProbe.Result refused = new PhoneProbe.Result(PhoneState.AUTH_FAILED, "CP-8845", "sip88xx", "001122334455",
                installed("00".repeat(20)), "cucm-pub", "page", null, PhoneFailure.AUTH_FAILED, "refused");
        ItlAssessment https = ItlAssessment.of(refused, current, new AuthenticationUrls(
                "http://cucm-pub:8080/ccmcip/authenticate.jsp", "https://cucm-pub:8443/ccmcip/authenticate.jsp"));
        assertTrue(https.reason().contains("gives its phones the HTTPS Authentication URL https://cucm-pub:8443")
                && https.reason().contains("cannot validate that URL") && https.reason().contains("to HTTP"), https.reason());
        ItlAssessment http = ItlAssessment.of(refused, current, new AuthenticationUrls(
                "http://cucm-pub:8080/ccmcip/authenticate.jsp", ""));
        assertTrue(http.reason().contains("not HTTPS") && http.reason().contains("association"), http.reason());
        assertEquals(ItlState.UNKNOWN, http.state());
    }

    private static TrustList currentItl() throws Exception {
        LabCluster c = LabCluster.standard(1);
        return TrustLists.read(c.itl(c.nodes().get(0), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1,
                Instant.parse("2026-01-01T00:00:00Z")), "ITLFile.tlv");
    }

    private static PhoneProbe.Result page(String shown) {
        String hash = TrustFile.normaliseHash(shown);
        TrustFile itl = new TrustFile(TrustFile.Presence.INSTALLED, "ITLFile.tlv", hash,
                TrustFile.HashAlgorithm.ofHexLength(hash.length()), shown, "ITL signature");
        return new PhoneProbe.Result(PhoneState.REACHABLE, "CP-8845", "sip88xx", MAC, itl, "cucm-pub", "page", null, null,
                null);
    }

    private static TrustFile installed(String hash) {
        return new TrustFile(TrustFile.Presence.INSTALLED, null, hash, TrustFile.HashAlgorithm.ofHexLength(hash.length()),
                hash, "ITL signature");
    }

    /** As phones show it: upper-case bytes separated by spaces, with a trailing space. */
    private static String spaced(String hex) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 2) {
            b.append(hex.substring(i, i + 2).toUpperCase()).append(' ');
        }
        return b.toString();
    }

    private static ItlAssessment assess(PhoneClient client, SimulatedPhone phone, TrustList current) {
        PhoneProbe.Result probe = new PhoneProbe().probe(client.phone(PhoneAddress.parse(phone.hostAndPort())), false);
        return ItlAssessment.of(probe, current);
    }
}
