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
    void theLibraryHoldsTheThreeBuiltIns() {
        assertEquals(List.of("erase-itl", "erase-ctl", "reset-security"), MacroLibrary.names());
        for (Macro m : MacroLibrary.builtIns()) {
            assertTrue(m.destructive() && m.reboots(), m.name());
            assertEquals(Duration.ofMillis(1000), m.defaultDelay());
        }
        assertTrue(MacroLibrary.builtIn("ERASE-ITL").isPresent());
        assertTrue(MacroLibrary.builtIn("erase-all").isEmpty());
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("builtInsAndModels")
    void everyDestructiveKeyIsGuarded(String name, String model) throws Exception {
        ResolvedMacro r = MacroLibrary.builtIn(name).orElseThrow().resolve(ModelProfiles.builtIn().forModel(model));
        List<Step> steps = r.steps();
        int firstSoft = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Step.Key k && k.name().startsWith("Soft")) {
                firstSoft = i;
                break;
            }
        }
        assertTrue(firstSoft > 0, name + " on " + model + " presses no soft key: " + steps);
        assertTrue(steps.get(firstSoft - 1) instanceof Step.ExpectScreen, name + " on " + model
                + ": the destructive key is not right after a guard: " + steps);
        assertTrue(steps.subList(firstSoft, steps.size()).stream().allMatch(s -> s instanceof Step.Key k && k.name().startsWith("Soft")),
                "only the confirming soft keys follow the guard: " + steps);
    }

    @Test
    void theItlEraseKeysAreTheModelProfilesOwn() throws Exception {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        for (ModelProfile p : ModelProfiles.builtIn().all()) {
            List<String> keysAndPauses = erase.resolve(p).steps().stream().filter(s -> !(s instanceof Step.ExpectScreen))
                    .map(Step::describe).toList();
            assertEquals(p.itlEraseSequence(), keysAndPauses, p.model());
        }
        // Bluetooth models: Admin Settings is 6, not 5
        assertEquals(new Step.Key("KeyPad6"), erase.resolve(ModelProfiles.builtIn().forModel("8851")).steps().get(2));
        assertEquals(new Step.Key("KeyPad5"), erase.resolve(ModelProfiles.builtIn().forModel("8841")).steps().get(2));
        assertEquals(new Step.Key("KeyPad6"), erase.resolve(ModelProfiles.builtIn().forModel("8845")).steps().get(2));
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
        // 8841: Applications, Pause 3000, 5, 4, 4, guard, guard, Soft3
        ResolvedMacro r = MacroLibrary.builtIn("erase-itl").orElseThrow().resolve(ModelProfiles.builtIn().forModel("8841"));
        assertEquals(Duration.ZERO, r.delayAfter(0), "the pause stands in for the delay");
        assertEquals(Duration.ofMillis(3000), r.delayAfter(1));
        assertEquals(Duration.ofMillis(1000), r.delayAfter(4), "a key before a guard waits for the screen");
        assertEquals(Duration.ZERO, r.delayAfter(5), "a guard adds no delay");
        assertEquals(Duration.ofMillis(6000), r.minimumDuration());
        assertEquals(7, r.lastActingStep());
    }
}
