package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.Verdict;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/**
 * The plan does the least that should work: it restarts the phones the comparer says accept the cluster's ITL, erases
 * the others it has keys for, and says why it skips every other phone that does not match.
 */
class FixPlanTest {

    private static PhoneAudit audit(int n, String model, ItlState state) {
        return audit(n, model, state, null);
    }

    private static PhoneAudit audit(int n, String model, ItlState state, Verdict recovery) {
        return new PhoneAudit(PhoneEntry.of(PhoneAddress.parse("127.0.10." + n + ":80")), model, "", "", "",
                new ItlAssessment(state, null, "state " + state), recovery, recovery == null ? "" : "it holds yesterday's ITL");
    }

    @Test
    void phonesThatRecoverByThemselvesAreOnlyRestartedTheOthersErased() {
        List<PhoneAudit> phones = List.of(audit(1, "8845", ItlState.MISMATCH, Verdict.OK),
                audit(2, "7965", ItlState.MISMATCH, Verdict.RECOVERABLE_VIA_TVS),
                audit(3, "8861", ItlState.MISMATCH, Verdict.PHONES_WILL_REJECT),
                audit(4, "7841", ItlState.MISMATCH, null),
                audit(5, "6941", ItlState.MISMATCH, Verdict.OK));
        FixPlan plan = FixPlan.of(phones, ModelProfiles.builtIn(), PlanOptions.defaults());

        assertEquals(List.of(PlanItem.Action.RESTART, PlanItem.Action.RESTART, PlanItem.Action.ERASE, PlanItem.Action.ERASE,
                PlanItem.Action.SKIP), plan.items().stream().map(PlanItem::action).toList());
        assertEquals("restart", plan.restarting().get(0).macro());
        assertTrue(plan.restarting().get(0).reason().contains("a restart is enough"), plan.restarting().get(0).reason());
        assertTrue(plan.erasing().get(0).reason().contains("takes the next ITL it is given on trust"),
                plan.erasing().get(0).reason());
        assertTrue(plan.skipped().get(0).reason().contains("blind"), "69xx without --accept-blind: " + plan.skipped());

        FixPlan all = FixPlan.of(phones, ModelProfiles.builtIn(), PlanOptions.defaults().withEraseAll(true)
                .withBlindAccepted(true));
        assertEquals(List.of(PlanItem.Action.ERASE, PlanItem.Action.ERASE, PlanItem.Action.ERASE, PlanItem.Action.ERASE,
                PlanItem.Action.ERASE), all.items().stream().map(PlanItem::action).toList(), "--erase-all erases all");
        assertTrue(all.erasing().get(0).reason().contains("--erase-all"), all.erasing().get(0).reason());

        FixPlan byCucm = FixPlan.of(phones, ModelProfiles.builtIn(), PlanOptions.defaults().withRestartByCucm(true));
        assertEquals(PlanOptions.CUCM_RESTART, byCucm.restarting().get(0).macro());
        assertTrue(byCucm.restarting().get(0).reason().contains("no key pressed"), byCucm.restarting().get(0).reason());
    }

    @Test
    void onlyMismatchedPhonesWithAVariantAreErased() {
        FixPlan plan = FixPlan.of(List.of(audit(1, "CP-8845", ItlState.MISMATCH), audit(2, "CP-7965", ItlState.MATCH),
                audit(3, "", ItlState.MISMATCH), audit(4, "CP-9999", ItlState.MISMATCH),
                audit(5, "CP-7841", ItlState.UNKNOWN), audit(6, "CP-7841", ItlState.NOT_INSTALLED)),
                ModelProfiles.builtIn(), PlanOptions.defaults());

        assertEquals(5, plan.items().size(), "the matching phone is not in the plan");
        assertEquals(List.of("127.0.10.1:80"), plan.erasing().stream().map(i -> i.phone().address()).toList());
        assertEquals("erase-itl", plan.erasing().get(0).macro());
        assertTrue(plan.erasing().get(0).reason().contains("steps for 8845"), plan.erasing().get(0).reason());
        List<String> skipped = plan.skipped().stream().map(PlanItem::reason).toList();
        assertTrue(skipped.get(0).contains("model is unknown"), skipped.get(0));
        assertTrue(skipped.get(1).contains("no model profile for CP-9999"), skipped.get(1));
        assertTrue(skipped.get(2).contains("unknown: state UNKNOWN"), skipped.get(2));
        assertTrue(skipped.get(3).contains("holds no ITL"), skipped.get(3));
        assertFalse(plan.skipped().stream().anyMatch(PlanItem::erase));
    }
}
