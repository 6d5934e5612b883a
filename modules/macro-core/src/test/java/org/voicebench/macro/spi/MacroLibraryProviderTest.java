package org.voicebench.macro.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroFormatException;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.macro.PipeText;

/**
 * The library picks up providers registered in META-INF/services (what {@code @ServiceProvider} writes; see
 * src/test/resources): their macros come after the built-ins, a name already taken is left out, a failing
 * provider is left out, and the built-ins used by the audit's fix never change.
 */
class MacroLibraryProviderTest {

    /** Registered in src/test/resources/META-INF/services. */
    public static final class TeamMacros implements MacroLibraryProvider {
        @Override
        public String displayName() {
            return "Test team";
        }

        @Override
        public List<Macro> macros() {
            try {
                return List.of(PipeText.read("Init:Services|Key:Services|Pause:2000", "team-services", "test"),
                        // taken by a built-in: a plugin never replaces erase-itl
                        PipeText.read("Key:Settings", "ERASE-ITL", "test"));
            } catch (MacroFormatException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Registered too: a broken provider must not break the library. */
    public static final class BrokenMacros implements MacroLibraryProvider {
        @Override
        public String displayName() {
            return "Broken";
        }

        @Override
        public List<Macro> macros() {
            throw new IllegalStateException("broken.json: step 1: no such key");
        }
    }

    @Test
    void providersMacrosFollowTheBuiltInsAndNeverReplaceOne() {
        List<String> names = MacroLibrary.allNames();
        assertEquals(List.of("erase-itl", "erase-ctl", "reset-security", "restart", "team-services"), names);
        assertEquals(List.of("erase-itl", "erase-ctl", "reset-security", "restart"), MacroLibrary.names(),
                "builtIns() stays what VoiceBench ships");
        Macro erase = MacroLibrary.named("Erase-ITL").orElseThrow();
        assertTrue(erase.destructive(), "the built-in erase-itl, not the provider's: " + erase);
        assertEquals(3, MacroLibrary.named("TEAM-SERVICES").orElseThrow().steps().size());
        assertFalse(MacroLibrary.builtIn("team-services").isPresent(), "a provider's macro is not a built-in");
    }
}
