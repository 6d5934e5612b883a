package org.voicebench.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.ModeInfo;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.model.PhoneFamily;

/** The open-by-label step, blind and evidence marks on variants, and what the built-ins are made of. */
class LabelStepsTest {

    private static ModeInfo menu(String title, String... items) {
        return new ModeInfo(title, "", "", java.util.Arrays.stream(items).map(i -> new ModeInfo.Field(i, "")).toList(), Map.of());
    }

    @Test
    void itemsAreFoundByLabelIgnoringCaseAccentsAndNumbers() {
        ModeInfo reset = menu("Reset settings", "Reset device", "All settings", "Network settings", "Service mode",
                "Security settings");
        assertEquals(OptionalInt.of(5), MenuLabels.find(reset, List.of("Security settings")));
        assertEquals(OptionalInt.of(4), MenuLabels.find(reset, List.of("SERVICE MODE")));
        assertEquals(OptionalInt.of(2), MenuLabels.find(menu("Réglages", "1 Préférences", "2. Paramètres admin"),
                List.of("Admin settings", "Parametres admin")), "the French alias, accents and the number ignored");
        assertTrue(MenuLabels.find(reset, List.of("Security")).isEmpty(), "a label matches whole, not a part of an item");
    }

    @Test
    void theOpenedScreenMustNameTheItem() {
        assertTrue(MenuLabels.shows(menu("Security settings"), List.of("Security settings")));
        assertTrue(MenuLabels.shows(new ModeInfo("Reset settings", "Reset security settings?", "", List.of(), Map.of()),
                List.of("Security settings")), "a confirmation naming the item in its prompt");
        assertFalse(MenuLabels.shows(new ModeInfo("Service mode", "Enter service mode?", "", List.of(), Map.of()),
                List.of("Security settings")));
    }

    @Test
    void openStepsAndVariantMarksRoundTrip() throws Exception {
        Macro m = new Macro("by-label", "", List.of(), Macro.DEFAULT_DELAY, true, true, List.of(), List.of(
                new Variant(Set.of(PhoneFamily.CP88XX), List.of(), List.of(new Step.Uri("Init:Applications"),
                        new Step.Key("Applications"), new Step.Open(List.of("Admin settings", "Paramètres admin")),
                        new Step.Open(List.of("Reset settings"))), false, "field-tested"),
                new Variant(Set.of(PhoneFamily.CP79X5), List.of(), List.of(new Step.Key("Settings")), true, "assumed")));
        String json = MacroJson.write(m);
        assertTrue(json.contains("\"open\" : \"Reset settings\""), json);
        assertTrue(json.contains("\"blind\" : true"), json);
        assertEquals(m, MacroJson.read(json.getBytes(StandardCharsets.UTF_8), "m.json"));
    }

    @Test
    void openStepsHaveAPipeFormWithTheirOtherSpellings() throws Exception {
        Macro m = Macro.of("p", List.of(new Step.Key("Applications"), new Step.Open(List.of("Admin settings", "Paramètres admin"))));
        String pipe = PipeText.write(m);
        assertEquals("Key:Applications|Open:Admin settings / Paramètres admin", pipe);
        assertEquals(m.steps(), PipeText.read(pipe, "p", "pipe").steps());
    }

    @Test
    void confirmationsSayHowEachVariantsKeysAreKnown() {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        List<String> lines = MacroEvidence.lines(erase);
        assertTrue(lines.contains("CP88X5, CP88XX: screen checked; menu path field-tested"), lines.toString());
        assertTrue(lines.contains("CP78XX: screen checked; menu path assumed"), lines.toString());
        assertTrue(lines.contains("CP69XX: BLIND keys (pressed without reading the screen); menu path field-tested"),
                lines.toString());
    }

    @Test
    void oldFilesWithoutTheNewFieldsStillLoad() throws Exception {
        Macro m = MacroJson.read("""
                {"format": "voicebench-macro/1", "name": "old",
                 "variants": [{"families": ["CP79X5"], "steps": [{"key": "Settings"}, {"key": "KeyPad4"}]}]}
                """.getBytes(StandardCharsets.UTF_8), "old.json");
        assertFalse(m.variants().get(0).blind());
        assertEquals("", m.variants().get(0).evidence());
    }

    @Test
    void badOpenStepsAndEvidenceAreNamed() {
        MacroFormatException e = assertThrows(MacroFormatException.class, () -> MacroJson.read("""
                {"format": "voicebench-macro/1", "name": "x", "steps": [{"open": 4}]}""".getBytes(StandardCharsets.UTF_8), "x.json"));
        assertTrue(e.getMessage().contains("\"open\" must be a label"), e.getMessage());
        e = assertThrows(MacroFormatException.class, () -> MacroJson.read("""
                {"format": "voicebench-macro/1", "name": "x", "variants": [{"families": ["CP79X5"], "evidence": "rumour",
                 "steps": [{"key": "Settings"}]}]}""".getBytes(StandardCharsets.UTF_8), "x.json"));
        assertTrue(e.getMessage().contains("\"evidence\" must be one of"), e.getMessage());
    }

    @Test
    void anOpenStepWaitsItselfSoNoDelayFollowsIt() throws Exception {
        Macro m = new Macro("o", "", List.of(), Duration.ofMillis(700), false, false,
                List.of(new Step.Key("Applications"), new Step.Open(List.of("Admin settings")), new Step.Key("Soft3")), List.of());
        ResolvedMacro r = m.resolve(ModelProfiles.builtIn().forModel("8845"));
        assertEquals(Duration.ofMillis(700), r.delayAfter(0));
        assertEquals(Duration.ZERO, r.delayAfter(1), "the open step already waited before reading the opened screen");
        assertTrue(m.needsModel(), "an open step reads the screen at the model's ModeInfo path");
    }

    /**
     * No built-in destructive macro presses a digit of its own over the web on a model whose screen can be read: only
     * labels. (CTI-only variants read nothing by nature; their own evidence decides whether they run unasked.)
     */
    @Test
    void builtInDestructiveMacrosOpenMenusByLabelOnly() throws Exception {
        for (Macro m : MacroLibrary.builtIns()) {
            for (Variant v : m.variants()) {
                if (v.blind() || v.ctiOnly()) {
                    assertFalse(v.ctiOnly() && v.ctiEvidence().isEmpty(), m.name() + " " + v.families()
                            + " is for CTI and says nothing of how its keys are known there");
                    continue;
                }
                for (Step s : v.steps()) {
                    assertFalse(s instanceof Step.Key k && k.name().matches("KeyPad[0-9]"),
                            m.name() + " " + v.families() + " presses a digit: " + s.describe());
                    assertFalse(s instanceof Step.ItlErase i && i.part() == Step.ItlErase.Part.NAVIGATE,
                            m.name() + " " + v.families() + " navigates by the profile's digits");
                }
                assertTrue(v.steps().get(0) instanceof Step.Uri u && u.uri().startsWith("Init:"),
                        m.name() + " " + v.families() + " does not start from a known screen (Init:)");
                assertFalse(v.evidence().isEmpty(), m.name() + " " + v.families() + " says nothing of its evidence");
            }
        }
    }
}
