package org.voicebench.macro.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.openide.util.NbBundle.Messages;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.ui.RowsTableModel;

/**
 * The live results table: one row per phone (phone, outcome, step, message, and how its keys went: web or cti). A row shows "waiting", then
 * "running" with the step reached, then the phone's outcome; a retry updates the rows of the phones it runs.
 * Swing thread only.
 */
@Messages({
    "COL_Phone=Phone", "COL_Outcome=Outcome", "COL_StepReached=Step", "COL_Message=Message", "COL_Keys=Keys",
    "STATE_Waiting=waiting", "STATE_Running=running",
    "# {0} - step", "# {1} - steps", "STEP_Of={0} of {1}"
})
final class ResultsModel extends RowsTableModel<ResultsModel.Row> {

    static final int PHONE = 0;
    static final int OUTCOME = 1;
    static final int STEP = 2;
    static final int MESSAGE = 3;
    static final int KEYS = 4;

    /** A phone's row: how far it got, and its result once it has one. */
    record Row(PhoneEntry phone, String outcome, String step, String message, PhoneResult result) {

        static Row waiting(PhoneEntry phone) {
            return new Row(phone, Bundle.STATE_Waiting(), "", "", null);
        }

        String address() {
            return phone.address().toString();
        }

        String phoneText() {
            return phone.displayName().equals(address()) ? address() : phone.displayName() + " (" + address() + ")";
        }
    }

    ResultsModel() {
        super(List.of(
                Column.text(Bundle.COL_Phone(), Row::phoneText),
                Column.text(Bundle.COL_Outcome(), Row::outcome),
                Column.text(Bundle.COL_StepReached(), Row::step),
                Column.text(Bundle.COL_Message(), Row::message),
                Column.text(Bundle.COL_Keys(), r -> r.result() == null || !r.result().touched() ? ""
                        : r.result().transport().id())));
    }

    /** Adds the phones not shown yet and resets the rows of those about to run. */
    void starting(List<PhoneEntry> phones) {
        List<Row> all = new ArrayList<>(rows());
        for (PhoneEntry p : phones) {
            int i = indexOf(r -> r.phone().address().equals(p.address()));
            if (i < 0) {
                all.add(Row.waiting(p));
            } else {
                all.set(i, Row.waiting(all.get(i).phone()));
            }
        }
        setRows(all);
    }

    void started(PhoneEntry p) {
        update(p.address().toString(), r -> new Row(r.phone(), Bundle.STATE_Running(), r.step(), r.message(), r.result()));
    }

    void step(PhoneEntry p, int step, int steps) {
        update(p.address().toString(), r -> new Row(r.phone(), r.outcome(), Bundle.STEP_Of(step, steps), r.message(),
                r.result()));
    }

    void finished(PhoneResult result) {
        String step = result.stepText().isEmpty() ? Integer.toString(result.step())
                : result.step() + " (" + result.stepText() + ")";
        update(result.address(), r -> new Row(r.phone(), result.outcome().name(), step, result.message(), result));
    }

    /** The latest result of every phone that has one, in table order. */
    List<PhoneResult> results() {
        return rows().stream().map(Row::result).filter(r -> r != null).toList();
    }

    List<PhoneEntry> phones() {
        return rows().stream().map(Row::phone).toList();
    }

    private void update(String address, UnaryOperator<Row> change) {
        int i = indexOf(r -> r.address().equals(address));
        if (i >= 0) {
            set(i, change.apply(row(i)));
        }
    }
}
