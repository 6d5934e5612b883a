package org.voicebench.certcheck.ui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.Icon;
import org.voicebench.certcheck.Severity;

/**
 * Small painted severity marks, told apart by shape as well as colour (red octagon, amber
 * triangle, blue circle) so colour-blind users see the difference too.
 */
final class SeverityIcon implements Icon {

    static final int SIZE = 14;
    private static final Map<Severity, SeverityIcon> ICONS = new EnumMap<>(Severity.class);

    static {
        for (Severity s : Severity.values()) {
            ICONS.put(s, new SeverityIcon(s));
        }
    }

    private final Severity severity;

    private SeverityIcon(Severity severity) {
        this.severity = severity;
    }

    static SeverityIcon of(Severity s) {
        return ICONS.get(s);
    }

    static Color color(Severity s) {
        return switch (s) {
            case CRITICAL -> new Color(0xC62828);
            case WARNING -> new Color(0xE08A00);
            case INFO -> new Color(0x1565C0);
        };
    }

    Severity severity() {
        return severity;
    }

    @Override
    public void paintIcon(Component c, Graphics g, int x, int y) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.translate(x, y);
            g2.setColor(color(severity));
            switch (severity) {
                case CRITICAL -> g2.fillPolygon(octagon());
                case WARNING -> g2.fillPolygon(new int[] {SIZE / 2, SIZE - 1, 0}, new int[] {0, SIZE - 1, SIZE - 1}, 3);
                case INFO -> g2.fillOval(0, 0, SIZE - 1, SIZE - 1);
            }
            g2.setColor(Color.WHITE);
            g2.setStroke(new BasicStroke(2f));
            int mid = SIZE / 2;
            if (severity == Severity.INFO) {
                g2.drawLine(mid, 6, mid, SIZE - 4);
                g2.fillRect(mid - 1, 2, 2, 2);
            } else {
                g2.drawLine(mid, severity == Severity.WARNING ? 5 : 3, mid, SIZE - 6);
                g2.fillRect(mid - 1, SIZE - 4, 2, 2);
            }
        } finally {
            g2.dispose();
        }
    }

    private static Polygon octagon() {
        int a = 4;
        int b = SIZE - 1 - a;
        int e = SIZE - 1;
        return new Polygon(new int[] {a, b, e, e, b, a, 0, 0}, new int[] {0, 0, a, b, e, e, b, a}, 8);
    }

    @Override
    public int getIconWidth() {
        return SIZE;
    }

    @Override
    public int getIconHeight() {
        return SIZE;
    }
}
