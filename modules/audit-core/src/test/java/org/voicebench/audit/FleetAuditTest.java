package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.Verdict;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;

/** The whole audit against a simulated cluster and fleet: every state produced by its condition. */
class FleetAuditTest {

    /** These tests are about the erase: every mismatched phone is erased, none only restarted. */
    private static final PlanOptions ERASE_ALL = PlanOptions.defaults().withEraseAll(true);

    @Test
    void findsEachStateFixesTheStalePhonesAndSaysWhyTheOthersWereNot() throws Exception {
        try (SimulatedCluster cluster = AuditLab.cluster();
             PhoneLab lab = AuditLab.phones(cluster, "127.0.97.1")
                     .add(2, "8845")                                                                  // 0, 1 stale
                     .add(1, "7965")                                                                  // 2 current
                     .add(1, "7841", PhoneConditions.NORMAL.withWebAccess(false))                     // 3 web off
                     .add(1, "8861", PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.RESTRICTED)) // 4 locked
                     .add(1, "7975")                                                                  // 5 no ITL
                     .start();
             PhoneClient client = AuditLab.client()) {
            SimulatedPhone current = lab.phone(2);
            current.installItl(cluster.currentItl(AuditLab.nodeOf(cluster, current).name()));
            lab.phone(5).installItl(null);
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = AuditLab.audit(client, 4);
            AtomicInteger assessedEvents = new AtomicInteger();

            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, AuditLab.yesterday(cluster),
                    new AuditListener() {
                        @Override
                        public void phoneAssessed(PhoneAudit phone, int done, int total) {
                            assertEquals(6, total);
                            assessedEvents.incrementAndGet();
                        }
                    });

            assertEquals(6, assessedEvents.get());
            assertEquals(List.of(ItlState.MISMATCH, ItlState.MISMATCH, ItlState.MATCH, ItlState.UNKNOWN,
                    ItlState.MISMATCH, ItlState.NOT_INSTALLED), found.stream().map(PhoneAudit::state).toList());
            // each phone was compared with its own TFTP node's ITL; the two nodes serve different ones
            assertNotEquals(AuditLab.nodeOf(cluster, lab.phone(0)), AuditLab.nodeOf(cluster, lab.phone(1)));
            for (int i : new int[] {0, 1, 2, 4}) {
                ClusterNode node = AuditLab.nodeOf(cluster, lab.phone(i));
                assertEquals(node.fqdn(), found.get(i).tftpServer());
                assertEquals(node.itlHttpUrl(), found.get(i).clusterItl(), found.get(i).toString());
            }
            assertEquals("8845", found.get(0).model(), "the canonical model name, not the reported CP-8845");
            PhoneAudit stale = found.get(0);
            assertNotNull(stale.recovery(), "yesterday's ITL is known, so the comparer judged it");
            assertEquals(Verdict.OK, stale.recovery(), stale.recoveryNote()); // CUCM 12: ITLRecovery signs, unchanged
            assertTrue(stale.recoveryNote().contains("yesterday's ITL of"), stale.recoveryNote());
            assertTrue(found.get(3).assessment().reason().startsWith("web access is off"), found.get(3).toString());

            FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), ERASE_ALL);
            assertEquals(List.of(lab.phone(0).hostAndPort(), lab.phone(1).hostAndPort(), lab.phone(4).hostAndPort()),
                    plan.erasing().stream().map(i -> i.phone().address()).toList());
            assertEquals(List.of(lab.phone(3).hostAndPort(), lab.phone(5).hostAndPort()),
                    plan.skipped().stream().map(i -> i.phone().address()).toList());
            assertTrue(plan.skipped().get(1).reason().contains("holds no ITL"), plan.skipped().get(1).reason());

            Map<String, AuditState> verifiedEvents = new ConcurrentHashMap<>();
            AuditReport report = audit.fix(Instant.now(), itls, found, plan, new AuditListener() {
                @Override
                public void phoneVerified(AuditRow row, int done, int total) {
                    verifiedEvents.put(row.phone().address(), row.state());
                }
            });

            List<AuditState> states = report.rows().stream().map(AuditRow::state).toList();
            assertEquals(List.of(AuditState.FIXED, AuditState.FIXED, AuditState.MATCH, AuditState.NOT_ATTEMPTED,
                    AuditState.STILL_MISMATCHED, AuditState.NOT_ATTEMPTED), states, report.rows().toString());
            assertEquals(3, verifiedEvents.size());
            assertFalse(report.allTrusted());
            assertTrue(report.fixRun());
            for (int i : new int[] {0, 1}) {
                String nodeItl = cluster.nodes().stream().filter(n -> n.equals(AuditLab.nodeOf(cluster, lab.phone(i))))
                        .map(n -> sha1(cluster.currentItl(n.name()))).findFirst().orElseThrow();
                assertEquals(nodeItl, lab.phone(i).itlSha1().orElseThrow().toLowerCase(), "phone " + i + " now holds its node's ITL");
                assertEquals(ItlState.MATCH, report.rows().get(i).after().state());
                assertTrue(report.rows().get(i).macro().outcome().succeeded(), report.rows().get(i).macro().toString());
            }
            AuditRow locked = report.rows().get(4);
            assertEquals(Outcome.SCREEN_MISMATCH, locked.macro().outcome());
            assertTrue(locked.reason().contains("SCREEN_MISMATCH"), locked.reason());
            assertTrue(lab.phone(4).hasItl() && lab.phone(4).rebootCount() == 0, "the guard kept the locked phone's ITL");
            assertNull(report.rows().get(3).macro(), "the web-off phone was never pressed");
            assertEquals(0, lab.phone(3).acceptedKeys());
            assertEquals(Map.of(AuditState.MATCH, 1, AuditState.FIXED, 2, AuditState.STILL_MISMATCHED, 1,
                    AuditState.NOT_ATTEMPTED, 2), nonZero(report.counts()));
        }
    }

    @Test
    void aPhoneThatStaysAwayLongerThanTheWaitDidNotReturn() throws Exception {
        try (SimulatedCluster cluster = AuditLab.cluster();
             PhoneLab lab = AuditLab.phones(cluster, "127.0.97.21").rebootTime(Duration.ofSeconds(4)).add(1, "8845").start();
             PhoneClient client = AuditLab.client()) {
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), AuditSettings.fastSimulator()
                    .withReturn(Duration.ofMillis(800), Duration.ofMillis(100)));
            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, List.of(), new AuditListener() { });
            assertEquals(ItlState.MISMATCH, found.get(0).state());
            assertTrue(found.get(0).recoveryNote().contains("none of the known"), found.get(0).recoveryNote());

            AuditReport report = audit.fix(Instant.now(), itls, found, FixPlan.of(found, ModelProfiles.builtIn(), ERASE_ALL),
                    new AuditListener() { });

            AuditRow row = report.rows().get(0);
            assertEquals(AuditState.DID_NOT_RETURN, row.state(), row.reason());
            assertTrue(row.reason().contains("not back within"), row.reason());
            assertTrue(lab.phone(0).awaitReady(Duration.ofSeconds(10)));
        }
    }

    @Test
    void cancellingTheFixReportsEveryPhoneAndTouchesNoMore() throws Exception {
        try (SimulatedCluster cluster = AuditLab.cluster();
             PhoneLab lab = AuditLab.phones(cluster, "127.0.97.31").add(5, "8845").start();
             PhoneClient client = AuditLab.client()) {
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = new FleetAudit(client, ModelProfiles.builtIn(), AuditSettings.fastSimulator()
                    .withConcurrency(1).withKeyDelay(Duration.ofMillis(150)));
            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, List.of(), new AuditListener() { });
            FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), ERASE_ALL);
            assertEquals(5, plan.erasing().size());

            CountDownLatch firstMacroDone = new CountDownLatch(1);
            CompletableFuture<AuditReport> result = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    result.complete(audit.fix(Instant.now(), itls, found, plan, new AuditListener() {
                        @Override
                        public void macroFinished(PhoneResult r, int done, int total) {
                            firstMacroDone.countDown();
                        }
                    }));
                    assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays set for the caller");
                } catch (Throwable e) {
                    result.completeExceptionally(e);
                }
            });
            t.start();
            assertTrue(firstMacroDone.await(30, TimeUnit.SECONDS));
            t.interrupt();
            AuditReport report = result.get(30, TimeUnit.SECONDS);

            assertEquals(5, report.rows().size());
            long notAttempted = report.rows().stream().filter(r -> r.state() == AuditState.NOT_ATTEMPTED).count();
            assertTrue(notAttempted >= 2, "phones after the cancel were not touched: " + report.rows());
            for (int i = 0; i < 5; i++) {
                AuditRow row = report.rows().get(i);
                if (row.state() == AuditState.NOT_ATTEMPTED) {
                    assertEquals(0, lab.phone(i).acceptedKeys(), row.toString());
                    assertTrue(row.reason().contains("cancelled"), row.reason());
                }
            }
            AuditRow first = report.rows().get(0);
            assertTrue(first.state() == AuditState.FIXED || first.reason().contains("cancelled"), first.toString());
        }
    }

    private static Map<AuditState, Integer> nonZero(Map<AuditState, Integer> counts) {
        Map<AuditState, Integer> out = new java.util.EnumMap<>(AuditState.class);
        counts.forEach((s, n) -> {
            if (n > 0) {
                out.put(s, n);
            }
        });
        return out;
    }

    private static String sha1(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
