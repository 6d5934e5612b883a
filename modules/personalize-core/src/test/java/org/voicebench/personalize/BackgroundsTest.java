package org.voicebench.personalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.model.EvidenceLevel;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.model.Personalization;

class BackgroundsTest {

    private static final ModelProfiles PROFILES = ModelProfiles.builtIn();

    /** Model to {full w, full h, depth, thumb w, thumb h}: backgrounds-ringtones.md, and the assumed 78xx/8811. */
    private static final Map<String, int[]> SIZES = Map.ofEntries(
            Map.entry("7941", new int[] {320, 196, 4, 80, 53}), Map.entry("7942", new int[] {320, 196, 4, 80, 53}),
            Map.entry("7961", new int[] {320, 196, 4, 80, 53}), Map.entry("7962", new int[] {320, 196, 4, 80, 53}),
            Map.entry("7945", new int[] {320, 212, 16, 80, 53}), Map.entry("7965", new int[] {320, 212, 16, 80, 53}),
            Map.entry("7970", new int[] {320, 212, 12, 80, 53}), Map.entry("7975", new int[] {320, 216, 16, 80, 53}),
            Map.entry("8841", new int[] {800, 480, 24, 139, 109}), Map.entry("8845", new int[] {800, 480, 24, 139, 109}),
            Map.entry("8851", new int[] {800, 480, 24, 139, 109}), Map.entry("8861", new int[] {800, 480, 24, 139, 109}),
            Map.entry("8865", new int[] {800, 480, 24, 139, 109}), Map.entry("8811", new int[] {800, 480, 24, 139, 109}),
            Map.entry("7841", new int[] {396, 162, 4, 99, 41}));

    @Test
    void everyModelGetsItsFullImageAndThumbnailAtItsSize() throws IOException {
        BufferedImage photo = TestMedia.ramp(1200, 900);
        for (Map.Entry<String, int[]> e : SIZES.entrySet()) {
            ModelProfile p = PROFILES.forModel(e.getKey());
            Personalization.Background spec = p.personalization().backgroundImage().orElseThrow();
            int[] want = e.getValue();
            assertEquals(List.of(want[0], want[1], want[2], want[3], want[4]),
                    List.of(spec.width(), spec.height(), spec.depth(), spec.thumbnailWidth(), spec.thumbnailHeight()), e.getKey());
            ModelBackground bg = Backgrounds.render(photo, List.of(p.model()), spec, Fit.CROP);
            BufferedImage full = ImageIO.read(new ByteArrayInputStream(bg.fullPng()));
            BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(bg.thumbnailPng()));
            assertEquals(want[0] + "x" + want[1], full.getWidth() + "x" + full.getHeight(), e.getKey());
            assertEquals(want[3] + "x" + want[4], thumb.getWidth() + "x" + thumb.getHeight(), e.getKey());
            assertEquals("Desktops/" + want[0] + "x" + want[1] + "x" + want[2], bg.directory());
        }
    }

    @Test
    void sizesCarryTheirEvidence() {
        assertEquals(EvidenceLevel.VENDOR_DOC, PROFILES.forModel("7941").evidence("background"));
        assertEquals(EvidenceLevel.FIELD_TESTED, PROFILES.forModel("8845").evidence("background"));
        assertEquals(EvidenceLevel.ASSUMED, PROFILES.forModel("7975").evidence("background"), "public tools disagree");
        assertEquals(EvidenceLevel.ASSUMED, PROFILES.forModel("7841").evidence("background"), "no source lists it");
        assertEquals(EvidenceLevel.ASSUMED, PROFILES.forModel("8811").evidence("background"));
        assertEquals(EvidenceLevel.ASSUMED, PROFILES.forModel("8845").evidence("personalizationRefusal"));
        assertTrue(PROFILES.forModel("6941").personalization().backgroundImage().isEmpty(), "nobody has published a 69xx size");
        assertTrue(PROFILES.forModel("7811").personalization().backgroundImage().isEmpty());
    }

    @Test
    void a7941GetsFourGreyLevels() {
        Personalization.Background spec = PROFILES.forModel("7941").personalization().background();
        ModelBackground bg = Backgrounds.render(TestMedia.ramp(640, 392), List.of("7941"), spec, Fit.CROP);
        assertEquals(Set.of(0, 85, 170, 255), greys(bg.full()));
        assertEquals(Set.of(0, 85, 170, 255), greys(bg.thumbnail()));
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, bg.full().getType());
    }

    @Test
    void a16BitColourScreenGets565Colours() {
        Personalization.Background spec = PROFILES.forModel("7965").personalization().background();
        ModelBackground bg = Backgrounds.render(TestMedia.solid(100, 100, new Color(201, 43, 41)), List.of("7965"), spec, Fit.CROP);
        Color c = new Color(bg.full().getRGB(160, 100));
        assertEquals(DisplayDepth.posterise(201, 32), c.getRed());
        assertEquals(DisplayDepth.posterise(43, 64), c.getGreen());
        assertEquals(DisplayDepth.posterise(41, 32), c.getBlue());
    }

    @Test
    void cropFillsAndLetterboxAddsBars() {
        Personalization.Background spec = PROFILES.forModel("8845").personalization().background();
        BufferedImage square = TestMedia.solid(500, 500, Color.WHITE);
        ModelBackground crop = Backgrounds.render(square, List.of("8845"), spec, Fit.CROP);
        ModelBackground box = Backgrounds.render(square, List.of("8845"), spec, Fit.LETTERBOX);
        assertEquals(Color.WHITE.getRGB(), crop.full().getRGB(5, 240));
        assertEquals(Color.BLACK.getRGB(), box.full().getRGB(5, 240), "bars left and right of a square on 5:3");
        assertEquals(Color.WHITE.getRGB(), box.full().getRGB(400, 240));
    }

    @Test
    void modelsOfOneSizeShareOneImageAndUnknownSizesAreNamed() {
        List<ModelProfile> models = List.of(PROFILES.forModel("7941"), PROFILES.forModel("7961"), PROFILES.forModel("8845"),
                PROFILES.forModel("6941"));
        List<ModelBackground> out = Backgrounds.forModels(TestMedia.solid(10, 10, Color.RED), models, Fit.CROP);
        assertEquals(2, out.size());
        assertEquals(List.of("7941", "7961"), out.get(0).models());
        assertEquals(List.of("6941"), Backgrounds.unsupported(models));
    }

    @Test
    void readsPngAndJpegAndNamesTheFileWhenItCannot(@TempDir Path dir) throws Exception {
        assertEquals(40, SourceImages.read(TestMedia.png(dir, "a.png", TestMedia.solid(40, 30, Color.RED))).getWidth());
        assertEquals(40, SourceImages.read(TestMedia.jpeg(dir, "a.jpg", TestMedia.solid(40, 30, Color.RED))).getWidth());
        Path text = Files.writeString(dir.resolve("logo.png"), "not an image");
        PersonalizeInputException e = assertThrows(PersonalizeInputException.class, () -> SourceImages.read(text));
        assertTrue(e.getMessage().startsWith(text.toString() + ":"), e.getMessage());
        PersonalizeInputException missing = assertThrows(PersonalizeInputException.class,
                () -> SourceImages.read(dir.resolve("none.png")));
        assertTrue(missing.getMessage().contains("none.png: no such image file"), missing.getMessage());
    }

    private static Set<Integer> greys(BufferedImage img) {
        Set<Integer> levels = new TreeSet<>();
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                levels.add(img.getRaster().getSample(x, y, 0));
            }
        }
        assertFalse(levels.isEmpty());
        return levels;
    }
}
