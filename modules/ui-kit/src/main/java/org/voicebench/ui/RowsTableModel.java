package org.voicebench.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.swing.table.AbstractTableModel;

/**
 * A table of rows of one type, each column a title, the type its sorter compares and how to read the cell from a
 * row. Subclasses name their columns and keep what else they need (an editable cell, a lookup); the rows and
 * their events are here. Swing thread.
 */
public class RowsTableModel<T> extends AbstractTableModel {

    /** One column: its title, the type its sorter compares, and the cell's value for a row and its index. */
    public record Column<T>(String title, Class<?> type, BiFunction<? super T, Integer, ?> value) {

        public Column {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
        }

        /** A column of text read from the row. */
        public static <T> Column<T> text(String title, Function<? super T, ?> value) {
            return of(title, String.class, value);
        }

        /** A column of {@code type} read from the row (an enum sorts by rank, a Boolean shows a check box). */
        public static <T> Column<T> of(String title, Class<?> type, Function<? super T, ?> value) {
            return new Column<>(title, type, (row, index) -> value.apply(row));
        }

        /** The row's number in the model, from 1. */
        public static <T> Column<T> number(String title) {
            return new Column<>(title, String.class, (row, index) -> Integer.toString(index + 1));
        }
    }

    private final List<Column<T>> columns;
    private final List<T> rows = new ArrayList<>();

    public RowsTableModel(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Replaces every row. */
    public final void setRows(List<? extends T> value) {
        rows.clear();
        rows.addAll(value);
        fireTableDataChanged();
    }

    /**
     * Replaces every row by as many new ones (a periodic refresh) as an update, so that the selection stays;
     * another number of rows is a new table.
     */
    public final void refreshRows(List<? extends T> value) {
        if (value.size() != rows.size() || rows.isEmpty()) {
            setRows(value);
            return;
        }
        for (int i = 0; i < value.size(); i++) {
            rows.set(i, value.get(i));
        }
        fireTableRowsUpdated(0, rows.size() - 1);
    }

    public final void clear() {
        setRows(List.of());
    }

    public final T row(int modelRow) {
        return rows.get(modelRow);
    }

    /** Every row, in model order. */
    public final List<T> rows() {
        return List.copyOf(rows);
    }

    /** The first row matching, or -1. */
    public final int indexOf(Predicate<? super T> which) {
        for (int i = 0; i < rows.size(); i++) {
            if (which.test(rows.get(i))) {
                return i;
            }
        }
        return -1;
    }

    public final void add(T row) {
        insert(rows.size(), row);
    }

    public final void insert(int index, T row) {
        rows.add(index, row);
        fireTableRowsInserted(index, index);
    }

    public final void set(int index, T row) {
        rows.set(index, row);
        fireTableRowsUpdated(index, index);
    }

    public final void remove(int index) {
        rows.remove(index);
        fireTableRowsDeleted(index, index);
    }

    /** Swaps a row with the one {@code by} rows away (-1 up, +1 down); false when either is outside the table. */
    public final boolean move(int index, int by) {
        int other = index + by;
        if (index < 0 || other < 0 || other >= rows.size() || index >= rows.size()) {
            return false;
        }
        rows.set(index, rows.set(other, rows.get(index)));
        fireTableRowsUpdated(Math.min(index, other), Math.max(index, other));
        return true;
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
        return columns.get(column).value().apply(rows.get(row), row);
    }
}
