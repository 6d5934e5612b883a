package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The built-in erase on phones whose menus put the same items at different positions (8845: Admin settings
 * 6; 8861: 5; 7841: Reset settings 3; 7965), each with a menu left open: found by label, nothing else reset,
 * nothing dialled. The digit sequences the built-ins used before are stopped by their guards on the same phones.
 */
class ByLabelOnDifferentMenusTest {

    private static final List<String> MODELS = List.of("8845", "8861", "7841", "7965");

    @Test
    void erasesByLabelFromAMenuLeftOpen() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().rebootTime(Duration.ofSeconds(30)).add(1, "8845").add(1, "8861")
                .add(1, "7841").add(1, "7965").start(); PhoneClient client = SimFixtures.client()) {
            for (SimulatedPhone p : lab.phones()) {
                leaveAMenuOpen(client, p);
            }
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(4))
                    .start(MacroLibrary.builtIn("erase-itl").orElseThrow(), SimFixtures.entries(lab),
                            RunOptions.defaults().withConfirmation());
            List<PhoneResult> results = run.await(Duration.ofSeconds(60));
            assertNotNull(results);
            for (int i = 0; i < MODELS.size(); i++) {
                SimulatedPhone p = lab.phone(i);
                PhoneResult r = results.get(i);
                assertEquals(Outcome.SUCCESS, r.outcome(), MODELS.get(i) + ": " + r);
                assertFalse(p.hasItl(), MODELS.get(i) + ": the ITL is still there");
                assertEquals(List.of(), p.confirmedResets(), MODELS.get(i) + ": another reset was confirmed");
                assertEquals("", p.dialledDigits(), MODELS.get(i) + ": a digit was dialled");
            }
        }
    }

    @Test
    void theOldDigitSequencesAreStoppedByAGuardBeforeAnyDestructiveKey() throws Exception {
        try (PhoneLab lab = SimFixtures.lab().add(1, "8845").add(1, "8861").add(1, "7841").add(1, "7965").start();
             PhoneClient client = SimFixtures.client()) {
            leaveAMenuOpen(client, lab.phone(3)); // the old 79X5 sequence had no Init:Settings
            MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(4))
                    .start(oldDigitMacro(), SimFixtures.entries(lab), RunOptions.defaults().withConfirmation());
            List<PhoneResult> results = run.await(Duration.ofSeconds(60));
            assertNotNull(results);
            for (int i = 0; i < MODELS.size(); i++) {
                SimulatedPhone p = lab.phone(i);
                PhoneResult r = results.get(i);
                assertEquals(Outcome.SCREEN_MISMATCH, r.outcome(), MODELS.get(i) + ": " + r);
                assertTrue(r.stepText().startsWith("Expect:"), MODELS.get(i) + " stopped at a guard: " + r);
                assertTrue(p.hasItl(), MODELS.get(i) + ": erased by the wrong keys");
                assertEquals(List.of(), p.confirmedResets(), MODELS.get(i) + ": the wrong reset was confirmed");
            }
            assertNotEquals("", lab.phone(3).dialledDigits(), "why Init: matters: the 7965's digits dialled after its"
                    + " Settings key closed the open menu");
        }
    }

    /** Opens the menu and one item, as an engineer who walked away would leave it. */
    private static void leaveAMenuOpen(PhoneClient client, SimulatedPhone p) throws Exception {
        var phone = client.phone(org.voicebench.phone.PhoneAddress.parse(p.hostAndPort()), p.profile());
        phone.press(p.profile().family().is79xx() ? "Settings" : "Applications");
        Thread.sleep(20);
        phone.press("KeyPad2");
        Thread.sleep(20);
        assertFalse(p.screen().title().isEmpty());
    }

    /**
     * The built-in erase as it was before labels: the profile digits of the time (88xx Applications, 5|6, 4, 4,
     * Soft3; 78xx 5, 4, 4, Soft2; 79X5 Settings, 4, 5, 2, **#, Soft4, Soft2) with its guards.
     */
    private static Macro oldDigitMacro() {
        List<org.voicebench.macro.Variant> variants = new ArrayList<>();
        variants.add(new org.voicebench.macro.Variant(java.util.Set.of(), List.of("8845"), digits88("KeyPad6", "Soft3")));
        variants.add(new org.voicebench.macro.Variant(java.util.Set.of(), List.of("8861"), digits88("KeyPad6", "Soft3")));
        variants.add(new org.voicebench.macro.Variant(java.util.Set.of(), List.of("7841"), digits88("KeyPad5", "Soft2")));
        variants.add(new org.voicebench.macro.Variant(java.util.Set.of(), List.of("7965"), List.of(new Step.Key("Settings"),
                new Step.Key("KeyPad4"), new Step.Key("KeyPad5"), new Step.Key("KeyPad2"), new Step.Key("KeyPadStar"),
                new Step.Key("KeyPadStar"), new Step.Key("KeyPadPound"), new Step.ExpectScreen(ScreenPart.TITLE, "^ITL File$"),
                new Step.Key("Soft4"), new Step.Key("Soft2"))));
        return new Macro("old-erase-itl", "", List.of(), Duration.ofMillis(50), true, true, List.of(), variants);
    }

    private static List<Step> digits88(String admin, String confirm) {
        return List.of(new Step.Key("Applications"), new Step.Key(admin), new Step.Key("KeyPad4"), new Step.Key("KeyPad4"),
                new Step.ExpectScreen(ScreenPart.TITLE, "(?i)^Security settings$"),
                new Step.ExpectScreen(ScreenPart.PROMPT, "(?i)reset security settings"), new Step.Key(confirm));
    }
}
