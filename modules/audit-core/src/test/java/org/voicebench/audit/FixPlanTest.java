package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;

/** The plan erases mismatched phones it has keys for, and says why it skips every other phone that does not match. */
class FixPlanTest {

    private static PhoneAudit audit(int n, String model, ItlState state) {
        return new PhoneAudit(PhoneEntry.of(PhoneAddress.parse("127.0.10." + n + ":80")), model, "", "", "",
                new ItlAssessment(state, null, "state " + state), null, "");
    }

    @Test
    void onlyMismatchedPhonesWithAVariantAreErased() {
        FixPlan plan = FixPlan.of(List.of(audit(1, "CP-8845", ItlState.MISMATCH), audit(2, "CP-7965", ItlState.MATCH),
                audit(3, "", ItlState.MISMATCH), audit(4, "CP-9999", ItlState.MISMATCH),
                audit(5, "CP-7841", ItlState.UNKNOWN), audit(6, "CP-7841", ItlState.NOT_INSTALLED)),
                MacroLibrary.builtIn("erase-itl").orElseThrow(), ModelProfiles.builtIn());

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
