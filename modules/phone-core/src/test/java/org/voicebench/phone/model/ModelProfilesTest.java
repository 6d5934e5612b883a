package org.voicebench.phone.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelProfilesTest {

    private final ModelProfiles profiles = ModelProfiles.builtIn();

    @Test
    void shipsEveryModelTheIssueNames() {
        Set<String> models = profiles.all().stream().map(ModelProfile::model).collect(Collectors.toSet());
        for (String m : List.of("7941", "7961", "7945", "7965", "7970", "7975", "7821", "7841", "7861",
                "8811", "8841", "8851", "8861", "8845", "8865", "7942", "7962", "7911", "7906", "7811", "7832",
                "8831", "8832", "6941", "6945", "6961", "8851NR", "8865NR")) {
            assertTrue(models.contains(m), "missing profile " + m);
        }
    }

    @Test
    void findsModelsByTheStringsPhonesReport() {
        assertEquals("7965", profiles.forModel("CP-7965G").model());
        assertEquals("7965", profiles.forModel("7965").model());
        assertEquals("8845", profiles.forModel("cp-8845").model());
        assertEquals("7941", profiles.forModel("CP-7941G-GE").model());
        assertEquals("8861", profiles.forModel("Cisco IP Phone 8861").model());
        assertEquals(Optional.empty(), profiles.find("CP-9971"));
        assertEquals(Optional.empty(), profiles.find("  "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profiles.forModel("CP-9971"));
        assertTrue(e.getMessage().contains("CP-9971") && e.getMessage().contains("8845"), e.getMessage());
    }

    @Test
    void screensFollowThePhoneInterfaceDocument() {
        ModelProfile p8845 = profiles.forModel("8845");
        assertEquals(800, p8845.screenWidth());
        assertEquals(480, p8845.screenHeight());
        assertEquals(ImageFormat.PNG, p8845.imageFormat());
        assertFalse(p8845.grayscale());
        ModelProfile p7841 = profiles.forModel("7841");
        assertEquals(396, p7841.screenWidth());
        assertEquals(162, p7841.screenHeight());
        assertTrue(p7841.grayscale());
        assertEquals(ImageFormat.PNG, p7841.imageFormat());
        ModelProfile p7961 = profiles.forModel("7961");
        assertEquals(320, p7961.screenWidth());
        assertEquals(196, p7961.screenHeight());
        assertEquals(4, p7961.grayLevels());
        assertEquals(ImageFormat.BMP, p7961.imageFormat());
        ModelProfile p7975 = profiles.forModel("7975");
        assertEquals(240, p7975.screenHeight());
        assertEquals(ImageFormat.BMP, p7975.imageFormat());
        assertEquals(EvidenceLevel.ASSUMED, p7975.evidence("screen"), "7945/65/70/75 screen size is unverified");
    }

    @Test
    void keysAndAliasesDifferByFamily() {
        ModelProfile p8845 = profiles.forModel("8845");
        assertFalse(p8845.hasKey("Hold"));
        assertEquals(Optional.of("FixedFeature3"), p8845.resolveKey("Hold"));
        assertEquals(Optional.of("Applications"), p8845.resolveKey("Settings"));
        assertEquals(Optional.of("Applications"), p8845.resolveKey("settings"));
        assertTrue(p8845.hasKey("NavBack"));
        assertTrue(p8845.hasKey("Line10"));
        assertFalse(p8845.hasKey("Line11"));
        assertFalse(p8845.hasKey("Soft5"));
        assertEquals(Optional.empty(), p8845.resolveKey("Info"));

        ModelProfile p7965 = profiles.forModel("7965");
        assertTrue(p7965.hasKey("Settings"));
        assertFalse(p7965.hasKey("NavBack"));
        assertEquals(Optional.of("Settings"), p7965.resolveKey("Applications"));
        assertTrue(p7965.hasKey("Soft4"));
        assertFalse(p7965.hasKey("Soft5"));
        assertTrue(profiles.forModel("7970").hasKey("Soft5"));
        assertTrue(p7965.hasKey("KeyPadStar") && p7965.hasKey("KeyPadPound") && p7965.hasKey("KeyPad0"));
        assertEquals(Optional.of("NavDwn"), p7965.resolveKey("NavDown"));
        assertTrue(profiles.forModel("7861").hasKey("Line16"));
        assertFalse(profiles.forModel("7941").hasKey("Line3"));
    }

    @Test
    void unlockAndBluetoothFlags() {
        for (ModelProfile p : profiles.all()) {
            assertEquals(p.family().is79xx(), p.securityUnlockRequired(), p.model());
        }
        for (String m : List.of("8845", "8865", "8851")) {
            assertTrue(profiles.forModel(m).bluetooth(), m);
            assertEquals("Key:KeyPad6", profiles.forModel(m).itlEraseSequence().get(2), m + " menu numbering shifts");
        }
        assertTrue(profiles.forModel("8861").bluetooth());
        assertEquals("Key:KeyPad5", profiles.forModel("8861").itlEraseSequence().get(2), "8861 firmware lists no Accessories");
        for (String m : List.of("8841", "8851NR", "8865NR")) {
            assertFalse(profiles.forModel(m).bluetooth(), m);
            assertEquals("Key:KeyPad5", profiles.forModel(m).itlEraseSequence().get(2), m);
        }
        assertEquals("Key:Soft5", last(profiles.forModel("7975").itlEraseSequence()));
    }

    @Test
    void userFileCorrectsOneFieldOfAShippedModel(@TempDir Path dir) throws IOException {
        write(dir.resolve("7965.json"), "{\"screen\": {\"height\": 234}, \"keyAliases\": {\"NavDown\": null}}");
        ModelProfiles p = ModelProfiles.withOverrides(dir);
        ModelProfile m = p.forModel("CP-7965G");
        assertEquals(234, m.screenHeight());
        assertEquals(320, m.screenWidth(), "fields the user file does not name are kept");
        assertEquals(Optional.empty(), m.resolveKey("NavDown"), "null removes an alias");
        assertEquals(240, ModelProfiles.builtIn().forModel("7965").screenHeight(), "built-ins untouched");
        assertEquals(240, p.forModel("7945").screenHeight(), "other models untouched");
    }

    @Test
    void userFilesAddModelsAndCorrectFamilies(@TempDir Path dir) throws IOException {
        write(dir.resolve("8800X.json"), "{\"model\": \"8800X\", \"family\": \"CP88XX\", \"modelNumbers\": [\"CP-8800X\"]}");
        write(dir.resolve("family-CP88XX.json"), "{\"softKeys\": 5}");
        ModelProfiles p = ModelProfiles.withOverrides(dir);
        ModelProfile added = p.forModel("CP-8800X");
        assertEquals("8800X", added.model());
        assertEquals(800, added.screenWidth());
        assertTrue(added.hasKey("Soft5"));
        assertTrue(p.forModel("8841").hasKey("Soft5"));
        assertFalse(p.forModel("8845").hasKey("Soft5"), "another family is untouched");
    }

    @Test
    void missingUserDirectoryMeansNoCorrections(@TempDir Path dir) throws IOException {
        ModelProfiles p = ModelProfiles.withOverrides(dir.resolve("absent"));
        assertEquals(ModelProfiles.builtIn().all().size(), p.all().size());
    }

    @Test
    void brokenUserFilesAreNamedWithTheProblem(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("7965.json");
        write(bad, "{\"screen\": {\"width\": -3}}");
        ModelProfileException e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains(bad.toString()) && e.getMessage().contains("screen.width"), e.getMessage());

        write(bad, "{\"screen\": ");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().startsWith(bad.toString()) && e.getMessage().contains("not valid JSON"), e.getMessage());

        write(bad, "{\"keyAliases\": {\"Hold\": \"NoSuchKey\"}}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains("NoSuchKey"), e.getMessage());

        write(bad, "{\"itlEraseSequence\": [\"Key:Settings\", \"Soft:4\"]}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains("Soft:4"), e.getMessage());

        Files.delete(bad);
        write(dir.resolve("9999.json"), "{\"screen\": {\"width\": 10, \"height\": 10, \"format\": \"PNG\"}}");
        e = assertThrows(ModelProfileException.class, () -> ModelProfiles.withOverrides(dir));
        assertTrue(e.getMessage().contains("9999.json") && e.getMessage().contains("family"), e.getMessage());
    }

    @Test
    void imageFormatSniffsMagicBytes() {
        assertEquals(ImageFormat.PNG, ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
        assertEquals(ImageFormat.BMP, ImageFormat.sniff("BM....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(null, ImageFormat.sniff("<CiscoIPPhoneError Number=\"4\"/>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(null, ImageFormat.sniff(new byte[] {'B'}));
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    private static void write(Path p, String s) throws IOException {
        Files.writeString(p, s, StandardCharsets.UTF_8);
    }
}
