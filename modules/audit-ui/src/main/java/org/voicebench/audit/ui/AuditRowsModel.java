package org.voicebench.audit.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.PhoneAudit;
import org.voicebench.audit.PlanItem;
import org.voicebench.macro.run.PhoneResult;

/**
 * The fleet table: one row per phone, added as each phone is assessed and updated as the fix reaches it
 * (planned, macro ended, verified). "Found" is the state the assessment found, "State" where the phone is
 * now. Swing thread only.
 */
@Messages({
    "COL_Phone=Phone", "COL_Address=Address", "COL_Model=Model", "COL_Tftp=TFTP Server",
    "COL_Found=Found", "COL_State=State", "COL_Reason=Reason",
    "NOTE_Erasing=erase planned: waiting for the macro",
    "NOTE_Restarting=restart planned: waiting for the macro",
    "# {0} - macro", "# {1} - outcome", "# {2} - message", "NOTE_MacroEnded={0} ended {1} {2}; reading its ITL again"
})
final class AuditRowsModel extends AbstractTableModel {

    static final int PHONE = 0;
    static final int ADDRESS = 1;
    static final int MODEL = 2;
    static final int TFTP = 3;
    static final int FOUND = 4;
    static final int STATE = 5;
    static final int REASON = 6;

    private static final class Row {
        AuditRow row;
        String note = "";

        Row(AuditRow row) {
            this.row = row;
        }
    }

    private final List<Row> list = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();

    void clear() {
        list.clear();
        index.clear();
        fireTableDataChanged();
    }

    /** A phone was judged: its row appears (or is replaced). */
    void assessed(PhoneAudit phone) {
        put(AuditRow.assessed(phone), "");
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
        put(row, "");
    }

    /** The final report: every row as it says, in its order. */
    void report(AuditReport report) {
        list.clear();
        index.clear();
        for (AuditRow r : report.rows()) {
            index.put(r.phone().address(), list.size());
            list.add(new Row(r));
        }
        fireTableDataChanged();
    }

    private void put(AuditRow row, String note) {
        Integer i = index.get(row.phone().address());
        if (i == null) {
            index.put(row.phone().address(), list.size());
            Row added = new Row(row);
            added.note = note;
            list.add(added);
            fireTableRowsInserted(list.size() - 1, list.size() - 1);
        } else {
            list.get(i).row = row;
            list.get(i).note = note;
            fireTableRowsUpdated(i, i);
        }
    }

    private void note(String address, String note) {
        Integer i = index.get(address);
        if (i != null) {
            list.get(i).note = note;
            fireTableRowsUpdated(i, i);
        }
    }

    /** Every row as it stands, in table order. */
    List<AuditRow> rows() {
        return list.stream().map(r -> r.row).toList();
    }

    /** What the assessment found, in table order (the input of the plan and of the fix). */
    List<PhoneAudit> audits() {
        return list.stream().map(r -> r.row.phone()).toList();
    }

    AuditRow row(int modelRow) {
        return list.get(modelRow).row;
    }

    /** The models shown, sorted. */
    List<String> models() {
        return new ArrayList<>(new TreeSet<>(list.stream().map(r -> r.row.phone().model()).toList()));
    }

    /** The TFTP servers shown, sorted. */
    List<String> nodes() {
        return new ArrayList<>(new TreeSet<>(list.stream().map(r -> r.row.phone().tftpServer()).toList()));
    }

    @Override
    public int getRowCount() {
        return list.size();
    }

    @Override
    public int getColumnCount() {
        return 7;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case PHONE -> Bundle.COL_Phone();
            case ADDRESS -> Bundle.COL_Address();
            case MODEL -> Bundle.COL_Model();
            case TFTP -> Bundle.COL_Tftp();
            case FOUND -> Bundle.COL_Found();
            case STATE -> Bundle.COL_State();
            default -> Bundle.COL_Reason();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return column == FOUND || column == STATE ? AuditState.class : String.class;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        Row r = list.get(rowIndex);
        PhoneAudit p = r.row.phone();
        return switch (column) {
            case PHONE -> p.phone().name();
            case ADDRESS -> p.address();
            case MODEL -> p.model();
            case TFTP -> p.tftpServer();
            case FOUND -> AuditState.of(p.state());
            case STATE -> r.row.state();
            default -> r.note.isEmpty() ? r.row.reason() : r.note;
        };
    }
}
