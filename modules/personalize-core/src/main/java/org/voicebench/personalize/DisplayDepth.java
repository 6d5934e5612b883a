package org.voicebench.personalize;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import org.voicebench.phone.model.Personalization;

/**
 * Reduces an RGB image to what a display shows: its grey levels (the 7941/61 show 4), or its colour depth
 * (12 bits: 4 per channel; 16 bits: 5-6-5; 24 bits: unchanged). Done here rather than by the phone so that the
 * preview is what the phone will show and the file is no richer than the display.
 */
final class DisplayDepth {

    private DisplayDepth() {
    }

    static BufferedImage reduce(BufferedImage rgb, Personalization.Background spec) {
        return spec.grayscale() ? grey(rgb, spec.grayLevels()) : colour(rgb, spec.depth());
    }

    /** Luma (Rec. 601) posterised to {@code levels} evenly spaced greys, in an 8-bit grey image. */
    static BufferedImage grey(BufferedImage rgb, int levels) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = out.getRaster();
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                double luma = 0.299 * ((p >> 16) & 0xFF) + 0.587 * ((p >> 8) & 0xFF) + 0.114 * (p & 0xFF);
                raster.setSample(x, y, 0, posterise((int) Math.round(luma), levels));
            }
        }
        return out;
    }

    /** The nearest of {@code levels} evenly spaced values from 0 to 255. */
    static int posterise(int value, int levels) {
        if (levels < 2 || levels >= 256) {
            return value;
        }
        int step = Math.round(value * (levels - 1) / 255f);
        return Math.round(step * 255f / (levels - 1));
    }

    private static BufferedImage colour(BufferedImage rgb, int depth) {
        int[] bits = switch (depth) {
            case 12 -> new int[] {4, 4, 4};
            case 15 -> new int[] {5, 5, 5};
            case 16 -> new int[] {5, 6, 5};
            default -> null;
        };
        if (bits == null) {
            return rgb;
        }
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rgb.getHeight(); y++) {
            for (int x = 0; x < rgb.getWidth(); x++) {
                int p = rgb.getRGB(x, y);
                int r = posterise((p >> 16) & 0xFF, 1 << bits[0]);
                int g = posterise((p >> 8) & 0xFF, 1 << bits[1]);
                int b = posterise(p & 0xFF, 1 << bits[2]);
                out.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return out;
    }
}
