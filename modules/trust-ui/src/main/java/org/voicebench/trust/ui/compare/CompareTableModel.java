package org.voicebench.trust.ui.compare;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustRecord;

/**
 * The compare table: status, then the same five columns for OLD and for NEW, then the names of
 * the changed fields. Knows which cell shows which diff field, for highlighting.
 */
@Messages({
    "COL_Status=Status",
    "COL_OldIndex=OLD #",
    "COL_OldFunction=OLD function",
    "COL_OldSubject=OLD subject",
    "COL_OldSerial=OLD serial",
    "COL_OldExpiry=OLD expires",
    "COL_NewIndex=NEW #",
    "COL_NewFunction=NEW function",
    "COL_NewSubject=NEW subject",
    "COL_NewSerial=NEW serial",
    "COL_NewExpiry=NEW expires",
    "COL_Changes=Changed fields",
    "KIND_UNCHANGED=unchanged",
    "KIND_ADDED=added",
    "KIND_REMOVED=removed",
    "KIND_CHANGED=changed"
})
public final class CompareTableModel extends AbstractTableModel {

    /** First column of the OLD side; NEW starts {@link #SIDE_COLUMNS} later. */
    static final int OLD_FIRST = 1;
    static final int SIDE_COLUMNS = 5;
    static final int CHANGES = OLD_FIRST + 2 * SIDE_COLUMNS;

    private final List<CompareRow> rows;

    public CompareTableModel(List<CompareRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public CompareRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return CHANGES + 1;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Status();
            case 1 -> Bundle.COL_OldIndex();
            case 2 -> Bundle.COL_OldFunction();
            case 3 -> Bundle.COL_OldSubject();
            case 4 -> Bundle.COL_OldSerial();
            case 5 -> Bundle.COL_OldExpiry();
            case 6 -> Bundle.COL_NewIndex();
            case 7 -> Bundle.COL_NewFunction();
            case 8 -> Bundle.COL_NewSubject();
            case 9 -> Bundle.COL_NewSerial();
            case 10 -> Bundle.COL_NewExpiry();
            default -> Bundle.COL_Changes();
        };
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        CompareRow row = rows.get(rowIndex);
        if (column == 0) {
            return kindLabel(row.kind());
        }
        if (column == CHANGES) {
            return String.join(", ", new TreeSet<>(row.changedFields()));
        }
        boolean old = column < OLD_FIRST + SIDE_COLUMNS;
        TrustRecord r = old ? row.oldRecord() : row.newRecord();
        if (r == null) {
            return null;
        }
        int field = (column - OLD_FIRST) % SIDE_COLUMNS;
        return switch (field) {
            case 0 -> Integer.toString(r.index());
            case 1 -> r.functionLabel();
            case 2 -> r.subjectName() != null ? r.subjectName() : r.dnsName();
            case 3 -> r.serialHex();
            default -> expiry(r);
        };
    }

    /** Whether the cell shows a field that differs between OLD and NEW. */
    public boolean changedCell(int rowIndex, int column) {
        if (column < OLD_FIRST || column >= CHANGES) {
            return false;
        }
        Set<String> fields = rows.get(rowIndex).changedFields();
        return switch ((column - OLD_FIRST) % SIDE_COLUMNS) {
            case 1 -> fields.contains("function");
            case 2 -> fields.contains("subjectName") || fields.contains("dnsName") || fields.contains("issuerName")
                    || fields.contains("ipAddress");
            case 3 -> fields.contains("serial");
            case 4 -> fields.contains("certificate");
            default -> false;
        };
    }

    /** Whether the column belongs to the OLD side. */
    static boolean oldSide(int column) {
        return column >= OLD_FIRST && column < OLD_FIRST + SIDE_COLUMNS;
    }

    /** Whether the column belongs to the NEW side. */
    static boolean newSide(int column) {
        return column >= OLD_FIRST + SIDE_COLUMNS && column < CHANGES;
    }

    static String kindLabel(CompareRow.Kind kind) {
        return switch (kind) {
            case UNCHANGED -> Bundle.KIND_UNCHANGED();
            case ADDED -> Bundle.KIND_ADDED();
            case REMOVED -> Bundle.KIND_REMOVED();
            case CHANGED -> Bundle.KIND_CHANGED();
        };
    }

    private static String expiry(TrustRecord r) {
        CertificateInfo c = r.certificate();
        return c == null ? null : c.notAfter().atZone(ZoneOffset.UTC).toLocalDate().toString();
    }
}
