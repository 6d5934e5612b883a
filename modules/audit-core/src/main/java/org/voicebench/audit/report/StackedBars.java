package org.voicebench.audit.report;

import static org.voicebench.certcheck.report.ReportHtml.escape;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An inline SVG chart: one stacked bar per model, one colour per state, widths proportional to the largest model's
 * phone count, a legend below. Shared by the audit's and the readiness check's HTML reports.
 */
public final class StackedBars {

    private static final int BAR_WIDTH = 520;
    private static final int ROW_HEIGHT = 26;
    private static final int LABEL_WIDTH = 120;

    private StackedBars() {
    }

    /**
     * @param title   the heading above the chart
     * @param byModel per model (in display order), phones per state
     * @param states  every state in legend order
     * @param color   a state's CSS colour
     */
    public static <S extends Enum<S>> void svg(StringBuilder out, String title, Map<String, Map<S, Integer>> byModel,
            List<S> states, Function<S, String> color) {
        int max = Math.max(1, byModel.values().stream().mapToInt(m -> m.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1));
        int height = ROW_HEIGHT * byModel.size() + 40;
        out.append("<h2>").append(escape(title)).append("</h2>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(LABEL_WIDTH + BAR_WIDTH + 60).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-label=\"phones per state for each model\">\n");
        int y = 0;
        for (Map.Entry<String, Map<S, Integer>> model : byModel.entrySet()) {
            out.append("<text x=\"0\" y=\"").append(y + 17).append("\" font-size=\"13\">").append(escape(model.getKey()))
                    .append("</text>\n");
            int x = LABEL_WIDTH;
            int total = 0;
            for (Map.Entry<S, Integer> part : model.getValue().entrySet()) {
                int w = Math.max(1, part.getValue() * BAR_WIDTH / max);
                out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 3).append("\" width=\"").append(w)
                        .append("\" height=\"").append(ROW_HEIGHT - 6).append("\" fill=\"")
                        .append(color.apply(part.getKey())).append("\"><title>").append(escape(model.getKey()))
                        .append(": ").append(part.getValue()).append(' ').append(part.getKey().name())
                        .append("</title></rect>\n");
                x += w;
                total += part.getValue();
            }
            out.append("<text x=\"").append(x + 6).append("\" y=\"").append(y + 17).append("\" font-size=\"12\">")
                    .append(total).append("</text>\n");
            y += ROW_HEIGHT;
        }
        int x = 0;
        for (S s : states) {
            if (byModel.values().stream().anyMatch(m -> m.containsKey(s))) {
                out.append("<rect x=\"").append(x).append("\" y=\"").append(y + 14).append("\" width=\"12\" height=\"12\" fill=\"")
                        .append(color.apply(s)).append("\"/><text x=\"").append(x + 16).append("\" y=\"")
                        .append(y + 25).append("\" font-size=\"12\">").append(s.name()).append("</text>\n");
                x += 30 + 8 * s.name().length();
            }
        }
        out.append("</svg>\n");
    }
}
