package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.report.StateColors;

class CountsAndChartTest {

    @Test
    void countsNameTheStatesThatOccurInTheirOrder() {
        Map<AuditState, Integer> counts = new EnumMap<>(AuditState.class);
        for (AuditState s : AuditState.values()) {
            counts.put(s, 0);
        }
        assertEquals("No phones audited yet.", Counts.text(counts));
        counts.put(AuditState.NOT_ATTEMPTED, 1);
        counts.put(AuditState.MATCH, 2);
        counts.put(AuditState.FIXED, 3);
        assertEquals("6 phone(s) \u00b7 MATCH 2 \u00b7 FIXED 3 \u00b7 NOT_ATTEMPTED 1", Counts.text(counts));
    }

    @Test
    void theChartSaysInWordsWhatItPaints() {
        Map<String, Map<AuditState, Integer>> data = new LinkedHashMap<>();
        data.put("CP-7841", new EnumMap<>(Map.of(AuditState.NOT_ATTEMPTED, 1)));
        data.put("CP-8845", new EnumMap<>(Map.of(AuditState.FIXED, 3, AuditState.MATCH, 1)));
        assertEquals("CP-7841: NOT_ATTEMPTED 1; CP-8845: MATCH 1, FIXED 3", StateChart.describe(data));
        assertEquals("The chart of states by model appears once phones are audited.", StateChart.describe(Map.of()));
    }

    @Test
    void theBarsArePaintedInTheStatesColoursInProportion() {
        StateChart chart = new StateChart();
        Map<String, Map<AuditState, Integer>> data = new LinkedHashMap<>();
        data.put("CP-8845", new EnumMap<>(Map.of(AuditState.MATCH, 1, AuditState.FIXED, 3)));
        chart.show(data);
        chart.setSize(400, 80);
        BufferedImage image = new BufferedImage(400, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        chart.paint(g);
        g.dispose();
        int match = 0;
        int fixed = 0;
        int y = 8 + 8; // the middle of the first bar
        for (int x = 0; x < 400; x++) {
            int rgb = image.getRGB(x, y) & 0xFFFFFF;
            if (rgb == StateColors.rgb(AuditState.MATCH)) {
                match++;
            } else if (rgb == StateColors.rgb(AuditState.FIXED)) {
                fixed++;
            }
        }
        assertTrue(match > 10, "a MATCH segment: " + match);
        assertEquals(3.0, (double) fixed / match, 0.2, "FIXED is three times MATCH: " + fixed + " / " + match);
    }
}
