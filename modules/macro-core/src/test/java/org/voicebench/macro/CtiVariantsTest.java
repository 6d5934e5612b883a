package org.voicebench.macro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;

/**
 * Over CTI nothing can be read: the built-in erase uses key-only variants there, verified only where a field tool
 * presses exactly those keys over JTAPI; a macro that reads the screen does not run over CTI; files say it in "cti".
 */
class CtiVariantsTest {

    private static final ModelProfiles PROFILES = ModelProfiles.builtIn();

    private static Macro read(String json) throws MacroFormatException {
        return MacroJson.read(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), "test");
    }

    private static ModelProfile model(String m) {
        return PROFILES.find(m).orElseThrow();
    }

    @Test
    void theBuiltInEraseOverCtiPressesTheProfileKeysWithoutAGuard() throws Exception {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();

        ResolvedMacro web = erase.resolve(model("7962"));
        assertTrue(web.steps().stream().anyMatch(s -> s instanceof Step.Open), "the web variant opens items by label");

        ResolvedMacro cti = erase.resolve(model("7962"), KeyTransport.CTI);
        assertTrue(cti.steps().stream().allMatch(Step::runsBlind), "over CTI: keys, URIs and pauses only: " + cti.steps());
        assertEquals(List.of(new Step.Uri("Init:Settings"), new Step.Key("Settings"), new Step.Key("KeyPad4")),
                cti.steps().subList(0, 3));
        assertFalse(cti.blind(), "PHORKPE presses these over JTAPI on 79x1: verified for CTI");
        assertTrue(cti.howKnown().contains("field-tested"), cti.howKnown());

        ResolvedMacro phone88 = erase.resolve(model("8845"), KeyTransport.CTI);
        assertTrue(phone88.blind(), "88xx digits move with firmware: not verified over CTI");
        assertTrue(phone88.howKnown().startsWith("BLIND keys over CTI"), phone88.howKnown());

        assertFalse(erase.resolve(model("6941"), KeyTransport.CTI).blind(), "6941 keys are field-tested over JTAPI");
        assertTrue(erase.resolve(model("6941")).blind(), "over the web the 69xx variant stays blind, as before");
    }

    @Test
    void aMacroThatReadsTheScreenDoesNotRunOverCti() throws Exception {
        Macro reads = read("""
                {"format": "voicebench-macro/1", "name": "look", "steps": [
                  {"key": "Settings"}, {"expectScreen": {"title": "Settings"}}, {"key": "KeyPad4"}]}
                """);
        MacroNotApplicableException e = assertThrows(MacroNotApplicableException.class,
                () -> reads.resolve(null, KeyTransport.CTI));
        assertTrue(e.getMessage().contains("cannot be done over CTI"), e.getMessage());

        Macro keys = read("""
                {"format": "voicebench-macro/1", "name": "keys", "steps": [{"key": "Settings"}, {"key": "KeyPad4"}]}
                """);
        assertTrue(keys.resolve(null, KeyTransport.CTI).blind(), "a recorded macro is not verified for CTI");
        assertFalse(keys.resolve(null, KeyTransport.WEB).blind());
    }

    @Test
    void ctiMarksRoundTripAndAreCheckedWhenRead() throws Exception {
        String text = """
                {"format": "voicebench-macro/1", "name": "mine", "variants": [
                  {"families": ["CP88XX"], "steps": [{"key": "Applications"}, {"expectScreen": {"title": "Applications"}}]},
                  {"families": ["CP88XX"], "ctiOnly": true, "cti": "field-tested", "steps": [{"key": "Applications"},
                    {"pause": 3000}, {"key": "KeyPad5"}]}]}
                """;
        Macro m = read(text);
        Macro again = read(MacroJson.write(m));
        assertEquals(m.variants(), again.variants());

        ResolvedMacro web = again.resolve(model("8841"));
        assertTrue(web.steps().stream().anyMatch(s -> s instanceof Step.ExpectScreen), "the web keeps its guarded variant");
        ResolvedMacro cti = again.resolve(model("8841"), KeyTransport.CTI);
        assertEquals(3, cti.steps().size());
        assertFalse(cti.blind(), "the user verified these keys on their 88xx: the file says so");

        MacroFormatException bad = assertThrows(MacroFormatException.class, () -> read("""
                {"format": "voicebench-macro/1", "name": "bad", "variants": [
                  {"families": ["CP88XX"], "cti": "field-tested", "steps": [{"screenshot": "x"}]}]}
                """));
        assertTrue(bad.getMessage().contains("over CTI nothing can be read"), bad.getMessage());
        assertThrows(MacroFormatException.class, () -> read("""
                {"format": "voicebench-macro/1", "name": "bad", "variants": [
                  {"families": ["CP88XX"], "cti": "surely", "steps": [{"key": "Settings"}]}]}
                """));
    }
}
