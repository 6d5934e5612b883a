package org.voicebench.audit.ui;

import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.report.StateColors;
import org.voicebench.ui.StackedBarChart;

/**
 * States by model as stacked horizontal bars (ui-kit's {@link StackedBarChart}, shared with the Readiness window),
 * with a legend; the colours are the HTML report's ({@link StateColors}). The accessible description says the same in
 * words. Swing thread only.
 */
@Messages({
    "ACSN_Chart=States by model",
    "CHART_Empty=The chart of states by model appears once phones are audited."
})
final class StateChart extends StackedBarChart<AuditState> {

    StateChart() {
        super(AuditState.class, StateColors::rgb, Bundle.ACSN_Chart(), Bundle.CHART_Empty());
        setName("stateChart");
    }

    /** "CP-8845: FIXED 2, MATCH 1; CP-7841: NOT_ATTEMPTED 1" */
    static String describe(Map<String, Map<AuditState, Integer>> byModel) {
        return describe(byModel, Bundle.CHART_Empty());
    }
}
