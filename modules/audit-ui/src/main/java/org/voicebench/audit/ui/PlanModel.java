package org.voicebench.audit.ui;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PlanItem;

/**
 * The fix plan as a table: the phones to restart first, then those to erase, then those skipped, each with the
 * reason. Swing thread.
 */
@Messages({
    "COL_Action=Action",
    "# {0} - macro", "ACTION_Restart=restart ({0})",
    "# {0} - macro", "ACTION_Erase=erase ({0})",
    "ACTION_Skip=skip"
})
final class PlanModel extends AbstractTableModel {

    private List<PlanItem> items = new ArrayList<>();
    private FixPlan plan;

    void show(FixPlan value) {
        plan = value;
        items = new ArrayList<>();
        if (value != null) {
            items.addAll(value.restarting());
            items.addAll(value.erasing());
            items.addAll(value.skipped());
        }
        fireTableDataChanged();
    }

    FixPlan plan() {
        return plan;
    }

    @Override
    public int getRowCount() {
        return items.size();
    }

    @Override
    public int getColumnCount() {
        return 5;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Phone();
            case 1 -> Bundle.COL_Address();
            case 2 -> Bundle.COL_Model();
            case 3 -> Bundle.COL_Action();
            default -> Bundle.COL_Reason();
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        PlanItem i = items.get(row);
        return switch (column) {
            case 0 -> i.phone().phone().name();
            case 1 -> i.phone().address();
            case 2 -> i.phone().model();
            case 3 -> switch (i.action()) {
                case RESTART -> Bundle.ACTION_Restart(i.macro());
                case ERASE -> Bundle.ACTION_Erase(i.macro());
                case SKIP -> Bundle.ACTION_Skip();
            };
            default -> i.reason();
        };
    }
}
