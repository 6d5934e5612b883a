package org.voicebench.lab.ui;

import org.voicebench.testsupport.MemoryPreferences;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabSettingsTest {

    @Test
    void defaultsWhenNothingIsRemembered() {
        assertEquals(LabSettings.DEFAULTS, LabSettings.load(new MemoryPreferences()));
        assertEquals(8, LabSettings.DEFAULTS.phones());
        assertEquals("7965,7975,7841,8845,8861", LabSettings.DEFAULTS.modelsText());
        assertEquals("127.0.10.1", LabSettings.DEFAULTS.firstAddress());
        assertEquals(8080, LabSettings.DEFAULTS.port());
    }

    @Test
    void rememberedValuesComeBackAndNoPasswordIsStored() {
        MemoryPreferences prefs = new MemoryPreferences();
        LabSettings s = new LabSettings(3, List.of("8845", "7965"), "127.0.77.1", 0, "labuser", "weblock=0.5");
        s.save(prefs);
        assertEquals(s, LabSettings.load(prefs));
        assertEquals(List.of("phones", "models", "firstAddress", "port", "user", "faults"), List.copyOf(prefs.values().keySet()));
    }

    @Test
    void clusterSettingsAreRememberedAndChecked() {
        MemoryPreferences prefs = new MemoryPreferences();
        assertEquals(ClusterSettings.DEFAULTS, ClusterSettings.load(prefs));
        ClusterSettings c = new ClusterSettings(2, "cluster-move", true, true);
        c.save(prefs);
        assertEquals(c, ClusterSettings.load(prefs));
        assertNull(c.problem());
        assertTrue(new ClusterSettings(9, "baseline", false, false).problem().contains(": 9"));
        String scenario = new ClusterSettings(1, "meteor-strike", false, false).problem();
        assertTrue(scenario.startsWith("Scenario:") && scenario.contains("callmanager-regenerated"), scenario);
    }

    @Test
    void modelsAreSplitOnCommasIgnoringBlanks() {
        assertEquals(List.of("7965", "CP-8845"), LabSettings.parseModels(" 7965, ,CP-8845,,"));
        assertEquals(List.of(), LabSettings.parseModels(" , "));
    }

    @Test
    void problemsNameWhatIsWrong() {
        LabSettings ok = new LabSettings(3, List.of("7965"), "127.0.77.1", 0, "u", "");
        assertNull(ok.problem("p".toCharArray()));
        assertTrue(ok.problem(new char[0]).contains("password"), ok.problem(new char[0]));
        assertTrue(new LabSettings(0, List.of("7965"), "127.0.77.1", 0, "u", "").problem("p".toCharArray()).contains(": 0"));
        assertTrue(new LabSettings(3, List.of(), "127.0.77.1", 0, "u", "").problem("p".toCharArray()).contains("model"));
        assertTrue(new LabSettings(3, List.of("7965"), "127.0.77.1", 0, " ", "").problem("p".toCharArray()).contains("user"));
        String faults = new LabSettings(3, List.of("7965"), "127.0.77.1", 0, "u", "wobble=1").problem("p".toCharArray());
        assertTrue(faults != null && faults.startsWith("Faults:") && faults.contains("wobble"), faults);
    }
}
