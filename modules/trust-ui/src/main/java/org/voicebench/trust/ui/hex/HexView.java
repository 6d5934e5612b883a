package org.voicebench.trust.ui.hex;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.function.IntConsumer;
import java.util.function.IntUnaryOperator;
import javax.swing.JComponent;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.ToolTipManager;
import javax.swing.UIManager;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.ByteRange;

/**
 * A read-only hex dump: offset column, 16 bytes a row, ASCII column. Paints only the rows in
 * the clip, so a file of any size scrolls at the same speed. One range can be highlighted;
 * a click reports the byte under the mouse.
 */
@Messages({
    "# {0} - offset in hex", "# {1} - offset in decimal", "# {2} - byte value in hex",
    "TIP_Byte=Offset 0x{0} ({1}): 0x{2}",
    "ACSN_HexView=Hex view",
    "ACSD_NoHighlight=No bytes highlighted",
    "# {0} - first offset", "# {1} - number of bytes", "ACSD_Highlight={1} bytes highlighted from offset {0}"
})
public final class HexView extends JComponent implements Scrollable {

    private static final int MARGIN = 4;
    private static final Color HIGHLIGHT = new Color(255, 214, 102);

    private final int size;
    private final IntUnaryOperator byteAt;
    private HexLayout layout;
    private int ascent;
    private ByteRange highlight;
    private IntConsumer onByteClicked = offset -> { };

    /**
     * @param size bytes in the file
     * @param byteAt the unsigned byte at an offset
     */
    public HexView(int size, IntUnaryOperator byteAt) {
        this.size = size;
        this.byteAt = byteAt;
        setFont(new Font(Font.MONOSPACED, Font.PLAIN, UIManager.getFont("Label.font") != null
                ? UIManager.getFont("Label.font").getSize() : 12));
        setOpaque(true);
        setBackground(UIManager.getColor("TextArea.background"));
        setForeground(UIManager.getColor("TextArea.foreground"));
        setFocusable(true);
        ToolTipManager.sharedInstance().registerComponent(this);
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                requestFocusInWindow();
                int offset = layout.offsetAt(e.getX(), e.getY());
                if (offset >= 0) {
                    onByteClicked.accept(offset);
                }
            }
        });
    }

    @Override
    public void setFont(Font font) {
        super.setFont(font);
        FontMetrics fm = getFontMetrics(font);
        layout = new HexLayout(size, Math.max(1, fm.charWidth('0')), fm.getHeight(), MARGIN);
        ascent = fm.getAscent();
        revalidate();
        repaint();
    }

    @Override
    public javax.accessibility.AccessibleContext getAccessibleContext() {
        // a bare JComponent has no accessible context; screen readers should still name the view
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public javax.accessibility.AccessibleRole getAccessibleRole() {
                    return javax.accessibility.AccessibleRole.PANEL;
                }
            };
            accessibleContext.setAccessibleName(Bundle.ACSN_HexView());
            accessibleContext.setAccessibleDescription(describe(highlight));
        }
        return accessibleContext;
    }

    public HexLayout layoutGeometry() {
        return layout;
    }

    /** Called with the offset of a clicked byte. */
    public void setByteClickHandler(IntConsumer handler) {
        this.onByteClicked = handler;
    }

    /** The highlighted range, or {@code null}. */
    public ByteRange highlight() {
        return highlight;
    }

    /** Highlights {@code range} (or nothing for {@code null}) and scrolls its start into view. */
    public void setHighlight(ByteRange range) {
        this.highlight = range;
        // screen readers (and the platform GUI tests, which cannot see this class) learn the range here
        getAccessibleContext().setAccessibleDescription(describe(range));
        repaint();
        if (range != null) {
            Rectangle r = layout.rowsOf(range);
            // two rows of context above and below, but never so much that the start scrolls out
            r.y -= 2 * layout.lineHeight();
            r.height += 4 * layout.lineHeight();
            Rectangle visible = getVisibleRect();
            if (visible.height > 0 && r.height > visible.height) {
                r.height = visible.height;
            }
            scrollRectToVisible(r);
        }
    }

    private static String describe(ByteRange range) {
        return range == null ? Bundle.ACSD_NoHighlight()
                : Bundle.ACSD_Highlight(Integer.toString(range.offset()), Integer.toString(range.length()));
    }

    /** Where a click selects the byte at {@code offset}, in this component's coordinates. */
    public Point pointOf(int offset) {
        return layout.hexCentre(offset);
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(layout.width(), layout.height());
    }

    @Override
    public String getToolTipText(MouseEvent e) {
        int offset = layout.offsetAt(e.getX(), e.getY());
        if (offset < 0) {
            return null;
        }
        return Bundle.TIP_Byte(Integer.toHexString(offset), Integer.toString(offset),
                String.format("%02x", byteAt.applyAsInt(offset)));
    }

    @Override
    protected void paintComponent(Graphics g) {
        Rectangle clip = g.getClipBounds();
        if (clip == null) {
            clip = new Rectangle(0, 0, getWidth(), getHeight());
        }
        g.setColor(getBackground() != null ? getBackground() : UIManager.getColor("TextArea.background"));
        g.fillRect(clip.x, clip.y, clip.width, clip.height);
        if (size == 0) {
            return;
        }
        if (g instanceof Graphics2D g2) {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        }
        g.setFont(getFont());
        int first = layout.rowAt(clip.y);
        int last = layout.rowAt(clip.y + clip.height);
        Color text = getForeground() != null ? getForeground() : Color.BLACK;
        char[] pair = new char[2];
        for (int row = first; row <= last; row++) {
            int y = layout.rowY(row);
            g.setColor(Color.GRAY);
            g.drawString(HexLayout.offsetText(row), layout.offsetX(), y + ascent);
            for (int col = 0; col < HexLayout.BYTES_PER_ROW; col++) {
                int offset = row * HexLayout.BYTES_PER_ROW + col;
                if (offset >= size) {
                    break;
                }
                int b = byteAt.applyAsInt(offset);
                if (highlight != null && highlight.contains(offset)) {
                    g.setColor(HIGHLIGHT);
                    int w = layout.charWidth() * (col == HexLayout.BYTES_PER_ROW - 1 || col == 7 ? 2 : 3);
                    g.fillRect(layout.hexX(col), y, w, layout.lineHeight());
                    g.fillRect(layout.asciiX(col), y, layout.charWidth(), layout.lineHeight());
                }
                g.setColor(text);
                pair[0] = Character.forDigit(b >>> 4, 16);
                pair[1] = Character.forDigit(b & 0xf, 16);
                g.drawChars(pair, 0, 2, layout.hexX(col), y + ascent);
                pair[0] = HexLayout.asciiChar(b);
                g.drawChars(pair, 0, 1, layout.asciiX(col), y + ascent);
            }
        }
    }

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return new Dimension(layout.width(), Math.min(layout.height(), 24 * layout.lineHeight()));
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visibleRect, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL ? layout.lineHeight() : layout.charWidth();
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visibleRect, int orientation, int direction) {
        return orientation == SwingConstants.VERTICAL
                ? Math.max(layout.lineHeight(), visibleRect.height - layout.lineHeight()) : visibleRect.width;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return false;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return false;
    }
}
