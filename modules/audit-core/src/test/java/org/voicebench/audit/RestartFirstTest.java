package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The fix does the least that works, per scenario: phones that accept the cluster's new ITL (directly, or through
 * TVS) are restarted and nothing is erased; phones moved to another cluster are erased; a restart that does not fix
 * a phone is followed by an erase; {@code --erase-all} erases all.
 */
class RestartFirstTest {

    private static final List<String> MODELS = List.of("8845", "7965", "7841");

    @Test
    void aRegeneratedCallManagerIsFixedByRestartsAlone() throws Exception {
        AuditReport report = fix(ClusterScenario.CALLMANAGER_REGENERATED, PlanOptions.defaults(), 81, "127.0.94.1",
                PlanItem.Action.RESTART);
        for (AuditRow row : report.rows()) {
            assertEquals(AuditState.FIXED, row.state(), row.toString());
            assertEquals(List.of(PlanItem.Action.RESTART), row.done(), row.reason());
            assertTrue(!row.erased() && row.reason().contains("nothing erased"), row.reason());
        }
    }

    @Test
    void aRegeneratedItlRecoveryIsFixedByRestartsAlone() throws Exception {
        AuditReport report = fix(ClusterScenario.ITLRECOVERY_REGENERATED, PlanOptions.defaults(), 82, "127.0.94.11",
                PlanItem.Action.RESTART);
        report.rows().forEach(row -> assertEquals(List.of(PlanItem.Action.RESTART), row.done(), row.reason()));
        assertTrue(report.allTrusted(), report.rows().toString());
    }

    @Test
    void phonesMovedToAnotherClusterAreErased() throws Exception {
        AuditReport report = fix(ClusterScenario.CLUSTER_MOVE, PlanOptions.defaults(), 83, "127.0.94.21",
                PlanItem.Action.ERASE);
        for (AuditRow row : report.rows()) {
            assertEquals(AuditState.FIXED, row.state(), row.toString());
            assertEquals(List.of(PlanItem.Action.ERASE), row.done(), row.reason());
            assertTrue(row.erased() && row.reason().contains("on trust"), row.reason());
        }
    }

    @Test
    void eraseAllErasesAlsoThePhonesARestartWouldFix() throws Exception {
        AuditReport report = fix(ClusterScenario.CALLMANAGER_REGENERATED, PlanOptions.defaults().withEraseAll(true), 84,
                "127.0.94.31", PlanItem.Action.ERASE);
        report.rows().forEach(row -> assertEquals(List.of(PlanItem.Action.ERASE), row.done(), row.reason()));
        assertTrue(report.allTrusted(), report.rows().toString());
    }

    @Test
    void aRestartThatDoesNotFixThePhoneIsFollowedByAnErase() throws Exception {
        try (SimulatedCluster cluster = cluster(ClusterScenario.CLUSTER_MOVE, 85);
             PhoneLab lab = AuditLab.phones(cluster, "127.0.94.41").add(1, "8845").start();
             PhoneClient client = AuditLab.client()) {
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = AuditLab.audit(client, 2);
            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, AuditLab.yesterday(cluster),
                    new AuditListener() { });
            // as if the comparer had been wrong: the phone is only restarted first
            FixPlan plan = new FixPlan(PlanOptions.defaults(), List.of(new PlanItem(found.get(0), PlanItem.Action.RESTART,
                    "restart", "a restart should do")));
            List<String> notFixed = new java.util.concurrent.CopyOnWriteArrayList<>();
            AuditReport report = audit.fix(Instant.now(), itls, found, plan, new AuditListener() {
                @Override
                public void restartDidNotFix(PhoneAudit phone, String why) {
                    notFixed.add(why);
                }
            });
            AuditRow row = report.rows().get(0);
            assertEquals(1, notFixed.size(), "the restart did not fix it: " + row);
            assertTrue(notFixed.get(0).contains("still not holding the cluster's ITL"), notFixed.get(0));
            assertEquals(AuditState.FIXED, row.state(), row.toString());
            assertEquals(List.of(PlanItem.Action.RESTART, PlanItem.Action.ERASE), row.done());
            assertTrue(row.reason().contains("the restart did not fix it, so its ITL was erased"), row.reason());
            assertEquals(List.of("Reset device"), lab.phone(0).confirmedResets());
        }
    }

    private static SimulatedCluster cluster(ClusterScenario scenario, long seed) throws java.io.IOException {
        return SimulatedCluster.builder().nodes(1).keyBits(1024).seed(seed).freePorts().tftpPort(0).scenario(scenario)
                .start();
    }

    /** One stale phone of each family, yesterday's ITL known; asserts every plan item is {@code expected}. */
    private static AuditReport fix(ClusterScenario scenario, PlanOptions options, long seed, String first,
                                   PlanItem.Action expected) throws Exception {
        try (SimulatedCluster cluster = cluster(scenario, seed);
             PhoneLab lab = phones(cluster, first);
             PhoneClient client = AuditLab.client()) {
            ClusterItls itls = AuditLab.itls(cluster);
            FleetAudit audit = AuditLab.audit(client, 3);
            List<PhoneAudit> found = audit.assess(AuditLab.entries(lab), itls, AuditLab.yesterday(cluster),
                    new AuditListener() { });
            found.forEach(p -> assertEquals(ItlState.MISMATCH, p.state(), p.toString()));
            FixPlan plan = FixPlan.of(found, ModelProfiles.builtIn(), options);
            plan.items().forEach(i -> assertEquals(expected, i.action(), scenario + ": " + i.reason()));
            AuditReport report = audit.fix(Instant.now(), itls, found, plan, new AuditListener() { });
            for (SimulatedPhone p : lab.phones()) {
                if (expected == PlanItem.Action.RESTART) {
                    assertEquals(1, p.confirmedResets().size(), p + " restarted once, by its menu: " + p.confirmedResets());
                }
                assertEquals("", p.dialledDigits(), p + " dialled");
            }
            return report;
        }
    }

    private static PhoneLab phones(SimulatedCluster cluster, String first) throws java.io.IOException {
        PhoneLab.Builder b = AuditLab.phones(cluster, first);
        MODELS.forEach(m -> b.add(1, m));
        return b.start();
    }
}
