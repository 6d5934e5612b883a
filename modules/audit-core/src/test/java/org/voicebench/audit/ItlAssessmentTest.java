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
import org.voicebench.phone.inventory.PhoneProbe;
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

    private static ItlAssessment assess(PhoneClient client, SimulatedPhone phone, TrustList current) {
        PhoneProbe.Result probe = new PhoneProbe().probe(client.phone(PhoneAddress.parse(phone.hostAndPort())), false);
        return ItlAssessment.of(probe, current);
    }
}
