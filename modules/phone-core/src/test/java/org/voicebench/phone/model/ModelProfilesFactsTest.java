package org.voicebench.phone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facts added for issue 11: page paths, menu labels, evidence levels, and the erase sequences fixed to the field evidence. */
class ModelProfilesFactsTest {

    private static final String SERVICEABILITY = "/CGI/Java/Serviceability?adapter=device.statistics.configuration";
    private static final List<String> UNLOCK = List.of("Key:KeyPadStar", "Key:KeyPadStar", "Key:KeyPadPound", "Pause:5000");
    private static final Set<String> BLIND = Set.of("6941", "6945", "6961", "8831");

    private final ModelProfiles profiles = ModelProfiles.builtIn();

    @Test
    void pagePathsFollowTheFamily() {
        ModelProfile p7965 = profiles.forModel("7965");
        assertEquals("/CGI/ModeInfo", p7965.modeInfoPath());
        assertEquals("/NetworkConfiguration", p7965.networkSetupPath());
        assertEquals(EvidenceLevel.FIELD_TESTED, p7965.evidence("modeInfoPath"));
        assertEquals(EvidenceLevel.FIELD_TESTED, p7965.evidence("networkSetupPath"));
        for (String m : List.of("7841", "8811", "8845", "8832")) {
            assertEquals("/CGI/Java/ModeInfo", profiles.forModel(m).modeInfoPath(), m);
            assertEquals(SERVICEABILITY, profiles.forModel(m).networkSetupPath(), m);
        }
        assertEquals(EvidenceLevel.VENDOR_DOC, profiles.forModel("8845").evidence("modeInfoPath"));
        assertEquals(EvidenceLevel.VENDOR_DOC, profiles.forModel("8841").evidence("networkSetupPath"));
        assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("7841").evidence("modeInfoPath"), "only the 8800 guide documents it");
    }

    @Test
    void blindModelsHaveNoModeInfoPath() {
        for (ModelProfile p : profiles.all()) {
            boolean blind = BLIND.contains(p.model());
            assertEquals(blind, p.blind(), p.model());
            assertEquals(blind, p.modeInfoPath() == null, p.model());
            if (blind) {
                assertEquals(EvidenceLevel.ASSUMED, p.evidence("modeInfoPath"), p.model());
            }
        }
        assertEquals(SERVICEABILITY, profiles.forModel("6941").networkSetupPath(), "its trust state can still be read");
    }

    @Test
    void sequencesFollowTheFieldEvidence() {
        List<String> x1 = concat(List.of("Init:Settings", "Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2"),
                UNLOCK, List.of("Key:Soft4", "Key:Soft2"));
        for (String m : List.of("7941", "7961", "7942", "7962", "7945", "7965")) {
            assertEquals(x1, profiles.forModel(m).itlEraseSequence(), m + ": Settings, 4, 5, 2 without an extra level");
        }
        for (String m : List.of("7970", "7975")) {
            List<String> seq = profiles.forModel(m).itlEraseSequence();
            assertEquals(x1.subList(0, x1.size() - 2), seq.subList(0, seq.size() - 1), m);
            assertEquals("Key:Soft5", seq.get(seq.size() - 1), m);
        }
        assertEquals(concat(List.of("Key:Applications", "Key:KeyPad3", "Key:KeyPad4", "Key:KeyPad5", "Key:KeyPad2"),
                UNLOCK, List.of("Key:Soft4", "Key:Soft2")), profiles.forModel("CP-7911G").itlEraseSequence());
        assertEquals(List.of("Key:Settings", "Key:KeyPad4", "Key:KeyPad5", "Key:Soft4", "Key:Soft2"),
                profiles.forModel("6941").itlEraseSequence());
        assertEquals(List.of("Key:Applications", "Pause:3000", "Key:KeyPad5", "Key:KeyPad4", "Key:KeyPad5", "Key:Soft3"),
                profiles.forModel("8841").itlEraseSequence(), "Security settings is item 5; item 4 is Service mode");
        assertTrue(profiles.forModel("8831").itlEraseSequence().isEmpty(), "nobody knows its keys");
    }

    @Test
    void evidenceLevelsAreHonest() {
        assertEquals(EvidenceLevel.FIELD_TESTED, profiles.forModel("8841").evidence("itlEraseSequence"));
        assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("7841").evidence("itlEraseSequence"));
        assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("8851").evidence("itlEraseSequence"), "item 6 is derived, not seen");
        for (String m : List.of("7942", "7965", "7975", "7911", "6941")) {
            assertEquals(EvidenceLevel.FIELD_TESTED, profiles.forModel(m).evidence("itlEraseSequence"), m);
        }
        assertEquals(EvidenceLevel.VENDOR_DOC, profiles.forModel("7941").evidence("screen"));
        assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("7942").evidence("screen"), "the model file overrides its family");
        for (String fact : List.of("screen", "keys", "itlEraseSequence", "modeInfoPath", "networkSetupPath", "menuLabels")) {
            assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("8832").evidence(fact), fact);
        }
    }

    @Test
    void everyShippedProfileStatesItsEvidence() {
        for (ModelProfile p : profiles.all()) {
            for (String fact : List.of("screen", "keys", "itlEraseSequence", "modeInfoPath", "networkSetupPath", "menuLabels")) {
                assertTrue(p.evidence().containsKey(fact), p.model() + " states no evidence for " + fact);
            }
        }
    }

    /** Each erase sequence's digits, read through the model's menu labels, open the trust-list item. */
    @Test
    void sequencesReachTheTrustItemThroughTheMenuLabels() {
        for (ModelProfile p : profiles.all()) {
            if (p.blind() || p.itlEraseSequence().isEmpty()) {
                continue;
            }
            String menu = null;
            String opened = null;
            for (String step : p.itlEraseSequence()) {
                if (menu == null && (step.equals("Key:Settings") || step.equals("Key:Applications"))) {
                    menu = step.substring(4);
                } else if (menu != null && step.matches("Key:KeyPad[1-9]")) {
                    List<String> items = p.menuLabels().get(menu);
                    assertTrue(items != null, p.model() + " has no labels for menu " + menu);
                    opened = items.get(Integer.parseInt(step.substring(10)) - 1);
                    menu = opened;
                }
            }
            assertTrue(Set.of("ITL File", "Security settings").contains(opened), p.model() + " ends on " + opened);
        }
    }

    @Test
    void aUserFileCorrectsPathsAndEvidence(@TempDir Path dir) throws IOException {
        write(dir.resolve("8845.json"), "{\"modeInfoPath\": \"/CGI/Java/ModeInfo2\","
                + " \"itlEraseSequence\": [\"Key:Applications\", \"Key:KeyPad6\", \"Key:KeyPad4\", \"Key:KeyPad5\", \"Key:Soft3\"],"
                + " \"evidence\": {\"itlEraseSequence\": \"captured\"}}");
        write(dir.resolve("family-CP79X5.json"), "{\"networkSetupPath\": \"/NetworkConfig\", \"evidence\": {\"networkSetupPath\": \"captured\"}}");
        write(dir.resolve("7941.json"), "{\"modeInfoPath\": null}");
        ModelProfiles p = ModelProfiles.withOverrides(dir);

        ModelProfile m = p.forModel("8845");
        assertEquals("/CGI/Java/ModeInfo2", m.modeInfoPath());
        assertEquals(EvidenceLevel.ASSUMED, m.evidence("modeInfoPath"), "changed without saying how the user knows");
        assertEquals(EvidenceLevel.CAPTURED, m.evidence("itlEraseSequence"), "the user's own level");
        assertEquals(EvidenceLevel.FIELD_TESTED, m.evidence("screen"), "untouched facts keep the shipped level");
        for (String model : List.of("7945", "7965")) {
            assertEquals("/NetworkConfig", p.forModel(model).networkSetupPath(), model);
            assertEquals(EvidenceLevel.CAPTURED, p.forModel(model).evidence("networkSetupPath"), model);
        }
        assertTrue(p.forModel("7941").blind(), "null removes the family's path");
        assertEquals(EvidenceLevel.ASSUMED, p.forModel("7941").evidence("modeInfoPath"));
        assertEquals("/CGI/Java/ModeInfo", ModelProfiles.builtIn().forModel("8845").modeInfoPath(), "built-ins untouched");
    }

    @Test
    void unknownEvidenceIsRejectedWithTheFileNamed(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("7965.json");
        write(bad, "{\"evidence\": {\"screen\": \"rumour\"}}");
        ModelProfileException e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("rumour")
                && e.getMessage().contains("\"field-tested\""), e.getMessage());

        write(bad, "{\"evidence\": {\"scren\": \"assumed\"}}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("scren"), e.getMessage());

        write(bad, "{\"modeInfoPath\": \"CGI/ModeInfo\"}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("modeInfoPath"), e.getMessage());

        write(bad, "{\"menuLabels\": {\"Settings\": \"Security Configuration\"}}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("Settings"), e.getMessage());
    }

    @Test
    void evidenceLevelsParseTheirJsonNames() {
        for (EvidenceLevel l : EvidenceLevel.values()) {
            assertEquals(l, EvidenceLevel.parse(l.jsonName()));
        }
        assertEquals(EvidenceLevel.VENDOR_DOC, EvidenceLevel.parse(" Vendor Doc "));
        assertThrows(IllegalArgumentException.class, () -> EvidenceLevel.parse("vendor_doc"));
        assertThrows(IllegalArgumentException.class, () -> EvidenceLevel.parse(null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profiles.forModel("8845").evidence("itlEraseSequense"));
        assertTrue(e.getMessage().contains("itlEraseSequense"), e.getMessage());
        assertFalse(profiles.forModel("7965").evidence().containsKey("bluetooth"));
        assertEquals(EvidenceLevel.ASSUMED, profiles.forModel("7965").evidence("bluetooth"), "not stated reads as assumed");
    }

    @Test
    void modelsKeepTheirFamilyDefaults() {
        ModelProfile nr = profiles.forModel("CP-8851NR");
        assertEquals("8851NR", nr.model());
        assertFalse(nr.bluetooth());
        assertEquals(EvidenceLevel.VENDOR_DOC, nr.evidence("bluetooth"));
        assertEquals(EvidenceLevel.VENDOR_DOC, nr.evidence("modeInfoPath"), "from the family file");
        assertEquals(List.of("Network setup", "Status", "Security setup", "Reset settings"), nr.menuLabels().get("Admin settings"));
        assertFalse(profiles.forModel("8865NR").bluetooth());
        assertEquals(List.of("Network setup", "Status", "Reset settings"), profiles.forModel("7841").menuLabels().get("Admin settings"));
        assertEquals(5, profiles.forModel("7841").menuLabels().get("Applications").size(), "other menus from the family");
        assertEquals(0, profiles.forModel("7832").lineKeys(), "a conference phone");
        assertNull(profiles.forModel("8831").menuLabels().get("Applications"));
        assertFalse(nr.modelNumbers().contains("CP-8851"), "8851NR is not the 8851");
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toList();
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
