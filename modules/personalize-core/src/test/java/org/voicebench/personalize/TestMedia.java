package org.voicebench.personalize;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/** Pictures and sounds made in code for the tests. */
final class TestMedia {

    /** The colour of the solid test picture: distinct in every depth, mid-grey in luma. */
    static final Color SOLID = new Color(200, 40, 40);

    private TestMedia() {
    }

    static BufferedImage solid(int width, int height, Color c) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }

    /** A horizontal grey ramp from black to white: every grey level appears. */
    static BufferedImage ramp(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            int v = x * 255 / (width - 1);
            for (int y = 0; y < height; y++) {
                img.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return img;
    }

    static Path png(Path dir, String name, BufferedImage img) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static Path jpeg(Path dir, String name, BufferedImage img) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }

    /** A WAV of a sine at {@code hz}, {@code seconds} long, 16-bit PCM at {@code rate} with {@code channels}. */
    static Path sineWav(Path dir, String name, double hz, double seconds, int rate, int channels) throws IOException {
        int frames = (int) Math.round(seconds * rate);
        byte[] pcm = new byte[frames * channels * 2];
        for (int i = 0; i < frames; i++) {
            short s = (short) Math.round(Math.sin(2 * Math.PI * hz * i / rate) * 16_000);
            for (int c = 0; c < channels; c++) {
                int at = (i * channels + c) * 2;
                pcm[at] = (byte) s;
                pcm[at + 1] = (byte) (s >> 8);
            }
        }
        AudioFormat f = new AudioFormat(rate, 16, channels, true, false);
        Path file = dir.resolve(name);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), f, frames)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }
}
