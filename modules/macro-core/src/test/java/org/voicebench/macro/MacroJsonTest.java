package org.voicebench.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.model.PhoneFamily;

/** Macro files: what is written reads back the same; a broken file names the file, the step and the problem. */
class MacroJsonTest {

    @TempDir
    Path dir;

    private static final List<Step> ALL_KINDS = List.of(new Step.Uri("Init:Settings"), new Step.Key("Settings"),
            new Step.Pause(2500), new Step.WaitScreenStable(8000), new Step.ExpectScreen(ScreenPart.TITLE, "^ITL File$"),
            new Step.ExpectScreen(ScreenPart.FIELD, "Trust List"), new Step.Screenshot("before erase"),
            new Step.ItlErase(Step.ItlErase.Part.CONFIRM));

    @Test
    void everyStepKindRoundTrips() throws Exception {
        Macro m = new Macro("mine", "a test", List.of("7965", "CP-8845"), Duration.ofMillis(750), true, true, ALL_KINDS, List.of());
        String json = MacroJson.write(m);
        assertTrue(json.contains("\"format\" : \"voicebench-macro/1\""), json);
        assertEquals(m, MacroJson.read(json.getBytes(StandardCharsets.UTF_8), "x.json"));
    }

    @Test
    void variantsRoundTrip() throws Exception {
        Macro m = new Macro("v", "", List.of(), Macro.DEFAULT_DELAY, false, false, List.of(), List.of(
                new Variant(Set.of(PhoneFamily.CP79X5, PhoneFamily.CP797X), List.of(), List.of(new Step.Key("Settings"))),
                new Variant(Set.of(), List.of("8851"), List.of(new Step.Key("Applications"), new Step.Key("KeyPad6")))));
        assertEquals(m, MacroJson.read(MacroJson.write(m).getBytes(StandardCharsets.UTF_8), "v.json"));
    }

    @Test
    void aHandWrittenFileWithDefaultsAndComments() throws Exception {
        Path f = write("hand.json", """
                {"format": "voicebench-macro/1", "name": "services",
                 "steps": [{"key": "Services", "comment": "open the services menu"}, {"pause": 2000}, {"screenshot": true}]}
                """);
        Macro m = MacroJson.read(f);
        assertEquals(Duration.ofMillis(1000), m.defaultDelay());
        assertEquals(false, m.destructive());
        assertEquals(List.of(new Step.Key("Services"), new Step.Pause(2000), new Step.Screenshot("")), m.steps());
    }

    @Test
    void aBadStepIsNamedWithFileStepAndProblem() throws Exception {
        Path f = write("bad.json", """
                {"format": "voicebench-macro/1", "name": "x",
                 "steps": [{"key": "Settings"}, {"key": "KeyPad4"}, {"pause": "2s"}]}
                """);
        MacroFormatException e = assertThrows(MacroFormatException.class, () -> MacroJson.read(f));
        assertEquals(f.toString(), e.source());
        assertEquals(3, e.step());
        assertEquals(f + ": step 3: \"pause\" must be a whole number of milliseconds, found \"2s\"", e.getMessage());
    }

    @Test
    void problemsAreSpecific() throws Exception {
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"kye\": \"Settings\"}]}", 1,
                "unknown step type \"kye\"");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"key\": \"Set tings\"}]}", 1,
                "is not a key name");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"key\": \"A\"}, {\"key\": \"B\", \"uri\": \"Init:Services\"}]}", 2,
                "one step type per step");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"expectScreen\": {\"title\": \"(\"}}]}", 1,
                "is not a regular expression");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"expectScreen\": {\"colour\": \"x\"}}]}", 1,
                "expected title, prompt, status or field");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"pause\": 900000}]}", 1,
                "0..600000");
        assertProblem("{\"format\": \"voicebench-macro/2\", \"name\": \"x\", \"steps\": [{\"key\": \"A\"}]}", 0,
                "format \"voicebench-macro/2\" is not supported");
        assertProblem("{\"name\": \"x\", \"steps\": [{\"key\": \"A\"}]}", 0, "\"format\" is missing");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"stepz\": []}", 0, "unknown field \"stepz\"");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\"}", 0, "either \"steps\" or \"variants\"");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"variants\": [{\"families\": [\"CP99XX\"], \"steps\": [{\"key\": \"A\"}]}]}",
                0, "variant 1: no family \"CP99XX\"");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"variants\": [{\"families\": [\"CP78XX\"], \"steps\": [{\"key\": \"A\"}, {\"itlErase\": \"all\"}]}]}",
                2, "variant 1: \"itlErase\" is \"all\"; expected navigate or confirm");
        assertProblem("{\"format\": \"voicebench-macro/1\", \"name\": \"x\", \"steps\": [{\"key\": \"A\"}", 0, "not valid JSON");
    }

    @Test
    void aMissingFileIsNamed() {
        Path f = dir.resolve("nope.json");
        MacroFormatException e = assertThrows(MacroFormatException.class, () -> MacroJson.read(f));
        assertEquals(f + ": no such file", e.getMessage());
    }

    @Test
    void pipeTextImportAndExport() throws Exception {
        Macro m = PipeText.read("Key:Settings|Key:KeyPad4| Pause:2000 |Init:Services|Expect:title=^ITL File$|Screenshot:x|WaitStable:5000",
                "pipe", "clipboard");
        assertEquals(List.of(new Step.Key("Settings"), new Step.Key("KeyPad4"), new Step.Pause(2000), new Step.Uri("Init:Services"),
                new Step.ExpectScreen(ScreenPart.TITLE, "^ITL File$"), new Step.Screenshot("x"), new Step.WaitScreenStable(5000)),
                m.steps());
        assertEquals("Key:Settings|Key:KeyPad4|Pause:2000|Init:Services|Expect:title=^ITL File$|Screenshot:x|WaitStable:5000",
                PipeText.write(m));
    }

    @Test
    void pipeTextErrorsNameTheStep() {
        MacroFormatException e = assertThrows(MacroFormatException.class,
                () -> PipeText.read("Key:Settings|Pause:two|Key:Soft2", "p", "clipboard"));
        assertEquals(2, e.step());
        assertTrue(e.getMessage().startsWith("clipboard: step 2: \"Pause:two\": "), e.getMessage());
        assertEquals(3, assertThrows(MacroFormatException.class, () -> PipeText.read("Key:A|Key:B||Key:C", "p", "c")).step());
        assertEquals(1, assertThrows(MacroFormatException.class, () -> PipeText.read("Settings", "p", "c")).step());
    }

    @Test
    void pipeExportRefusesWhatItCannotHold() {
        Macro alternation = Macro.of("a", List.of(new Step.ExpectScreen(ScreenPart.TITLE, "ITL|CTL")));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PipeText.write(alternation)).getMessage().contains("step 1"));
        Macro profile = Macro.of("p", List.of(new Step.ItlErase(Step.ItlErase.Part.NAVIGATE)));
        assertThrows(IllegalArgumentException.class, () -> PipeText.write(profile));
    }

    private void assertProblem(String json, int step, String fragment) {
        MacroFormatException e = assertThrows(MacroFormatException.class,
                () -> MacroJson.read(json.getBytes(StandardCharsets.UTF_8), "m.json"), json);
        assertEquals(step, e.step(), e.getMessage());
        assertTrue(e.getMessage().startsWith("m.json: "), e.getMessage());
        assertTrue(e.problem().contains(fragment), e.getMessage());
    }

    private Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }
}
