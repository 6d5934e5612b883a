package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.Severity;

/** The icons differ by colour and by shape (a colour-blind user tells them apart by the corners). */
class SeverityIconTest {

    private static BufferedImage paint(Severity s) {
        BufferedImage image = new BufferedImage(SeverityIcon.SIZE, SeverityIcon.SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        SeverityIcon.of(s).paintIcon(null, g, 0, 0);
        g.dispose();
        return image;
    }

    @Test
    void eachSeverityHasItsColourAndShape() {
        for (Severity s : Severity.values()) {
            // left of the white mark, inside every shape
            assertEquals(SeverityIcon.color(s).getRGB(), paint(s).getRGB(4, SeverityIcon.SIZE - 3), s.name());
        }
        // the triangle leaves the top-left area empty; the octagon fills its top edge middle; the circle leaves corners
        assertEquals(0, paint(Severity.WARNING).getRGB(2, 2) >>> 24, "triangle: top-left corner empty");
        assertNotEquals(0, paint(Severity.CRITICAL).getRGB(4, 1) >>> 24, "octagon: top edge filled");
        assertEquals(0, paint(Severity.INFO).getRGB(0, 0) >>> 24, "circle: corner empty");
    }
}
