package org.voicebench.remote.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;

/** Name/value rows of an information page (DeviceInformationX, the Network setup page). */
@Messages({"COL_Field=Field", "COL_Value=Value"})
final class InfoTable extends AbstractTableModel {

    private List<Map.Entry<String, String>> rows = List.of();

    void set(Map<String, String> fields) {
        rows = new ArrayList<>(fields.entrySet());
        fireTableDataChanged();
    }

    /** The value of a field, or null. */
    String value(String field) {
        return rows.stream().filter(e -> e.getKey().equals(field)).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 2;
    }

    @Override
    public String getColumnName(int column) {
        return column == 0 ? Bundle.COL_Field() : Bundle.COL_Value();
    }

    @Override
    public Object getValueAt(int row, int column) {
        Map.Entry<String, String> e = rows.get(row);
        return column == 0 ? e.getKey() : e.getValue();
    }
}
