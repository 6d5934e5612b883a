package org.voicebench.trust.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JTableOperator;
import org.voicebench.trust.ui.Fixtures;
import org.voicebench.testsupport.TestFrame;

/** The compare window in a plain frame: an ITL before and after its CallManager certificate was regenerated. */
class CompareGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    @Test
    void showsTheChangedCallManagerRecordsWithTheirSerialsHighlighted() throws Exception {
        Path before = Fixtures.write(dir, "ITLFile.tlv", Fixtures.itlBytes());
        Path after = Fixtures.write(dir, "ITLFile-after.tlv", Fixtures.itlAfterRegenerationBytes());
        CompareTopComponent tc = onEdt(CompareTopComponent::new);
        frame.show("compare", tc);
        onEdt(() -> {
            tc.setOld(before, null);
            tc.setNew(after, null);
            return null;
        });
        onEdt(tc::comparison).get(60, TimeUnit.SECONDS);

        JTableOperator table = new JTableOperator(onEdt(tc::table));
        List<Integer> changedRows = new ArrayList<>();
        for (int row = 0; row < table.getRowCount(); row++) {
            if ("changed".equals(table.getValueAt(row, 0))) {
                changedRows.add(row);
            }
        }
        assertEquals(2, changedRows.size(), "CallManager as SAST and TFTP");
        for (int row : changedRows) {
            assertTrue(String.valueOf(table.getValueAt(row, 8)).contains("cucm-pub.lab.example.com"));
            Color serialOld = onEdt(() -> background(tc.table(), row, 4));
            Color serialNew = onEdt(() -> background(tc.table(), row, 9));
            Color function = onEdt(() -> background(tc.table(), row, 7));
            assertEquals(CompareTopComponent.CHANGED, serialOld);
            assertEquals(CompareTopComponent.CHANGED, serialNew);
            assertTrue(!CompareTopComponent.CHANGED.equals(function), "an unchanged field is not highlighted");
        }
        assertTrue(onEdt(tc::summaryText).contains("Records: 5 unchanged, 0 added, 0 removed, 2 changed"),
                onEdt(tc::summaryText));
        table.selectCell(changedRows.get(0), 8);
        assertEquals(changedRows.get(0).intValue(), (int) onEdt(() -> tc.table().getSelectedRow()));
    }

    private static Color background(JTable table, int row, int column) {
        table.clearSelection();
        return table.prepareRenderer(table.getCellRenderer(row, column), row, column).getBackground();
    }
}
