package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.util.List;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;

class LabTableModelTest {

    private static PhoneRow row(String address, boolean web) {
        return new PhoneRow(address, "CP-8845", "SEP0001", "0001", "none", false, web);
    }

    @Test
    void aRefreshKeepsTheSelectedPhoneSelectedAndANewLabDoesNot() {
        LabTableModel model = new LabTableModel();
        JTable table = onEdt(() -> new JTable(model));
        int[] selected = onEdt(() -> {
            model.refreshRows(List.of(row("127.0.0.1:1", true), row("127.0.0.1:2", false)));
            table.setRowSelectionInterval(1, 1);
            model.refreshRows(List.of(row("127.0.0.1:1", true), row("127.0.0.1:2", true))); // the periodic refresh
            return table.getSelectedRows();
        });
        assertArrayEquals(new int[] {1}, selected, "the phone the user selected stays selected");
        assertEquals(Boolean.TRUE, onEdt(() -> table.getValueAt(1, 6)), "and shows its new web access state");
        assertEquals("Web Access", model.getColumnName(6));
        int count = onEdt(() -> {
            model.refreshRows(List.of(row("127.0.0.1:9", true)));
            return table.getSelectedRowCount();
        });
        assertEquals(0, count, "other rows: nothing stays selected");
    }
}
