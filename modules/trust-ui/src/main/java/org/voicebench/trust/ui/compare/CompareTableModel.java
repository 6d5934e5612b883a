package org.voicebench.trust.ui.compare;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustRecord;
import org.voicebench.ui.RowsTableModel;

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
public final class CompareTableModel extends RowsTableModel<CompareRow> {

    /** First column of the OLD side; NEW starts {@link #SIDE_COLUMNS} later. */
    static final int OLD_FIRST = 1;
    static final int SIDE_COLUMNS = 5;
    static final int CHANGES = OLD_FIRST + 2 * SIDE_COLUMNS;

    public CompareTableModel(List<CompareRow> rows) {
        super(columns());
        setRows(rows);
    }

    private static List<Column<CompareRow>> columns() {
        List<Column<CompareRow>> columns = new ArrayList<>();
        columns.add(Column.text(Bundle.COL_Status(), r -> kindLabel(r.kind())));
        side(columns, CompareRow::oldRecord, List.of(Bundle.COL_OldIndex(), Bundle.COL_OldFunction(),
                Bundle.COL_OldSubject(), Bundle.COL_OldSerial(), Bundle.COL_OldExpiry()));
        side(columns, CompareRow::newRecord, List.of(Bundle.COL_NewIndex(), Bundle.COL_NewFunction(),
                Bundle.COL_NewSubject(), Bundle.COL_NewSerial(), Bundle.COL_NewExpiry()));
        columns.add(Column.text(Bundle.COL_Changes(), r -> String.join(", ", new TreeSet<>(r.changedFields()))));
        return columns;
    }

    /** The same five columns of one side's record (empty where the side has none). */
    private static void side(List<Column<CompareRow>> columns, Function<CompareRow, TrustRecord> record,
            List<String> titles) {
        for (int field = 0; field < SIDE_COLUMNS; field++) {
            int f = field;
            columns.add(Column.text(titles.get(field), row -> {
                TrustRecord r = record.apply(row);
                return r == null ? null : field(r, f);
            }));
        }
    }

    private static String field(TrustRecord r, int field) {
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
        Set<String> fields = row(rowIndex).changedFields();
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
