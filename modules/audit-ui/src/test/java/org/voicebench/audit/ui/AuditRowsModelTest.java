package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.audit.ui.Audits.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.ItlState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanItem;

class AuditRowsModelTest {

    private final PhoneAudit a = audit("10.0.0.1", "CP-8845", "cucm1.lab", ItlState.MISMATCH);
    private final PhoneAudit b = audit("10.0.0.2", "CP-7841", "cucm2.lab", ItlState.MATCH);
    private final PhoneAudit c = audit("10.0.0.3", "CP-8845", "cucm2.lab", ItlState.UNKNOWN);

    @Test
    void rowsAppearAsAssessedAndFollowTheFix() {
        AuditRowsModel m = new AuditRowsModel();
        List<String> events = new ArrayList<>();
        m.addTableModelListener(e -> events.add(e.getType() + ":" + e.getFirstRow()));
        m.assessed(b);
        m.assessed(a);
        assertEquals(2, m.getRowCount());
        assertEquals(List.of(b, a), m.audits());
        assertEquals(AuditState.MISMATCH, m.getValueAt(1, AuditRowsModel.STATE));
        assertEquals("found MISMATCH", m.getValueAt(1, AuditRowsModel.REASON));

        m.fixing(List.of(new PlanItem(a, PlanItem.Action.ERASE, "erase-itl", "stale")));
        assertTrue(((String) m.getValueAt(1, AuditRowsModel.REASON)).startsWith("erase planned"));
        m.verified(new AuditRow(a, AuditState.FIXED, "now matches", null, null, null));
        assertEquals(AuditState.FIXED, m.getValueAt(1, AuditRowsModel.STATE));
        assertEquals(AuditState.MISMATCH, m.getValueAt(1, AuditRowsModel.FOUND), "found stays what was found");
        assertEquals("now matches", m.getValueAt(1, AuditRowsModel.REASON));
        assertEquals(List.of("1:0", "1:1", "0:1", "0:1"), events, "inserted twice, then updated in place");
    }

    @Test
    void theReportReplacesTheRowsInItsOrder() {
        AuditRowsModel m = new AuditRowsModel();
        m.assessed(c);
        m.assessed(a);
        m.report(new AuditReport(Instant.EPOCH, Instant.EPOCH, List.of(), true, List.of(
                new AuditRow(a, AuditState.FIXED, "ok", null, null, null), AuditRow.assessed(b),
                new AuditRow(c, AuditState.NOT_ATTEMPTED, "web off", null, null, null))));
        assertEquals(3, m.getRowCount());
        assertEquals(List.of(AuditState.FIXED, AuditState.MATCH, AuditState.NOT_ATTEMPTED),
                m.rows().stream().map(AuditRow::state).toList());
        assertEquals(List.of("CP-7841", "CP-8845"), m.models());
        assertEquals(List.of("cucm1.lab", "cucm2.lab"), m.nodes());
        assertEquals("SEP-10.0.0.1", m.getValueAt(0, AuditRowsModel.PHONE));
        assertEquals("10.0.0.1:80", m.getValueAt(0, AuditRowsModel.ADDRESS));
    }
}
