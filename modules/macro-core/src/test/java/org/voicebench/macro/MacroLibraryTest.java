package org.voicebench.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/** The built-ins resolve for every shipped model, follow the model profiles, and guard every destructive key. */
class MacroLibraryTest {

    static Stream<Arguments> builtInsAndModels() {
        List<Arguments> out = new ArrayList<>();
        for (Macro m : MacroLibrary.builtIns()) {
            for (ModelProfile p : ModelProfiles.builtIn().all()) {
                out.add(Arguments.of(m.name(), p.model()));
            }
        }
        return out.stream();
    }

    @Test
    void theLibraryHoldsTheFourBuiltIns() {
        assertEquals(List.of("erase-itl", "erase-ctl", "reset-security", "restart"), MacroLibrary.names());
        for (Macro m : MacroLibrary.builtIns()) {
            assertTrue(m.destructive() && m.reboots(), m.name());
            assertEquals(Duration.ofMillis(1000), m.defaultDelay());
        }
        assertTrue(MacroLibrary.builtIn("ERASE-ITL").isPresent());
        assertTrue(MacroLibrary.builtIn("erase-all").isEmpty());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builtInsAndModels")
    void everyDestructiveKeyFollowsACheckOfTheScreenUnlessBlind(String name, String model) throws Exception {
        Macro macro = MacroLibrary.builtIn(name).orElseThrow();
        ModelProfile profile = ModelProfiles.builtIn().forModel(model);
        if (macro.variantFor(profile).isEmpty() || profile.itlEraseSequence().isEmpty()) {
            assertThrows(MacroNotApplicableException.class, () -> macro.resolve(profile),
                    name + " on " + model + ": no known way, so not applicable (never invented keys)");
            return;
        }
        ResolvedMacro r = macro.resolve(profile);
        List<Step> steps = r.steps();
        if (name.equals("restart") && profile.family().is79xx()) {
            String check = steps.get(steps.size() - 6).describe();
            assertTrue(check.equals("Expect:title=(?i)^settings$") || check.equals("Open:Settings"),
                    "the 79xx restart keys (**#**) follow the check that the Settings menu is open: " + steps);
            return;
        }
        int firstSoft = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step.Key k && k.name().startsWith("Soft")) {
                firstSoft = i;
                break;
            }
        }
        assertTrue(firstSoft > 0, name + " on " + model + " presses no soft key: " + steps);
        assertTrue(steps.subList(firstSoft, steps.size()).stream().allMatch(s -> s instanceof Step.Key k && k.name().startsWith("Soft")),
                "only the confirming soft keys follow the last check: " + steps);
        if (r.blind()) {
            assertTrue(profile.blind(), name + " on " + model + ": a blind variant for a model whose screen can be read");
            return;
        }
        Step before = steps.get(firstSoft - 1);
        assertTrue(before instanceof Step.ExpectScreen || before instanceof Step.Open, name + " on " + model
                + ": the destructive key does not follow a check of the screen: " + steps);
    }

    @Test
    void theConfirmingKeysAreTheModelProfilesOwnAndTheMenusAreFoundByLabel() throws Exception {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        for (ModelProfile p : ModelProfiles.builtIn().all()) {
            if (p.itlEraseSequence().isEmpty()) {
                continue;
            }
            List<String> seq = p.itlEraseSequence();
            List<String> softKeys = seq.subList(seq.size() - (int) seq.stream().skip(seq.size() - 2)
                    .filter(k -> k.startsWith("Key:Soft")).count(), seq.size());
            List<String> tail = erase.resolve(p).steps().stream().map(Step::describe).toList();
            assertEquals(softKeys, tail.subList(tail.size() - softKeys.size(), tail.size()), p.model());
        }
        ResolvedMacro m8845 = erase.resolve(ModelProfiles.builtIn().forModel("8845"));
        assertEquals(List.of("Init:Applications", "Key:Applications", "Expect:title=(?i)^applications$", "Open:Admin settings",
                "Open:Reset settings", "Open:Security settings", "Key:Soft3"), m8845.steps().stream().map(Step::describe).toList());
        ResolvedMacro m7965 = erase.resolve(ModelProfiles.builtIn().forModel("7965"));
        assertEquals("Open:ITL File", m7965.steps().get(5).describe());
        assertTrue(erase.resolve(ModelProfiles.builtIn().forModel("6941")).blind(), "69xx screens cannot be read: blind");
    }

    @Test
    void anUnknownModelOrAMissingVariantIsNotApplicable() {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        assertThrows(MacroNotApplicableException.class, () -> erase.resolve(null));
        Macro only7965 = new Macro("x", "", List.of("7965"), Macro.DEFAULT_DELAY, false, false,
                List.of(new Step.Key("Settings")), List.of());
        MacroNotApplicableException e = assertThrows(MacroNotApplicableException.class,
                () -> only7965.resolve(ModelProfiles.builtIn().forModel("8845")));
        assertEquals("macro x is for models 7965, not model 8845", e.getMessage());
    }

    @Test
    void timingFollowsTheDefaultDelayAndPauses() throws Exception {
        // 7965: Init:Settings, Settings, guard, Open x3, *, *, #, Pause 5000, guard, Soft4, Soft2
        ResolvedMacro r = MacroLibrary.builtIn("erase-itl").orElseThrow().resolve(ModelProfiles.builtIn().forModel("7965"));
        assertEquals(Duration.ofMillis(1000), r.delayAfter(0), "a key or URI waits the default delay");
        assertEquals(Duration.ofMillis(1000), r.delayAfter(1), "a key before a guard waits for the screen");
        assertEquals(Duration.ZERO, r.delayAfter(2), "a guard adds no delay");
        assertEquals(Duration.ZERO, r.delayAfter(3), "an open step waited before reading its new screen");
        assertEquals(Duration.ZERO, r.delayAfter(8), "the pause stands in for the delay");
        assertEquals(Duration.ofMillis(5000), r.delayAfter(9));
        assertEquals(12, r.lastActingStep());
    }
}
