package org.voicebench.phone.sim;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Pixel checks of simulated phones' screenshots for other modules' tests: how much of the content area shows the
 * background the phone took.
 */
public final class ScreenChecks {

    private ScreenChecks() {
    }

    /** The share of the content area (between title bar and soft keys) painted with the phone's background. */
    public static double shareShowing(SimulatedPhone p, BufferedImage screen) {
        BufferedImage pushed = p.background().orElse(null);
        if (pushed == null) {
            return 0;
        }
        boolean grey = screen.getType() == BufferedImage.TYPE_BYTE_GRAY;
        int expected = asShown(pushed, grey);
        int bar = Math.max(14, screen.getHeight() / 9);
        int match = 0;
        int total = 0;
        for (int y = bar; y < screen.getHeight() - 2 * bar; y++) {
            for (int x = 0; x < screen.getWidth(); x++) {
                total++;
                int v = grey ? screen.getRaster().getSample(x, y, 0) : screen.getRGB(x, y);
                if (grey ? Math.abs(v - expected) <= 6 : close(v, expected)) {
                    match++;
                }
            }
        }
        return match / (double) total;
    }

    /** The pushed picture's centre as the screen holds it: a grey sample on a grey screen, else RGB. */
    private static int asShown(BufferedImage pushed, boolean grey) {
        BufferedImage one = new BufferedImage(1, 1, grey ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = one.createGraphics();
        int cx = pushed.getWidth() / 2;
        int cy = pushed.getHeight() / 2;
        g.drawImage(pushed, 0, 0, 1, 1, cx, cy, cx + 1, cy + 1, null);
        g.dispose();
        return grey ? one.getRaster().getSample(0, 0, 0) : one.getRGB(0, 0);
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 6) {
                return false;
            }
        }
        return true;
    }
}
