package org.voicebench.phone.sim;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.voicebench.phone.model.ImageFormat;
import org.voicebench.phone.model.ModelProfile;

/**
 * Draws a {@link Screen} at the model's resolution with Java2D (title bar, lines with the selection,
 * menu items numbered, prompt/status, soft-key labels) and encodes it as the model's screenshot format
 * (PNG or BMP). Grey-level models use four grey levels, like the 79x1 display.
 */
final class ScreenRenderer {

    private static final Color[] GREY = {new Color(0, 0, 0), new Color(85, 85, 85), new Color(170, 170, 170),
            new Color(255, 255, 255)};

    private ScreenRenderer() {
    }

    static BufferedImage render(Screen s, ModelProfile m) {
        return render(s, m, null);
    }

    /**
     * The screen with {@code background} (a setBackground image; null: none) drawn behind the lines, scaled to
     * the area between the title bar and the soft keys, where a phone shows its wallpaper.
     */
    static BufferedImage render(Screen s, ModelProfile m, BufferedImage background) {
        int w = m.screenWidth();
        int h = m.screenHeight();
        BufferedImage img = new BufferedImage(w, h, m.grayscale() ? BufferedImage.TYPE_BYTE_GRAY
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            Palette p = m.grayscale()
                    ? new Palette(GREY[3], GREY[0], GREY[1], GREY[3], GREY[0], GREY[3], GREY[2])
                    : new Palette(Color.WHITE, Color.BLACK, new Color(0x1F, 0x4E, 0x79), Color.WHITE,
                            new Color(0x04, 0x9F, 0xD9), Color.WHITE, new Color(0xD9, 0xD9, 0xD9));
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, m.grayscale()
                    ? RenderingHints.VALUE_TEXT_ANTIALIAS_OFF : RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int bar = Math.max(14, h / 9);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, bar * 2 / 3));
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            g.setColor(p.background);
            g.fillRect(0, 0, w, h);
            if (background != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(background, 0, bar, w, h - 2 * bar, null);
            }
            // title bar
            g.setColor(p.titleBg);
            g.fillRect(0, 0, w, bar);
            g.setColor(p.titleFg);
            text(g, fm, s.title(), 4, 0, bar, w - 8);
            // lines
            int softTop = h - bar;
            int promptTop = softTop - bar;
            int y = bar + 2;
            for (int i = 0; i < s.fields().size() && y + bar <= promptTop; i++, y += bar) {
                Screen.Field f = s.fields().get(i);
                boolean sel = i == s.selected();
                if (sel) {
                    g.setColor(p.selectBg);
                    g.fillRect(0, y, w, bar);
                }
                g.setColor(sel ? p.selectFg : p.foreground);
                // a menu's numbers are drawn by the phone, not part of the item labels (ModeInfo has none)
                text(g, fm, s.menu() ? (i + 1) + " " + f.name() : f.name(), 6, y, bar, w / 2 + w / 4);
                if (!f.value().isEmpty()) {
                    int vw = Math.min(fm.stringWidth(f.value()), w / 2);
                    text(g, fm, f.value(), w - vw - 6, y, bar, w / 2);
                }
            }
            // prompt or status
            String line = s.status().isEmpty() ? s.prompt() : s.status();
            g.setColor(p.foreground);
            text(g, fm, line, 4, promptTop, bar, w - 8);
            // soft keys
            g.setColor(p.softBg);
            g.fillRect(0, softTop, w, bar);
            int slots = Math.max(m.softKeys(), s.softKeys().size());
            List<String> keys = s.softKeys();
            g.setColor(p.foreground);
            for (int i = 0; i < slots; i++) {
                int x = i * w / slots;
                if (i < keys.size() && !keys.get(i).isEmpty()) {
                    text(g, fm, keys.get(i), x + 3, softTop, bar, w / slots - 6);
                }
                if (i > 0) {
                    g.drawLine(x, softTop + 2, x, h - 3);
                }
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** The encoded screenshot: PNG or BMP as the model sends. */
    static byte[] encode(BufferedImage img, ModelProfile m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(m.screenWidth() * m.screenHeight() / 4);
        try {
            if (m.imageFormat() == ImageFormat.PNG) {
                writePng(img, out);
            } else if (!ImageIO.write(img, "bmp", out)) {
                throw new IllegalStateException("no ImageIO BMP writer for image type " + img.getType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("encoding a screenshot in memory failed", e);
        }
        return out.toByteArray();
    }

    /**
     * PNG with light compression: at the default level an 800x480 screen takes ~15 ms to encode, at
     * quality 0.9 ~6 ms for a 10% larger file, which is what lets 1,000 phones answer in time.
     */
    private static void writePng(BufferedImage img, ByteArrayOutputStream out) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static void text(Graphics2D g, FontMetrics fm, String s, int x, int top, int height, int maxWidth) {
        String t = s;
        while (!t.isEmpty() && fm.stringWidth(t) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        g.drawString(t, x, top + (height + fm.getAscent() - fm.getDescent()) / 2);
    }

    private record Palette(Color background, Color foreground, Color titleBg, Color titleFg, Color selectBg,
                           Color selectFg, Color softBg) {
    }
}
