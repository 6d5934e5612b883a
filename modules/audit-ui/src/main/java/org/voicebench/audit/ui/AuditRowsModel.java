package org.voicebench.audit.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanItem;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.ui.RowsTableModel;

/**
 * The fleet table: one row per phone, added as each phone is assessed and updated as the fix reaches it
 * (planned, macro ended, verified). "Found" is the state the assessment found, "State" where the phone is
 * now. Swing thread only.
 */
@Messages({
    "COL_Phone=Phone", "COL_Address=Address", "COL_Model=Model", "COL_Tftp=TFTP Server",
    "COL_Found=Found", "COL_State=State", "COL_Reason=Reason", "COL_RowKeys=Keys",
    "NOTE_Erasing=erase planned: waiting for the macro",
    "NOTE_Restarting=restart planned: waiting for the macro",
    "# {0} - macro", "# {1} - outcome", "# {2} - message", "NOTE_MacroEnded={0} ended {1} {2}; reading its ITL again"
})
final class AuditRowsModel extends RowsTableModel<AuditRow> {

    static final int PHONE = 0;
    static final int ADDRESS = 1;
    static final int MODEL = 2;
    static final int TFTP = 3;
    static final int FOUND = 4;
    static final int STATE = 5;
    static final int REASON = 6;
    static final int KEYS = 7;

    /** What the fix says about a phone meanwhile, by address; shown instead of its reason. */
    private final Map<String, String> notes;

    AuditRowsModel() {
        this(new HashMap<>());
    }

    private AuditRowsModel(Map<String, String> notes) {
        super(List.of(
                Column.text(Bundle.COL_Phone(), r -> r.phone().phone().name()),
                Column.text(Bundle.COL_Address(), r -> r.phone().address()),
                Column.text(Bundle.COL_Model(), r -> r.phone().model()),
                Column.text(Bundle.COL_Tftp(), r -> r.phone().tftpServer()),
                Column.of(Bundle.COL_Found(), AuditState.class, r -> AuditState.of(r.phone().state())),
                Column.of(Bundle.COL_State(), AuditState.class, AuditRow::state),
                Column.text(Bundle.COL_Reason(), r -> notes.getOrDefault(r.phone().address(), r.reason())),
                Column.text(Bundle.COL_RowKeys(), AuditRowsModel::keys)));
        this.notes = notes;
    }

    /** How the phone's keys went in the fix (web or cti), or how the plan sends them; "" when none are sent. */
    private static String keys(AuditRow r) {
        if (r.macro() != null && r.macro().touched()) {
            return r.macro().transport().id();
        }
        return r.plan() != null && r.plan().acts() ? r.plan().transport().id() : "";
    }

    /** A phone was judged: its row appears (or is replaced). */
    void assessed(PhoneAudit phone) {
        put(AuditRow.assessed(phone));
    }

    /** The fix starts: the phones it erases say so until their result comes. */
    void fixing(List<PlanItem> acting) {
        for (PlanItem item : acting) {
            note(item.phone().address(), item.action() == PlanItem.Action.RESTART ? Bundle.NOTE_Restarting()
                    : Bundle.NOTE_Erasing());
        }
    }

    /** A phone's restart or erase ended ({@code macro}: what ran, e.g. {@code restart}). */
    void macroFinished(String macro, PhoneResult result) {
        note(result.address(), Bundle.NOTE_MacroEnded(macro, result.outcome().name(), result.message()).strip());
    }

    /** A phone's final state after the fix. */
    void verified(AuditRow row) {
        put(row);
    }

    /** The final report: every row as it says, in its order. */
    void report(AuditReport report) {
        notes.clear();
        setRows(report.rows());
    }

    private void put(AuditRow row) {
        notes.remove(row.phone().address());
        int i = indexOf(row.phone().address());
        if (i < 0) {
            add(row);
        } else {
            set(i, row);
        }
    }

    private void note(String address, String note) {
        int i = indexOf(address);
        if (i >= 0) {
            notes.put(address, note);
            set(i, row(i));
        }
    }

    private int indexOf(String address) {
        return indexOf(r -> r.phone().address().equals(address));
    }

    /** What the assessment found, in table order (the input of the plan and of the fix). */
    List<PhoneAudit> audits() {
        return rows().stream().map(AuditRow::phone).toList();
    }

    /** The models shown, sorted. */
    List<String> models() {
        return sorted(r -> r.phone().model());
    }

    /** The TFTP servers shown, sorted. */
    List<String> nodes() {
        return sorted(r -> r.phone().tftpServer());
    }

    private List<String> sorted(Function<AuditRow, String> value) {
        return new ArrayList<>(new TreeSet<>(rows().stream().map(value).toList()));
    }
}
