package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.voicebench.audit.ui.Audits.audit;

import java.util.List;
import javax.swing.table.TableRowSorter;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.ItlState;

class AuditFilterTest {

    private final AuditRow fixed = new AuditRow(audit("10.0.0.1", "CP-8845", "cucm1", ItlState.MISMATCH),
            AuditState.FIXED, "ok", null, null, null);
    private final AuditRow match = AuditRow.assessed(audit("10.0.0.2", "CP-7841", "cucm2", ItlState.MATCH));
    private final AuditRow unknown = AuditRow.assessed(audit("10.0.0.3", "CP-8845", "cucm2", ItlState.UNKNOWN));

    @Test
    void eachCriterionNarrowsAndNullMeansAny() {
        List<AuditRow> all = List.of(fixed, match, unknown);
        assertEquals(all, all.stream().filter(AuditFilter.ALL::accepts).toList());
        assertEquals(List.of(fixed), all.stream().filter(new AuditFilter(AuditState.FIXED, null, null)::accepts).toList());
        assertEquals(List.of(fixed, unknown), all.stream().filter(new AuditFilter(null, "CP-8845", null)::accepts).toList());
        assertEquals(List.of(match, unknown), all.stream().filter(new AuditFilter(null, null, "cucm2")::accepts).toList());
        assertEquals(List.of(unknown), all.stream().filter(new AuditFilter(null, "CP-8845", "cucm2")::accepts).toList());
        assertEquals(List.of(), all.stream().filter(new AuditFilter(AuditState.MATCH, "CP-8845", null)::accepts).toList());
    }

    @Test
    void theRowFilterFiltersTheTableOnTheCurrentState() {
        AuditRowsModel m = new AuditRowsModel();
        m.assessed(fixed.phone());
        m.assessed(match.phone());
        m.assessed(unknown.phone());
        TableRowSorter<AuditRowsModel> sorter = new TableRowSorter<>(m);
        sorter.setRowFilter(new AuditFilter(AuditState.MISMATCH, null, null).rowFilter());
        assertEquals(1, sorter.getViewRowCount());
        m.verified(fixed);
        sorter.allRowsChanged();
        assertEquals(0, sorter.getViewRowCount(), "the fixed phone is no longer MISMATCH");
        sorter.setRowFilter(new AuditFilter(AuditState.FIXED, null, null).rowFilter());
        assertEquals(1, sorter.getViewRowCount());
    }
}
