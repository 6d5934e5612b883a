package com.example.voicebench.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.MacroNotApplicableException;
import org.voicebench.macro.ResolvedMacro;
import org.voicebench.phone.model.ModelProfiles;

/** ACME's macros read, resolve for the models they are for, and join VoiceBench's library through the Lookup. */
class AcmeMacrosTest {

    @Test
    void theLibraryListsAcmesMacrosAfterTheBuiltIns() {
        List<String> names = MacroLibrary.allNames();
        assertTrue(names.containsAll(List.of("erase-itl", "restart", "acme-soft-reset", "acme-open-services")), names.toString());
        assertTrue(names.indexOf("acme-soft-reset") > names.indexOf("restart"), "built-ins first: " + names);
        assertFalse(MacroLibrary.builtIn("acme-soft-reset").isPresent(), "a plugin's macro is not a built-in");
    }

    @Test
    void softResetHasTheRightKeysPerFamilyAndAsksFirst() throws Exception {
        Macro reset = new AcmeMacros().macros().get(0);
        assertEquals("acme-soft-reset", reset.name());
        assertTrue(reset.destructive() && reset.reboots());
        ModelProfiles profiles = ModelProfiles.builtIn();
        ResolvedMacro on8845 = reset.resolve(profiles.forModel("CP-8845"));
        assertTrue(on8845.steps().size() >= 7, on8845.steps().toString());
        ResolvedMacro on7965 = reset.resolve(profiles.forModel("CP-7965"));
        assertEquals(8, on7965.steps().size(), on7965.steps().toString());
        assertThrows(MacroNotApplicableException.class, () -> reset.resolve(profiles.forModel("CP-8831")),
                "no variant for the 8831: it is never touched");
    }

    @Test
    void openServicesIsHarmless() {
        Macro services = new AcmeMacros().macros().get(1);
        assertEquals("acme-open-services", services.name());
        assertFalse(services.destructive());
        assertEquals(4, services.steps().size());
    }
}
