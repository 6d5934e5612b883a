package org.voicebench.audit.ui;

import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.FixPlan;
import org.voicebench.audit.PlanItem;
import org.voicebench.ui.RowsTableModel;

/**
 * The fix plan as a table: the phones to restart first, then those to erase, then those skipped, each with how its
 * keys go (web or cti) and the reason. Swing thread.
 */
@Messages({
    "COL_Action=Action", "COL_Keys=Keys",
    "# {0} - macro", "ACTION_Restart=restart ({0})",
    "# {0} - macro", "ACTION_Erase=erase ({0})",
    "ACTION_Skip=skip"
})
final class PlanModel extends RowsTableModel<PlanItem> {

    private FixPlan plan;

    PlanModel() {
        super(List.of(
                Column.text(Bundle.COL_Phone(), i -> i.phone().phone().name()),
                Column.text(Bundle.COL_Address(), i -> i.phone().address()),
                Column.text(Bundle.COL_Model(), i -> i.phone().model()),
                Column.text(Bundle.COL_Action(), PlanModel::action),
                Column.text(Bundle.COL_Keys(), i -> i.acts() ? i.transport().id() : ""),
                Column.text(Bundle.COL_Reason(), PlanItem::reason)));
    }

    void show(FixPlan value) {
        plan = value;
        List<PlanItem> items = new ArrayList<>();
        if (value != null) {
            items.addAll(value.restarting());
            items.addAll(value.erasing());
            items.addAll(value.skipped());
        }
        setRows(items);
    }

    FixPlan plan() {
        return plan;
    }

    private static String action(PlanItem i) {
        return switch (i.action()) {
            case RESTART -> Bundle.ACTION_Restart(i.macro());
            case ERASE -> Bundle.ACTION_Erase(i.macro());
            case SKIP -> Bundle.ACTION_Skip();
        };
    }
}
