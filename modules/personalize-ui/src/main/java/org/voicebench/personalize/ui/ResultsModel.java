package org.voicebench.personalize.ui;

import java.util.ArrayList;
import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.personalize.PushResult;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.ui.RowsTableModel;

/**
 * The results table: one row per selected phone (phone, model, outcome, how the objects went, message). A row shows
 * "not pushed", then "waiting" while its push runs (the message still the earlier result's), then the phone's outcome;
 * a retry updates the rows of the phones it pushes to. Swing thread only.
 */
@Messages({
    "COL_Phone=Phone", "COL_Model=Model", "COL_Outcome=Outcome", "COL_Keys=Via", "COL_Message=Message",
    "STATE_NotPushed=not pushed", "STATE_Waiting=waiting"
})
final class ResultsModel extends RowsTableModel<ResultsModel.Row> {

    static final int PHONE = 0;
    static final int MODEL = 1;
    static final int OUTCOME = 2;
    static final int VIA = 3;
    static final int MESSAGE = 4;

    /** A phone's row: its state in words and its latest result, if any. */
    record Row(PhoneEntry phone, String state, PushResult result) {

        String phoneText() {
            String address = phone.address().toString();
            return phone.displayName().equals(address) ? address : phone.displayName() + " (" + address + ")";
        }

        String outcome() {
            return !state.isEmpty() || result == null ? state : result.outcome().name();
        }

        String model() {
            return result != null && !result.model().isEmpty() ? result.model() : phone.model();
        }
    }

    ResultsModel(List<PhoneEntry> phones) {
        super(List.of(
                Column.text(Bundle.COL_Phone(), Row::phoneText),
                Column.text(Bundle.COL_Model(), Row::model),
                Column.text(Bundle.COL_Outcome(), Row::outcome),
                Column.text(Bundle.COL_Keys(), r -> r.result() == null ? "" : r.result().transport().id()),
                Column.text(Bundle.COL_Message(), r -> r.result() == null ? "" : r.result().message())));
        setRows(phones.stream().map(p -> new Row(p, Bundle.STATE_NotPushed(), null)).toList());
    }

    /** The rows of the phones about to be pushed wait for their new result. */
    void starting(List<PhoneEntry> phones) {
        List<Row> all = new ArrayList<>(rows());
        for (int i = 0; i < all.size(); i++) {
            Row r = all.get(i);
            if (phones.stream().anyMatch(p -> p.address().equals(r.phone().address()))) {
                all.set(i, new Row(r.phone(), Bundle.STATE_Waiting(), r.result()));
            }
        }
        refreshRows(all);
    }

    /** A phone's result. */
    void finished(PushResult result) {
        int i = indexOf(r -> r.phone().address().equals(result.address()));
        if (i >= 0) {
            set(i, new Row(row(i).phone(), "", result));
        }
    }

    /** The push ended or did not run: rows still waiting show their earlier result again, or "not pushed". */
    void notRun() {
        List<Row> all = new ArrayList<>(rows());
        all.replaceAll(r -> r.state().equals(Bundle.STATE_Waiting())
                ? new Row(r.phone(), r.result() == null ? Bundle.STATE_NotPushed() : "", r.result()) : r);
        refreshRows(all);
    }
}
