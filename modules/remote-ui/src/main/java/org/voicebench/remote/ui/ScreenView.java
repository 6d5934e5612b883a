package org.voicebench.remote.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * The phone's screen, in the remote view's scroll pane. By default it is fitted: the view takes
 * the scroll pane's whole viewport (it tracks the viewport's width and height, so no scroll bar
 * ever shows) and the image is scaled to the largest size that fits, keeping its aspect ratio and
 * centred; nearest-neighbour pixels at whole-number enlargements keep text crisp, smooth
 * interpolation otherwise. At Original Size the view is as large as the image, drawn 1:1, and the
 * scroll pane scrolls when the window is smaller. Swing thread only.
 */
final class ScreenView extends JComponent implements Scrollable {

    /** Told after a new image has been painted: the benchmark's and the tests' hook. */
    interface PaintListener {
        void painted(BufferedImage image);
    }

    private static final int UNIT_INCREMENT = 16;

    private BufferedImage image;
    private boolean originalSize;
    private boolean paintPending;
    private PaintListener paintListener;
    private int paints;

    ScreenView() {
        setFocusable(true);
        setOpaque(true);
    }

    void setImage(BufferedImage value) {
        boolean resized = image == null || value == null || image.getWidth() != value.getWidth()
                || image.getHeight() != value.getHeight();
        image = value;
        paintPending = value != null;
        if (resized) {
            revalidate();
        }
        repaint();
    }

    BufferedImage image() {
        return image;
    }

    void setOriginalSize(boolean value) {
        originalSize = value;
        revalidate();
        repaint();
    }

    boolean originalSize() {
        return originalSize;
    }

    void setPaintListener(PaintListener l) {
        paintListener = l;
    }

    /** How many times a new image was painted. */
    int paints() {
        return paints;
    }

    /**
     * Where the image is drawn in this component: centred, at its own size at Original Size, else
     * at the largest size that fits the component with the image's aspect ratio (rounded down, so
     * it never spills over). Empty without an image.
     */
    Rectangle imageBounds() {
        BufferedImage img = image;
        if (img == null) {
            return new Rectangle();
        }
        int w = img.getWidth();
        int h = img.getHeight();
        if (!originalSize) {
            double scale = scale(img);
            w = Math.max(1, (int) Math.floor(w * scale));
            h = Math.max(1, (int) Math.floor(h * scale));
        }
        return new Rectangle(Math.max(0, (getWidth() - w) / 2), Math.max(0, (getHeight() - h) / 2), w, h);
    }

    private double scale(BufferedImage img) {
        return Math.min(getWidth() / (double) img.getWidth(), getHeight() / (double) img.getHeight());
    }

    @Override
    public AccessibleContext getAccessibleContext() {
        if (accessibleContext == null) {
            accessibleContext = new AccessibleJComponent() {
                @Override
                public AccessibleRole getAccessibleRole() {
                    return AccessibleRole.CANVAS;
                }
            };
        }
        return accessibleContext;
    }

    @Override
    public Dimension getPreferredSize() {
        if (image == null) {
            return new Dimension(320, 240);
        }
        if (originalSize) {
            return new Dimension(image.getWidth(), image.getHeight());
        }
        // a fitted screen may shrink with the window: ask for the original size, accept less
        return new Dimension(Math.min(image.getWidth(), 800), Math.min(image.getHeight(), 480));
    }

    @Override
    public Dimension getMinimumSize() {
        return new Dimension(160, 100);
    }

    // --- Scrollable: fitted, the view is the viewport; at Original Size, the image ---

    @Override
    public Dimension getPreferredScrollableViewportSize() {
        return getPreferredSize();
    }

    @Override
    public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
        return UNIT_INCREMENT;
    }

    @Override
    public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
        return orientation == SwingConstants.HORIZONTAL ? visible.width : visible.height;
    }

    @Override
    public boolean getScrollableTracksViewportWidth() {
        return !originalSize;
    }

    @Override
    public boolean getScrollableTracksViewportHeight() {
        return !originalSize;
    }

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        BufferedImage img = image;
        if (img == null) {
            return;
        }
        Rectangle r = imageBounds();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            boolean wholeNumber = r.width % img.getWidth() == 0 && r.height % img.getHeight() == 0;
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, wholeNumber
                    ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g2.drawImage(img, r.x, r.y, r.width, r.height, null);
        } finally {
            g2.dispose();
        }
        if (paintPending) {
            paintPending = false;
            paints++;
            if (paintListener != null) {
                paintListener.painted(img);
            }
        }
    }
}
