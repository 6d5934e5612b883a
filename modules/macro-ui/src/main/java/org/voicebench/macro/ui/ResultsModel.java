package org.voicebench.macro.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * The live results table: one row per phone (phone, outcome, step, message). A row shows "waiting", then
 * "running" with the step reached, then the phone's outcome; a retry updates the rows of the phones it runs.
 * Swing thread only.
 */
@Messages({
    "COL_Phone=Phone", "COL_Outcome=Outcome", "COL_StepReached=Step", "COL_Message=Message",
    "STATE_Waiting=waiting", "STATE_Running=running",
    "# {0} - step", "# {1} - steps", "STEP_Of={0} of {1}"
})
final class ResultsModel extends AbstractTableModel {

    static final int PHONE = 0;
    static final int OUTCOME = 1;
    static final int STEP = 2;
    static final int MESSAGE = 3;

    private static final class Row {
        final PhoneEntry phone;
        String outcome = Bundle.STATE_Waiting();
        String step = "";
        String message = "";
        PhoneResult result;

        Row(PhoneEntry phone) {
            this.phone = phone;
        }
    }

    private final List<Row> list = new ArrayList<>();
    private final Map<String, Row> rows = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();

    /** Adds the phones not shown yet and resets the rows of those about to run. */
    void starting(List<PhoneEntry> phones) {
        for (PhoneEntry p : phones) {
            String key = p.address().toString();
            Row r = rows.get(key);
            if (r == null) {
                index.put(key, list.size());
                Row added = new Row(p);
                rows.put(key, added);
                list.add(added);
            } else {
                r.outcome = Bundle.STATE_Waiting();
                r.step = "";
                r.message = "";
                r.result = null;
            }
        }
        fireTableDataChanged();
    }

    void started(PhoneEntry p) {
        update(p.address().toString(), r -> r.outcome = Bundle.STATE_Running());
    }

    void step(PhoneEntry p, int step, int steps) {
        update(p.address().toString(), r -> r.step = Bundle.STEP_Of(step, steps));
    }

    void finished(PhoneResult result) {
        update(result.address(), r -> {
            r.result = result;
            r.outcome = result.outcome().name();
            r.step = result.stepText().isEmpty() ? Integer.toString(result.step())
                    : result.step() + " (" + result.stepText() + ")";
            r.message = result.message();
        });
    }

    /** The latest result of every phone that has one, in table order. */
    List<PhoneResult> results() {
        List<PhoneResult> out = new ArrayList<>();
        list.forEach(r -> {
            if (r.result != null) {
                out.add(r.result);
            }
        });
        return out;
    }

    List<PhoneEntry> phones() {
        return list.stream().map(r -> r.phone).toList();
    }

    private void update(String address, java.util.function.Consumer<Row> change) {
        Row r = rows.get(address);
        if (r != null) {
            change.accept(r);
            int i = index.get(address);
            fireTableRowsUpdated(i, i);
        }
    }

    @Override
    public int getRowCount() {
        return list.size();
    }

    @Override
    public int getColumnCount() {
        return 4;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case PHONE -> Bundle.COL_Phone();
            case OUTCOME -> Bundle.COL_Outcome();
            case STEP -> Bundle.COL_StepReached();
            default -> Bundle.COL_Message();
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = list.get(row);
        return switch (column) {
            case PHONE -> r.phone.displayName().equals(r.phone.address().toString()) ? r.phone.address().toString()
                    : r.phone.displayName() + " (" + r.phone.address() + ")";
            case OUTCOME -> r.outcome;
            case STEP -> r.step;
            default -> r.message;
        };
    }
}
