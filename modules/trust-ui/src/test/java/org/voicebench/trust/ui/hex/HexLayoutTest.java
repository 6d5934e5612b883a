package org.voicebench.trust.ui.hex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.Rectangle;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.ui.ByteRange;

class HexLayoutTest {

    private static final int CW = 7;
    private static final int LH = 15;
    private static final int M = 4;

    @Test
    void rowsCoverTheFile() {
        assertEquals(0, new HexLayout(0, CW, LH, M).rows());
        assertEquals(1, new HexLayout(1, CW, LH, M).rows());
        assertEquals(1, new HexLayout(16, CW, LH, M).rows());
        assertEquals(2, new HexLayout(17, CW, LH, M).rows());
        HexLayout big = new HexLayout(70_000, CW, LH, M);
        assertEquals(4375, big.rows());
        assertEquals(2 * M + 4375 * LH, big.height());
    }

    @Test
    void everyByteIsHitAtTheCentreOfItsHexPairAndItsAsciiCharacter() {
        HexLayout l = new HexLayout(1000, CW, LH, M);
        for (int offset = 0; offset < 1000; offset++) {
            Point p = l.hexCentre(offset);
            assertEquals(offset, l.offsetAt(p.x, p.y), "hex pair of " + offset);
            int row = offset / 16;
            int col = offset % 16;
            assertEquals(offset, l.offsetAt(l.asciiX(col) + CW / 2, l.rowY(row) + 1), "ASCII of " + offset);
        }
    }

    @Test
    void pointsOutsideTheBytesHitNothing() {
        HexLayout l = new HexLayout(20, CW, LH, M);
        assertEquals(-1, l.offsetAt(M + CW, M + 1), "the offset column");
        assertEquals(-1, l.offsetAt(l.hexX(5) + CW, M - 1), "above the first row");
        Point pastEnd = l.hexCentre(21);
        assertEquals(-1, l.offsetAt(pastEnd.x, pastEnd.y), "second row has only 4 bytes");
        assertEquals(-1, l.offsetAt(l.width() + 10, M + 1));
        assertEquals(-1, l.offsetAt(l.hexX(0) + CW, l.rowY(5)), "below the last row");
    }

    @Test
    void theMiddleGapSeparatesTheTwoHalvesOfARow() {
        HexLayout l = new HexLayout(16, CW, LH, M);
        assertEquals(3 * CW, l.hexX(1) - l.hexX(0));
        assertEquals(4 * CW, l.hexX(8) - l.hexX(7));
        assertTrue(l.asciiX(0) > l.hexX(15) + 2 * CW);
    }

    @Test
    void rangesScrollToTheirRows() {
        HexLayout l = new HexLayout(1000, CW, LH, M);
        Rectangle r = l.rowsOf(new ByteRange(40, 30));
        assertEquals(l.rowY(2), r.y);
        assertEquals(3 * LH, r.height, "bytes 40..69 span rows 2, 3 and 4");
        assertEquals(LH, l.rowsOf(new ByteRange(16, 16)).height);
    }

    @Test
    void offsetAndAsciiText() {
        assertEquals("00000000", HexLayout.offsetText(0));
        assertEquals("000001a0", HexLayout.offsetText(0x1a));
        assertEquals('A', HexLayout.asciiChar(0x41));
        assertEquals('.', HexLayout.asciiChar(0x0d));
        assertEquals('.', HexLayout.asciiChar(0xe9));
    }
}
