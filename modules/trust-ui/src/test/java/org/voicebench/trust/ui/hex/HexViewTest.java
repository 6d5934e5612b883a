package org.voicebench.trust.ui.hex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.ui.ByteRange;

/** The hex view paints from its clip only: no display needed, painting goes into an image. */
class HexViewTest {

    @Test
    void paintingReadsOnlyTheBytesOfTheVisibleRows() {
        int size = 1024 * 1024;
        AtomicInteger reads = new AtomicInteger();
        HexView view = new HexView(size, offset -> {
            reads.incrementAndGet();
            return offset & 0xff;
        });
        HexLayout l = view.layoutGeometry();
        view.setSize(l.width(), l.height());
        BufferedImage img = new BufferedImage(l.width(), 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        int top = l.rowY(40_000);
        g.translate(0, -top);
        g.setClip(0, top, l.width(), 20 * l.lineHeight());
        view.paint(g);
        g.dispose();
        int rowsPainted = reads.get() / HexLayout.BYTES_PER_ROW;
        assertTrue(reads.get() > 0, "something was painted");
        assertTrue(rowsPainted <= 22, "a 20-row clip paints about 20 rows of a 65,536-row file, not " + rowsPainted);
    }

    @Test
    void highlightIsKeptAndDescribedForScreenReaders() {
        HexView view = new HexView(100, offset -> 0);
        view.setHighlight(new ByteRange(10, 5));
        assertEquals(new ByteRange(10, 5), view.highlight());
        assertEquals("5 bytes highlighted from offset 10", view.getAccessibleContext().getAccessibleDescription());
        view.setHighlight(null);
        assertEquals("No bytes highlighted", view.getAccessibleContext().getAccessibleDescription());
    }

    @Test
    void aClickReportsTheByteUnderTheMouse() {
        HexView view = new HexView(100, offset -> 0);
        AtomicInteger clicked = new AtomicInteger(-1);
        view.setByteClickHandler(clicked::set);
        java.awt.Point p = view.pointOf(37);
        view.dispatchEvent(new java.awt.event.MouseEvent(view, java.awt.event.MouseEvent.MOUSE_PRESSED,
                System.currentTimeMillis(), 0, p.x, p.y, 1, false, java.awt.event.MouseEvent.BUTTON1));
        assertEquals(37, clicked.get());
    }
}
