package org.voicebench.audit.ui;

import java.util.Map;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditState;

/** The counts at a glance: the states that occur with their number of phones, in the states' order. */
@Messages({
    "# {0} - phones", "COUNTS_Total={0} phone(s)",
    "COUNTS_None=No phones audited yet."
})
final class Counts {

    private Counts() {
    }

    static String text(Map<AuditState, Integer> counts) {
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return Bundle.COUNTS_None();
        }
        StringBuilder b = new StringBuilder(Bundle.COUNTS_Total(total));
        for (Map.Entry<AuditState, Integer> e : counts.entrySet()) {
            if (e.getValue() > 0) {
                b.append(" \u00b7 ").append(e.getKey().name()).append(' ').append(e.getValue());
            }
        }
        return b.toString();
    }
}
