package org.voicebench.certcheck.ui;

import java.util.List;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;

/** A table of rows of one type, each column a title, a value type and how to read the value from a row. */
class RowsTableModel<T> extends AbstractTableModel {

    /** One column: its title, the type its sorter compares, and the cell's value for a row. */
    record Column<T>(String title, Class<?> type, Function<T, Object> value) {

        static <T> Column<T> text(String title, Function<T, Object> value) {
            return new Column<>(title, String.class, value);
        }
    }

    private final List<Column<T>> columns;
    private List<T> rows = List.of();

    RowsTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Replaces the rows; on the Swing thread. */
    final void setRows(List<T> value) {
        rows = List.copyOf(value);
        fireTableDataChanged();
    }

    final T row(int modelRow) {
        return rows.get(modelRow);
    }

    @Override
    public final int getRowCount() {
        return rows.size();
    }

    @Override
    public final int getColumnCount() {
        return columns.size();
    }

    @Override
    public final String getColumnName(int column) {
        return columns.get(column).title();
    }

    @Override
    public final Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public final Object getValueAt(int row, int column) {
        return columns.get(column).value().apply(rows.get(row));
    }
}
