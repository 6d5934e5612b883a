package org.voicebench.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.Test;
import org.voicebench.ui.RowsTableModel.Column;

class RowsTableModelTest {

    private record Phone(String name, int port, boolean on) {
    }

    private final RowsTableModel<Phone> model = new RowsTableModel<>(List.of(
            Column.number("#"),
            Column.text("Name", Phone::name),
            Column.of("Port", Integer.class, Phone::port),
            Column.of("On", Boolean.class, Phone::on)));
    private final List<String> events = new ArrayList<>();

    RowsTableModelTest() {
        model.addTableModelListener(e -> events.add(kind(e) + " " + e.getFirstRow() + "-" + e.getLastRow()));
    }

    private static String kind(TableModelEvent e) {
        if (e.getFirstRow() == 0 && e.getLastRow() == Integer.MAX_VALUE) {
            return "all";
        }
        return switch (e.getType()) {
            case TableModelEvent.INSERT -> "insert";
            case TableModelEvent.DELETE -> "delete";
            default -> "update";
        };
    }

    @Test
    void columnsReadTheirCellsFromTheRows() {
        model.setRows(List.of(new Phone("a", 8080, true), new Phone("b", 8081, false)));
        assertEquals(4, model.getColumnCount());
        assertEquals(2, model.getRowCount());
        assertEquals("Port", model.getColumnName(2));
        assertEquals(Integer.class, model.getColumnClass(2), "the sorter compares ports as numbers");
        assertEquals(Boolean.class, model.getColumnClass(3));
        assertEquals(String.class, model.getColumnClass(1));
        assertEquals("2", model.getValueAt(1, 0), "rows are numbered from 1");
        assertEquals("b", model.getValueAt(1, 1));
        assertEquals(8081, model.getValueAt(1, 2));
        assertEquals(false, model.getValueAt(1, 3));
        assertEquals(new Phone("a", 8080, true), model.row(0));
        assertEquals(1, model.indexOf(p -> p.name().equals("b")));
        assertEquals(-1, model.indexOf(p -> p.name().equals("z")));
    }

    @Test
    void aRefreshWithAsManyRowsIsAnUpdateSoThatTheSelectionStays() {
        model.setRows(List.of(new Phone("a", 1, true), new Phone("b", 2, true)));
        model.refreshRows(List.of(new Phone("a", 1, false), new Phone("b", 2, false)));
        model.refreshRows(List.of(new Phone("c", 3, false)));
        assertEquals(List.of("all 0-" + Integer.MAX_VALUE, "update 0-1", "all 0-" + Integer.MAX_VALUE), events);
        assertEquals(List.of(new Phone("c", 3, false)), model.rows());
    }

    @Test
    void editsFireTheirOwnEvents() {
        model.add(new Phone("a", 1, true));
        model.add(new Phone("b", 2, true));
        model.insert(1, new Phone("between", 3, true));
        model.set(0, new Phone("A", 1, true));
        assertTrue(model.move(2, -1));
        assertFalse(model.move(0, -1), "nothing above the first row");
        model.remove(0);
        assertEquals(List.of("insert 0-0", "insert 1-1", "insert 1-1", "update 0-0", "update 1-2", "delete 0-0"), events);
        assertEquals(List.of("b", "between"), model.rows().stream().map(Phone::name).toList());
        model.clear();
        assertEquals(0, model.getRowCount());
    }
}
