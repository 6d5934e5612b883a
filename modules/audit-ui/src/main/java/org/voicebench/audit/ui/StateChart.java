package org.voicebench.audit.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.report.StateColors;

/**
 * States by model as stacked horizontal bars (one bar per model, one segment per state, scaled to the
 * largest model), with a legend; the colours are the HTML report's ({@link StateColors}). The accessible
 * description says the same in words. Swing thread only.
 */
@Messages({
    "ACSN_Chart=States by model",
    "CHART_Empty=The chart of states by model appears once phones are audited."
})
final class StateChart extends JComponent {

    private static final int BAR = 16;
    private static final int GAP = 6;
    private static final int PAD = 8;

    private Map<String, Map<AuditState, Integer>> data = Map.of();

    StateChart() {
        setName("stateChart");
        setOpaque(true);
        getAccessibleContext().setAccessibleName(Bundle.ACSN_Chart());
        show(Map.of());
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

    void show(Map<String, Map<AuditState, Integer>> byModel) {
        data = new LinkedHashMap<>(byModel);
        getAccessibleContext().setAccessibleDescription(describe(data));
        revalidate();
        repaint();
    }

    Map<String, Map<AuditState, Integer>> data() {
        return data;
    }

    /** "CP-8845: FIXED 2, MATCH 1; CP-7841: NOT_ATTEMPTED 1" */
    static String describe(Map<String, Map<AuditState, Integer>> byModel) {
        if (byModel.isEmpty()) {
            return Bundle.CHART_Empty();
        }
        return byModel.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().entrySet().stream()
                .map(s -> s.getKey().name() + " " + s.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public Dimension getPreferredSize() {
        int rows = Math.max(1, data.size()) + 1; // the legend is one more line
        return new Dimension(300, PAD * 2 + rows * (BAR + GAP)); // compact: beside the table, not under it
    }

    @Override
    protected void paintComponent(Graphics g0) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Color bg = UIManager.getColor("Panel.background");
            g.setColor(bg != null ? bg : Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            Color fg = UIManager.getColor("Label.foreground");
            g.setColor(fg != null ? fg : Color.BLACK);
            FontMetrics fm = g.getFontMetrics();
            if (data.isEmpty()) {
                g.drawString(Bundle.CHART_Empty(), PAD, PAD + fm.getAscent());
                return;
            }
            int labelWidth = data.keySet().stream().mapToInt(fm::stringWidth).max().orElse(0) + PAD;
            int max = data.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                    .max().orElse(1);
            int width = Math.max(40, getWidth() - labelWidth - 2 * PAD - fm.stringWidth("0000"));
            int y = PAD;
            Set<AuditState> shown = EnumSet.noneOf(AuditState.class);
            for (Map.Entry<String, Map<AuditState, Integer>> e : data.entrySet()) {
                g.setColor(fg != null ? fg : Color.BLACK);
                g.drawString(e.getKey(), PAD, y + (BAR + fm.getAscent()) / 2 - 1);
                int x = PAD + labelWidth;
                int sum = 0;
                for (AuditState s : AuditState.values()) { // enum order, as in the HTML chart
                    int n = e.getValue().getOrDefault(s, 0);
                    if (n == 0) {
                        continue;
                    }
                    shown.add(s);
                    int w = Math.max(2, width * n / max);
                    g.setColor(new Color(StateColors.rgb(s)));
                    g.fillRect(x, y, w, BAR);
                    x += w;
                    sum += n;
                }
                g.setColor(fg != null ? fg : Color.BLACK);
                g.drawString(Integer.toString(sum), x + 4, y + (BAR + fm.getAscent()) / 2 - 1);
                y += BAR + GAP;
            }
            int x = PAD;
            for (AuditState s : shown) {
                g.setColor(new Color(StateColors.rgb(s)));
                g.fillRect(x, y + 3, 10, 10);
                g.setColor(fg != null ? fg : Color.BLACK);
                g.drawString(s.name(), x + 14, y + 3 + fm.getAscent() - 2);
                x += 14 + fm.stringWidth(s.name()) + 12;
            }
        } finally {
            g.dispose();
        }
    }
}
