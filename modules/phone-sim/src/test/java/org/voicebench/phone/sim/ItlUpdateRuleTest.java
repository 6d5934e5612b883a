package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voicebench.certcheck.TrustCheck;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.sim.ItlUpdateRule.Decision;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.lab.LabCluster;

/**
 * The phone-side trust rule on restart, held to the certificate comparer over every lab scenario and both ways
 * of signing: {@code OK} and {@code RECOVERABLE_VIA_TVS} must mean a restart installs the cluster's ITL,
 * {@code PHONES_WILL_REJECT} that the phone keeps its own and says "Trust List update failed". Checked on
 * simulated phones really restarting, one per node.
 */
class ItlUpdateRuleTest {

    /**
     * What the rule must do per scenario; the comparer's verdict must agree. Every scenario is listed (a new one must
     * say what it does): ITLRecovery and every TVS regenerated together is rejected where ITLRecovery signs the ITL
     * (CUCM 12+), accepted where the unchanged CallManager certificate does (before 12).
     */
    private static Map<ClusterScenario, Boolean> restartInstalls(LabCluster.ItlSigning signing) {
        Map<ClusterScenario, Boolean> m = new EnumMap<>(ClusterScenario.class);
        m.put(ClusterScenario.BASELINE, true);
        m.put(ClusterScenario.CALLMANAGER_REGENERATED, true);
        m.put(ClusterScenario.TVS_REGENERATED, true);
        m.put(ClusterScenario.CALLMANAGER_TVS_REGENERATED, true);
        m.put(ClusterScenario.ITLRECOVERY_REGENERATED, true);
        m.put(ClusterScenario.ITLRECOVERY_TVS_REGENERATED, signing != LabCluster.ItlSigning.ITL_RECOVERY);
        m.put(ClusterScenario.CLUSTER_MOVE, false);
        m.put(ClusterScenario.ROLLBACK_ITL, true);
        assertEquals(java.util.EnumSet.allOf(ClusterScenario.class), m.keySet(), "every scenario says what a restart does");
        return m;
    }

    @ParameterizedTest
    @EnumSource(LabCluster.ItlSigning.class)
    void aRestartInstallsTheClustersItlExactlyWhenTheComparerSaysPhonesAcceptIt(LabCluster.ItlSigning signing)
            throws Exception {
        String first = signing == LabCluster.ItlSigning.ITL_RECOVERY ? "127.0.51.1" : "127.0.51.11";
        String phones = signing == LabCluster.ItlSigning.ITL_RECOVERY ? "127.0.51.21" : "127.0.51.31";
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(93).signing(signing)
                .firstAddress(first).freePorts().start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).add(1, "8845").add(1, "7965")
                     .firstAddress(phones).rebootTime(Duration.ofMillis(150)).start()) {
            for (ClusterScenario scenario : ClusterScenario.values()) {
                cluster.apply(scenario);
                for (SimulatedPhone p : lab.phones()) {
                    String node = cluster.phoneNode(p.index()).name();
                    byte[] yesterday = cluster.baselineItl(node);
                    byte[] today = cluster.currentItl(node);
                    p.installItl(yesterday);
                    Verdict verdict = TrustCheck.of(TrustLists.read(yesterday, "yesterday's ITL of " + node))
                            .clusterList(TrustLists.read(today, "today's ITL of " + node)).run().verdict();
                    String what = signing + " " + scenario + " " + p + ": comparer " + verdict;

                    p.reboot();
                    assertTrue(p.awaitReady(Duration.ofSeconds(5)), what + ": did not come back");

                    boolean installed = Arrays.equals(today, p.itl().orElseThrow());
                    assertEquals(verdict != Verdict.PHONES_WILL_REJECT, installed, what);
                    assertEquals(restartInstalls(signing).get(scenario), installed, what);
                    if (installed) {
                        assertEquals("", p.trustListStatus(), what);
                    } else {
                        assertArrayEquals(yesterday, p.itl().orElseThrow(), what + ": keeps its old ITL");
                        assertEquals("Trust List update failed", p.trustListStatus(), what);
                        assertTrue(p.screen().shows("Trust List update failed"), what + ": " + p.screen());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ClusterScenario.class,
            names = {"CALLMANAGER_REGENERATED", "ITLRECOVERY_REGENERATED", "CLUSTER_MOVE"})
    void eachPathOfTheRuleIsTheOneExpected(ClusterScenario scenario) throws Exception {
        LabCluster yesterday = LabCluster.generate("lab.test", List.of("pub"), 1024, 1024, 94,
                Instant.parse("2026-01-01T00:00:00Z"));
        LabCluster today = switch (scenario) {
            case CALLMANAGER_REGENERATED -> yesterday.regenerate("CallManager", "pub", 5);
            case ITLRECOVERY_REGENERATED -> yesterday.regenerate("ITLRecovery", "pub", 6);
            default -> LabCluster.generate("other.test", List.of("pub"), 1024, 1024, 95,
                    Instant.parse("2026-01-01T00:00:00Z"));
        };
        for (LabCluster.ItlSigning signing : LabCluster.ItlSigning.values()) {
            byte[] held = itl(yesterday, signing, 1);
            byte[] offered = itl(today, signing, 2);
            Decision expected = switch (scenario) {
                case CALLMANAGER_REGENERATED -> signing == LabCluster.ItlSigning.ITL_RECOVERY ? Decision.SIGNED_BY_HELD
                        : Decision.VOUCHED_BY_TVS;
                case ITLRECOVERY_REGENERATED -> signing == LabCluster.ItlSigning.ITL_RECOVERY ? Decision.VOUCHED_BY_TVS
                        : Decision.SIGNED_BY_HELD;
                default -> Decision.REJECTED;
            };
            assertEquals(expected, ItlUpdateRule.decide(held, offered), scenario + " " + signing);
            assertEquals(Decision.FIRST_ITL, ItlUpdateRule.decide(null, offered), "trust on first use");
            assertEquals(Decision.SAME_ITL, ItlUpdateRule.decide(held, held.clone()));
        }
    }

    @Test
    void aFileThatIsNoTrustListIsNeverInstalledNotEvenOnFirstUse() {
        byte[] junk = {1, 2, 3, 4};
        assertEquals(Decision.REJECTED, ItlUpdateRule.decide(null, junk));
        assertFalse(Decision.REJECTED.installs());
        assertEquals(Decision.REJECTED, ItlUpdateRule.decide(junk, itl(LabFixtures.cluster(),
                LabCluster.ItlSigning.ITL_RECOVERY, 1)), "a phone holding junk can verify nothing");
    }

    private static byte[] itl(LabCluster c, LabCluster.ItlSigning signing, int hour) {
        return c.itl(c.publisher(), signing, DigestAlgorithm.SHA1,
                Instant.parse("2026-01-02T00:00:00Z").plusSeconds(3600L * hour));
    }
}
