package org.voicebench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneState;
import org.voicebench.phone.model.ModelProfiles;

/**
 * The phones the web cannot drive: with CTI, a phone that refuses every user while its page shows a stale ITL is
 * erased over CTI, and one whose web access is off only when the engineer asserts its ITL is stale (--fix-unknown);
 * without CTI they are skipped with a reason that names CTI as the way; over CTI only verified keys run unasked.
 */
class CtiPlanTest {

    private static PhoneAudit phone(int n, String model, ItlAssessment a) {
        PhoneEntry e = new PhoneEntry(PhoneAddress.parse("127.0.10." + n + ":80"), String.format("SEP00AA000000%02X", n), "",
                model, "");
        return new PhoneAudit(e, model, "", "", "", a, null, "");
    }

    private static ItlAssessment webOff() {
        return new ItlAssessment(ItlState.UNKNOWN, null, "web access is off", PhoneState.WEB_ACCESS_OFF, null);
    }

    private static ItlAssessment refusedStale() {
        return new ItlAssessment(ItlState.UNKNOWN, "ab", "the phone refused the credentials", PhoneState.AUTH_FAILED,
                ItlState.MISMATCH);
    }

    private static ItlAssessment refusedMatching() {
        return new ItlAssessment(ItlState.UNKNOWN, "ab", "the phone refused the credentials", PhoneState.AUTH_FAILED,
                ItlState.MATCH);
    }

    @Test
    void withoutCtiThePhonesTheWebCannotDriveAreSkippedNamingCti() {
        FixPlan plan = FixPlan.of(List.of(phone(1, "7962", webOff()), phone(2, "7962", refusedStale())),
                ModelProfiles.builtIn(), PlanOptions.defaults().withFixUnknown(true));

        assertEquals(List.of(PlanItem.Action.SKIP, PlanItem.Action.SKIP), plan.items().stream().map(PlanItem::action).toList());
        for (PlanItem i : plan.items()) {
            assertTrue(i.reason().contains("CTI is the way"), i.reason());
        }
    }

    @Test
    void withCtiStaleRefusersAreErasedOverCtiAndWebOffPhonesOnlyWithFixUnknown() {
        List<PhoneAudit> phones = List.of(phone(1, "7962", webOff()), phone(2, "7962", refusedStale()),
                phone(3, "7962", refusedMatching()));

        FixPlan cautious = FixPlan.of(phones, ModelProfiles.builtIn(), PlanOptions.defaults().withCti(true));
        assertEquals(List.of(PlanItem.Action.SKIP, PlanItem.Action.ERASE, PlanItem.Action.SKIP),
                cautious.items().stream().map(PlanItem::action).toList());
        assertTrue(cautious.items().get(0).reason().contains("--fix-unknown"), cautious.items().get(0).reason());
        assertEquals(KeyTransport.CTI, cautious.items().get(1).transport());
        assertTrue(cautious.items().get(1).reason().contains("erased over CTI"), cautious.items().get(1).reason());
        assertTrue(cautious.items().get(2).reason().contains("refused the credentials"), "a matching ITL is not CTI's to fix");

        FixPlan asserted = FixPlan.of(phones, ModelProfiles.builtIn(), PlanOptions.defaults().withCti(true).withFixUnknown(true));
        assertEquals(List.of(PlanItem.Action.ERASE, PlanItem.Action.ERASE, PlanItem.Action.SKIP),
                asserted.items().stream().map(PlanItem::action).toList());
        assertEquals(2, asserted.overCti().size());
        assertTrue(asserted.items().get(0).reason().contains("--fix-unknown"), asserted.items().get(0).reason());
    }

    @Test
    void overCtiOnlyVerifiedKeysRunWithoutAcceptingBlindKeys() {
        List<PhoneAudit> phones = List.of(phone(1, "7962", webOff()), phone(2, "8845", webOff()), phone(3, "6941", webOff()));
        PlanOptions cti = PlanOptions.defaults().withCti(true).withFixUnknown(true);

        FixPlan plan = FixPlan.of(phones, ModelProfiles.builtIn(), cti);
        assertEquals(List.of(PlanItem.Action.ERASE, PlanItem.Action.SKIP, PlanItem.Action.ERASE),
                plan.items().stream().map(PlanItem::action).toList(), "79x1 and 69xx keys are field-tested over JTAPI; 88xx not");
        assertTrue(plan.items().get(1).reason().contains("--allow-blind"), plan.items().get(1).reason());

        FixPlan blind = FixPlan.of(phones, ModelProfiles.builtIn(), cti.withBlindAccepted(true));
        assertEquals(3, blind.overCti().size(), "accepted blind keys: the 88xx too");
        assertTrue(blind.items().get(1).reason().contains("BLIND keys over CTI"), blind.items().get(1).reason());
    }

    @Test
    void aPhoneWithoutDeviceNameOrModelCannotBeFoundOverCti() {
        PhoneAudit noName = new PhoneAudit(PhoneEntry.of(PhoneAddress.parse("127.0.10.9:80")), "7962", "", "", "", webOff(),
                null, "");
        PhoneAudit noModel = phone(8, "", webOff());
        FixPlan plan = FixPlan.of(List.of(noName, noModel), ModelProfiles.builtIn(),
                PlanOptions.defaults().withCti(true).withFixUnknown(true));

        assertTrue(plan.items().get(0).reason().contains("device name"), plan.items().get(0).reason());
        assertTrue(plan.items().get(1).reason().contains("model is unknown"), plan.items().get(1).reason());
        assertTrue(plan.overCti().isEmpty());
    }
}
