package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.ScreenChecks;
import org.voicebench.phone.sim.SimulatedPhone;

/** {@code personalize} against the lab: the acceptance run, export, and the input and usage errors. */
@Timeout(180)
class PersonalizeCommandTest {

    private static final String USER = "labadmin";
    private static final String PASSWORD = "lab-pass";
    private static final Environment ENV = Map.of(PasswordVariable.NAME, PASSWORD)::get;
    /** The lab's seven models (DemoLab). */
    private static final List<String> LAB_MODELS = List.of("7965", "7975", "7841", "8845", "8861", "7945", "8811");
    private static final Color PICTURE = new Color(200, 40, 40);

    @Test
    void twentyPhonesOfTheSevenLabModelsTwoWithPersonalizationOff(@TempDir Path dir) throws Exception {
        PhoneLab.Builder b = PhoneLab.builder().user(USER, PASSWORD);
        for (int i = 0; i < 20; i++) {
            boolean off = i == 4 || i == 13;
            b.add(1, LAB_MODELS.get(i % LAB_MODELS.size()), PhoneConditions.NORMAL.withPersonalization(!off));
        }
        Path image = dir.resolve("company.png");
        ImageIO.write(solid(1024, 768, PICTURE), "png", image.toFile());
        try (PhoneLab lab = b.start()) {
            Path phones = Files.writeString(dir.resolve("lab.csv"), lab.inventoryCsv());
            List<byte[]> before = lab.phones().stream().map(SimulatedPhone::screenshot).toList();
            Path report = dir.resolve("report.json");
            CliRun r = CliRun.with(ENV, "personalize", "--phones", phones.toString(), "--user", USER, "--background",
                    image.toString(), "--serve-address", "127.0.0.1", "--report", report.toString(), "--json");
            assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
            assertTrue(r.out().contains("\"SUCCESS\" : 18") && r.out().contains("\"PERSONALIZATION_DISABLED\" : 2"), r.transcript());
            assertEquals(r.out(), Files.readString(report));
            assertTrue(!r.out().contains(PASSWORD) && !r.err().contains(PASSWORD));
            for (SimulatedPhone p : lab.phones()) {
                boolean off = !p.conditions().personalization();
                double share = shareShowing(p, p.screenshot());
                if (off) {
                    assertTrue(p.background().isEmpty(), p.name());
                } else {
                    assertTrue(share > 0.4, p.profile().model() + ": " + share + " of the screen shows the picture");
                    assertTrue(shareShowing(p, before.get(p.index())) < 0.05, p.profile().model() + ": not before the push");
                }
            }
        }
    }

    @Test
    void exportWritesTheTftpFiles(@TempDir Path dir) throws Exception {
        Path image = dir.resolve("bg.jpg");
        ImageIO.write(solid(640, 480, Color.BLUE), "jpg", image.toFile());
        Path sound = wav(dir.resolve("ring.wav"), 3);
        Path out = dir.resolve("tftp");
        CliRun r = CliRun.of("personalize", "export", "--background", image.toString(), "--models", "7941,CP-7965G,8845",
                "--ringtone", sound.toString(), "--name", "Acme", "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.transcript());
        assertTrue(Files.readString(out.resolve("Desktops/320x196x4/List.xml")).contains("URL=\"TFTP:Desktops/320x196x4/Acme.png\""));
        assertTrue(Files.exists(out.resolve("Desktops/320x212x16/TN-Acme.png")));
        assertTrue(Files.exists(out.resolve("Desktops/800x480x24/Acme.png")));
        assertEquals(16_080, Files.size(out.resolve("Acme.raw")), "3 s cut to the narrowband limit");
        assertEquals(48_000 * 2, Files.size(out.resolve("Acme.rwb")));
        assertTrue(Files.readString(out.resolve("Ringlist-wb.xml")).contains("<DisplayName>Acme</DisplayName>"));
        assertTrue(r.err().contains("cut to 2.01 s (.raw)"), r.transcript());
    }

    @Test
    void badInputsAndUsage(@TempDir Path dir) throws IOException {
        Path notImage = Files.writeString(dir.resolve("x.png"), "text");
        Path csv = Files.writeString(dir.resolve("p.csv"), "address\n127.0.0.1:1\n");
        CliRun bad = CliRun.with(ENV, "personalize", "--phones", csv.toString(), "--user", USER, "--background", notImage.toString());
        assertEquals(ExitCodes.INPUT_ERROR, bad.exit(), bad.transcript());
        assertTrue(bad.err().contains(notImage + ": "), bad.transcript());
        assertEquals(ExitCodes.USAGE, CliRun.with(ENV, "personalize", "--phones", csv.toString(), "--user", USER).exit());
        assertEquals(ExitCodes.USAGE, CliRun.with(ENV, "personalize", "--background", notImage.toString()).exit());
        CliRun noPassword = CliRun.with(name -> null, "personalize", "--phones", csv.toString(), "--user", USER,
                "--background", TestImage.write(dir));
        assertEquals(ExitCodes.USAGE, noPassword.exit(), noPassword.transcript());
        CliRun unknown = CliRun.of("personalize", "export", "--background", TestImage.write(dir), "--models", "9999", "-o",
                dir.resolve("o").toString());
        assertEquals(ExitCodes.INPUT_ERROR, unknown.exit(), unknown.transcript());
        assertEquals(ExitCodes.USAGE, CliRun.of("personalize", "export", "--background", TestImage.write(dir), "-o", "x").exit());
    }

    private static double shareShowing(SimulatedPhone p, byte[] screenshot) throws IOException {
        return ScreenChecks.shareShowing(p, ImageIO.read(new ByteArrayInputStream(screenshot)));
    }

    private static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Path wav(Path file, double seconds) throws IOException {
        int rate = 22_050;
        int frames = (int) (seconds * rate);
        ByteArrayOutputStream pcm = new ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            short s = (short) (Math.sin(2 * Math.PI * 523 * i / rate) * 12_000);
            pcm.write(s & 0xFF);
            pcm.write((s >> 8) & 0xFF);
        }
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm.toByteArray()),
                new AudioFormat(rate, 16, 1, true, false), frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** A small valid picture. */
    private static final class TestImage {
        static String write(Path dir) throws IOException {
            Path p = dir.resolve("ok.png");
            ImageIO.write(solid(64, 48, Color.GREEN), "png", p.toFile());
            return p.toString();
        }
    }
}
