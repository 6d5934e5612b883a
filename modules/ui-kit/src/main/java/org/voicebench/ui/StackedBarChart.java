package org.voicebench.ui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import javax.accessibility.AccessibleContext;
import javax.accessibility.AccessibleRole;
import javax.swing.JComponent;
import javax.swing.UIManager;

/**
 * Phones per state by model as stacked horizontal bars (one bar per model, one segment per state in the enum's order,
 * scaled to the largest model), with a legend: the Swing twin of audit-core's HTML {@code StackedBars}, shared by the
 * Trust Audit's chart of states and the Readiness window's chart of outcomes. The accessible description says the
 * same in words. Swing thread only.
 *
 * @param <S> the states
 * @since 0.1
 */
public class StackedBarChart<S extends Enum<S>> extends JComponent {

    private static final int BAR = 16;
    private static final int GAP = 6;
    private static final int PAD = 8;

    private final Class<S> states;
    private final ToIntFunction<S> rgb;
    private final String empty;
    private Map<String, Map<S, Integer>> data = Map.of();

    /**
     * @param states the enum of states (its order is the segments' and the legend's)
     * @param rgb    a state's colour, {@code 0xRRGGBB} (the HTML report's)
     * @param name   the accessible name
     * @param empty  what the chart says before there is data
     */
    public StackedBarChart(Class<S> states, ToIntFunction<S> rgb, String name, String empty) {
        this.states = Objects.requireNonNull(states, "states");
        this.rgb = Objects.requireNonNull(rgb, "rgb");
        this.empty = Objects.requireNonNull(empty, "empty");
        setOpaque(true);
        getAccessibleContext().setAccessibleName(name);
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

    /** Shows phones per state for each model (in the map's order). */
    public void show(Map<String, Map<S, Integer>> byModel) {
        data = new LinkedHashMap<>(byModel);
        getAccessibleContext().setAccessibleDescription(describe(data, empty));
        revalidate();
        repaint();
    }

    /** What is shown. */
    public Map<String, Map<S, Integer>> data() {
        return data;
    }

    /** "CP-8845: FIXED 2, MATCH 1; CP-7841: NOT_ATTEMPTED 1", or {@code empty} without data. */
    public static <S extends Enum<S>> String describe(Map<String, Map<S, Integer>> byModel, String empty) {
        if (byModel.isEmpty()) {
            return empty;
        }
        return byModel.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().entrySet().stream()
                .map(s -> s.getKey().name() + " " + s.getValue()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    @Override
    public Dimension getPreferredSize() {
        int rows = Math.max(1, data.size()) + 1; // the legend is one more line
        return new Dimension(300, PAD * 2 + rows * (BAR + GAP)); // compact: beside a table, not under it
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
            Color text = fg != null ? fg : Color.BLACK;
            g.setColor(text);
            FontMetrics fm = g.getFontMetrics();
            if (data.isEmpty()) {
                g.drawString(empty, PAD, PAD + fm.getAscent());
                return;
            }
            int labelWidth = data.keySet().stream().mapToInt(fm::stringWidth).max().orElse(0) + PAD;
            int max = data.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                    .max().orElse(1);
            int width = Math.max(40, getWidth() - labelWidth - 2 * PAD - fm.stringWidth("0000"));
            int y = PAD;
            Set<S> shown = EnumSet.noneOf(states);
            for (Map.Entry<String, Map<S, Integer>> e : data.entrySet()) {
                g.setColor(text);
                g.drawString(e.getKey(), PAD, y + (BAR + fm.getAscent()) / 2 - 1);
                int x = PAD + labelWidth;
                int sum = 0;
                for (S s : states.getEnumConstants()) { // enum order, as in the HTML chart
                    int n = e.getValue().getOrDefault(s, 0);
                    if (n == 0) {
                        continue;
                    }
                    shown.add(s);
                    int w = Math.max(2, width * n / Math.max(1, max));
                    g.setColor(new Color(rgb.applyAsInt(s)));
                    g.fillRect(x, y, w, BAR);
                    x += w;
                    sum += n;
                }
                g.setColor(text);
                g.drawString(Integer.toString(sum), x + 4, y + (BAR + fm.getAscent()) / 2 - 1);
                y += BAR + GAP;
            }
            int x = PAD;
            for (S s : shown) {
                g.setColor(new Color(rgb.applyAsInt(s)));
                g.fillRect(x, y + 3, 10, 10);
                g.setColor(text);
                g.drawString(s.name(), x + 14, y + 3 + fm.getAscent() - 2);
                x += 14 + fm.stringWidth(s.name()) + 12;
            }
        } finally {
            g.dispose();
        }
    }
}
