package org.voicebench.lab.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;

/** The lab's phones: address, model, name, MAC, ITL, rebooting, web access. */
@Messages({
    "COL_Address=Address", "COL_Model=Model", "COL_Name=Name", "COL_Mac=MAC", "COL_Itl=ITL",
    "COL_Rebooting=Rebooting", "COL_WebAccess=Web Access"
})
public final class LabTableModel extends AbstractTableModel {

    private List<PhoneRow> rows = List.of();

    /** Replaces the rows; on the Swing thread. The same number of rows keeps the table's selection. */
    public void setRows(List<PhoneRow> newRows) {
        boolean sameRows = newRows.size() == rows.size() && !rows.isEmpty();
        rows = List.copyOf(newRows);
        if (sameRows) {
            // a periodic refresh: an update, so that a selected phone stays selected
            fireTableRowsUpdated(0, rows.size() - 1);
        } else {
            fireTableDataChanged();
        }
    }

    public PhoneRow row(int index) {
        return rows.get(index);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 7;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Address();
            case 1 -> Bundle.COL_Model();
            case 2 -> Bundle.COL_Name();
            case 3 -> Bundle.COL_Mac();
            case 4 -> Bundle.COL_Itl();
            case 5 -> Bundle.COL_Rebooting();
            default -> Bundle.COL_WebAccess();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column >= 5 ? Boolean.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        PhoneRow r = rows.get(row);
        return switch (column) {
            case 0 -> r.address();
            case 1 -> r.model();
            case 2 -> r.name();
            case 3 -> r.mac();
            case 4 -> r.itl();
            case 5 -> r.rebooting();
            default -> r.webAccess();
        };
    }
}
