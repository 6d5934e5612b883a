/*
 * Regenerates the VoiceBench splash and About images (400x250).
 * Run from the repository root:  java branding/tools/MakeSplash.java
 * Writes (both files are committed; the build does not run this):
 *   branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup/splash.gif  (splash screen; NetBeans asks for this name)
 *   branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup/about.png   (image in Help > About)
 * Keep the bottom 40 px free of text: the splash's progress text and bar are painted there
 * (SplashRunningTextBounds / SplashProgressBarBounds in the Bundle.properties next to the images).
 */
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

public class MakeSplash {
    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        int w = 400, h = 250;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x0B1D3A), 0, h, new Color(0x12386B)));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x4F8FE0));
        g.fillRect(40, 138, 80, 3);

        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 44));
        g.drawString("VoiceBench", 38, 120);

        g.setColor(new Color(0xC8D6EA));
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 17));
        g.drawString("Trust lists \u00b7 Phones \u00b7 Macros", 40, 172);
        g.dispose();

        File dir = new File("branding/src/main/nbm-branding/core/core.jar/org/netbeans/core/startup");
        if (!dir.isDirectory()) {
            throw new IOException("run from the repository root; missing " + dir);
        }
        write(img, "png", new File(dir, "about.png"));
        write(img, "gif", new File(dir, "splash.gif"));
    }

    private static void write(BufferedImage img, String format, File f) throws IOException {
        if (!ImageIO.write(img, format, f)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        System.out.println(f + ": " + f.length() + " bytes");
    }
}
