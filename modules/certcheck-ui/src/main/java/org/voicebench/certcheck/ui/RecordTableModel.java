package org.voicebench.certcheck.ui;

import static org.voicebench.ui.RowsTableModel.Column.text;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.RowsTableModel;
import org.voicebench.certcheck.RecordRow;

/** Each record of the phone's trust list against the cluster. */
@Messages({"COL_Index=#", "COL_Function=Function", "COL_RecordSubject=Subject", "COL_RecordStatus=Status",
    "COL_Match=Cluster certificate", "COL_RecordDetail=Detail"})
final class RecordTableModel extends RowsTableModel<RecordRow> {

    RecordTableModel() {
        super(List.of(
                Column.<RecordRow>of(Bundle.COL_Index(), Integer.class, r -> r.record().index()),
                text(Bundle.COL_Function(), r -> r.record().functionLabel() == null ? "" : r.record().functionLabel()),
                text(Bundle.COL_RecordSubject(), r -> r.record().subjectName() == null ? "" : r.record().subjectName()),
                text(Bundle.COL_RecordStatus(), r -> r.status().name()),
                text(Bundle.COL_Match(), r -> r.match() == null ? "" : r.match().label()),
                text(Bundle.COL_RecordDetail(), RecordRow::detail)));
    }
}
