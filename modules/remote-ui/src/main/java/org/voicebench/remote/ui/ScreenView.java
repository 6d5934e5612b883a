package org.voicebench.remote.ui;

import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;

/**
 * The phone's screen: fitted to the component (whole-number enlargement with nearest-neighbour
 * pixels so text stays crisp; smooth reduction), or at original size for a scroll pane. Swing thread only.
 */
final class ScreenView extends JComponent {

    /** Told after a new image has been painted: the benchmark's and the tests' hook. */
    interface PaintListener {
        void painted(BufferedImage image);
    }

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

    @Override
    protected void paintComponent(Graphics g) {
        g.setColor(getBackground());
        g.fillRect(0, 0, getWidth(), getHeight());
        BufferedImage img = image;
        if (img == null) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            int w = img.getWidth();
            int h = img.getHeight();
            if (!originalSize) {
                double scale = Math.min(getWidth() / (double) w, getHeight() / (double) h);
                if (scale >= 1) {
                    scale = Math.floor(scale);
                    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
                } else {
                    g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                    g2.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                }
                w = Math.max(1, (int) Math.round(w * scale));
                h = Math.max(1, (int) Math.round(h * scale));
            }
            int x = Math.max(0, (getWidth() - w) / 2);
            int y = Math.max(0, (getHeight() - h) / 2);
            g2.drawImage(img, x, y, w, h, null);
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
