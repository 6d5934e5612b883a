package org.voicebench.trust.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.ui.Fixtures;

class CompareRowsTest {

    private final TrustList before = Fixtures.parse(Fixtures.itlBytes());
    private final TrustList after = Fixtures.parse(Fixtures.itlAfterRegenerationBytes());

    @Test
    void regeneratedCallManagerShowsAsTwoChangedRecordsAndTheRestUnchanged() {
        List<CompareRow> rows = CompareRows.of(TrustListDiff.compare(before, after));
        assertEquals(before.records().size(), rows.size());
        List<CompareRow> changed = rows.stream().filter(r -> r.kind() == CompareRow.Kind.CHANGED).toList();
        assertEquals(List.of("SAST", "TFTP"), changed.stream().map(r -> r.newRecord().functionLabel()).toList(),
                "the publisher's CallManager certificate is both SAST and TFTP in a CUCM ITL");
        for (CompareRow r : changed) {
            assertTrue(r.newRecord().subjectName().contains("cucm-pub.lab.example.com"), r.newRecord().subjectName());
            assertTrue(r.changedFields().contains("serial"), r.changedFields().toString());
            assertTrue(r.changedFields().contains("certificate"), r.changedFields().toString());
            assertFalse(r.changedFields().contains("function"));
        }
        List<CompareRow> unchanged = rows.stream().filter(r -> r.kind() == CompareRow.Kind.UNCHANGED).toList();
        assertEquals(before.records().size() - 2, unchanged.size());
        for (CompareRow r : unchanged) {
            assertNotSame(r.oldRecord(), r.newRecord(), "paired with the NEW file's record");
            assertTrue(after.records().contains(r.newRecord()), "a record of the NEW file");
            assertEquals(r.oldRecord().serialHex(), r.newRecord().serialHex());
            assertEquals(r.oldRecord().functionLabel(), r.newRecord().functionLabel());
        }
    }

    @Test
    void addedAndRemovedRecordsHaveOneSideOnly() {
        TrustList ctl = Fixtures.parse(Fixtures.ctlBytes());
        TrustListDiff d = TrustListDiff.compare(before, ctl);
        List<CompareRow> rows = CompareRows.of(d);
        assertEquals(d.added().size(), rows.stream().filter(r -> r.kind() == CompareRow.Kind.ADDED).count());
        assertEquals(d.removed().size(), rows.stream().filter(r -> r.kind() == CompareRow.Kind.REMOVED).count());
        assertTrue(d.added().size() + d.removed().size() > 0, "an ITL and a CTL differ");
        for (CompareRow r : rows) {
            switch (r.kind()) {
                case ADDED -> assertNull(r.oldRecord());
                case REMOVED -> assertNull(r.newRecord());
                default -> assertTrue(r.oldRecord() != null && r.newRecord() != null);
            }
        }
        assertEquals(d.unchanged(), rows.stream().filter(r -> r.kind() == CompareRow.Kind.UNCHANGED).count());
    }

    @Test
    void tableMarksOnlyTheCellsOfChangedFields() {
        CompareTableModel m = new CompareTableModel(CompareRows.of(TrustListDiff.compare(before, after)));
        int changedRow = -1;
        int unchangedRow = -1;
        for (int i = 0; i < m.getRowCount(); i++) {
            if (m.row(i).kind() == CompareRow.Kind.CHANGED && changedRow < 0) {
                changedRow = i;
            }
            if (m.row(i).kind() == CompareRow.Kind.UNCHANGED && unchangedRow < 0) {
                unchangedRow = i;
            }
        }
        assertEquals("changed", m.getValueAt(changedRow, 0));
        assertTrue(m.changedCell(changedRow, 4), "OLD serial");
        assertTrue(m.changedCell(changedRow, 9), "NEW serial");
        assertFalse(m.changedCell(changedRow, 2), "OLD function stays");
        assertFalse(m.changedCell(unchangedRow, 4));
        assertEquals(m.row(changedRow).oldRecord().serialHex(), m.getValueAt(changedRow, 4));
        assertEquals(m.row(changedRow).newRecord().serialHex(), m.getValueAt(changedRow, 9));
        assertEquals("certificate, serial", m.getValueAt(changedRow, CompareTableModel.CHANGES));
    }

    @Test
    void summaryNamesSignerAndHeaderChanges() {
        List<String> lines = CompareSummary.lines(TrustListDiff.compare(before, after));
        assertTrue(lines.get(0).startsWith("Signer unchanged: "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Header timestamp: ")), lines.toString());
        assertTrue(lines.contains("Records: 5 unchanged, 0 added, 0 removed, 2 changed"), lines.toString());
    }
}
