package org.voicebench.trust.ui.hex;

import java.awt.Rectangle;
import org.voicebench.trust.ui.ByteRange;

/**
 * Geometry of the hex view for a fixed-width font: where each byte's hex pair and ASCII
 * character sit, and which byte a point falls on. One row is
 * {@code OOOOOOOO  hh hh hh hh hh hh hh hh  hh hh hh hh hh hh hh hh  aaaaaaaaaaaaaaaa}.
 * Pure arithmetic, so the view paints only the rows in its clip and tests need no display.
 */
public final class HexLayout {

    /** Bytes per row. */
    public static final int BYTES_PER_ROW = 16;

    private static final int OFFSET_CHARS = 8;
    private static final int GAP = 2;
    /** Characters from the first hex pair to the ASCII column: 16 pairs, 15 spaces, the middle gap, the gap. */
    private static final int HEX_CHARS = BYTES_PER_ROW * 3 + 1;

    private final int size;
    private final int charWidth;
    private final int lineHeight;
    private final int margin;

    /**
     * @param size bytes in the file
     * @param charWidth advance of one character
     * @param lineHeight height of one row
     * @param margin blank space left and top
     */
    public HexLayout(int size, int charWidth, int lineHeight, int margin) {
        if (charWidth <= 0 || lineHeight <= 0) {
            throw new IllegalArgumentException("character size must be positive");
        }
        this.size = size;
        this.charWidth = charWidth;
        this.lineHeight = lineHeight;
        this.margin = margin;
    }

    public int size() {
        return size;
    }

    public int lineHeight() {
        return lineHeight;
    }

    public int rows() {
        return (size + BYTES_PER_ROW - 1) / BYTES_PER_ROW;
    }

    public int width() {
        return asciiX(BYTES_PER_ROW) + margin;
    }

    public int height() {
        return 2 * margin + rows() * lineHeight;
    }

    /** Top of a row. */
    public int rowY(int row) {
        return margin + row * lineHeight;
    }

    /** The first row any part of which lies at or below {@code y}. */
    public int rowAt(int y) {
        return Math.max(0, Math.min(rows() - 1, (y - margin) / lineHeight));
    }

    public int offsetX() {
        return margin;
    }

    /** Left edge of the hex pair of byte column {@code col} (0-15); the middle gap follows column 7. */
    public int hexX(int col) {
        int chars = OFFSET_CHARS + GAP + col * 3 + (col >= BYTES_PER_ROW / 2 ? 1 : 0);
        return margin + chars * charWidth;
    }

    /** Left edge of the ASCII character of byte column {@code col}. */
    public int asciiX(int col) {
        return margin + (OFFSET_CHARS + GAP + HEX_CHARS + GAP + col) * charWidth;
    }

    public int charWidth() {
        return charWidth;
    }

    /** The byte under a point, or -1 outside the hex and ASCII columns or past the end of the file. */
    public int offsetAt(int x, int y) {
        if (y < margin || rows() == 0) {
            return -1;
        }
        int row = (y - margin) / lineHeight;
        int col = columnAt(x);
        if (col < 0 || row >= rows()) {
            return -1;
        }
        int offset = row * BYTES_PER_ROW + col;
        return offset < size ? offset : -1;
    }

    private int columnAt(int x) {
        for (int col = 0; col < BYTES_PER_ROW; col++) {
            // a hex pair owns its two digits and the space after it
            int left = hexX(col);
            if (x >= left && x < left + 3 * charWidth) {
                return col;
            }
        }
        int ascii = asciiX(0);
        if (x >= ascii && x < asciiX(BYTES_PER_ROW)) {
            return (x - ascii) / charWidth;
        }
        return -1;
    }

    /** Centre of a byte's hex pair: where a click selects it. */
    public java.awt.Point hexCentre(int offset) {
        int row = offset / BYTES_PER_ROW;
        int col = offset % BYTES_PER_ROW;
        return new java.awt.Point(hexX(col) + charWidth, rowY(row) + lineHeight / 2);
    }

    /** The rows spanned by a range, full width: what to scroll into view. */
    public Rectangle rowsOf(ByteRange range) {
        if (range.length() == 0 || size == 0) {
            int row = Math.min(range.offset() / BYTES_PER_ROW, Math.max(0, rows() - 1));
            return new Rectangle(0, rowY(row), width(), lineHeight);
        }
        int first = range.offset() / BYTES_PER_ROW;
        int last = (Math.min(range.end(), size) - 1) / BYTES_PER_ROW;
        return new Rectangle(0, rowY(first), width(), (last - first + 1) * lineHeight);
    }

    /** The row's offset column text, e.g. {@code 000001a0}. */
    public static String offsetText(int row) {
        String hex = Integer.toHexString(row * BYTES_PER_ROW);
        return "00000000".substring(hex.length()) + hex;
    }

    /** The ASCII column's character for a byte: printable ASCII as is, anything else a dot. */
    public static char asciiChar(int b) {
        return b >= 0x20 && b < 0x7f ? (char) b : '.';
    }
}
