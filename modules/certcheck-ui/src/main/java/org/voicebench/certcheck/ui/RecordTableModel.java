package org.voicebench.certcheck.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.RecordRow;

/** Each record of the phone's trust list against the cluster. */
@Messages({"COL_Index=#", "COL_Function=Function", "COL_RecordSubject=Subject", "COL_RecordStatus=Status",
    "COL_Match=Cluster certificate", "COL_RecordDetail=Detail"})
final class RecordTableModel extends AbstractTableModel {

    private List<RecordRow> rows = List.of();

    void setRows(List<RecordRow> value) {
        rows = List.copyOf(value);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 6;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Index();
            case 1 -> Bundle.COL_Function();
            case 2 -> Bundle.COL_RecordSubject();
            case 3 -> Bundle.COL_RecordStatus();
            case 4 -> Bundle.COL_Match();
            default -> Bundle.COL_RecordDetail();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == 0 ? Integer.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        RecordRow r = rows.get(row);
        return switch (column) {
            case 0 -> r.record().index();
            case 1 -> r.record().functionLabel() == null ? "" : r.record().functionLabel();
            case 2 -> r.record().subjectName() == null ? "" : r.record().subjectName();
            case 3 -> r.status().name();
            case 4 -> r.match() == null ? "" : r.match().label();
            default -> r.detail();
        };
    }
}
