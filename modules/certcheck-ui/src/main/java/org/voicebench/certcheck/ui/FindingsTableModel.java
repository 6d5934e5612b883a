package org.voicebench.certcheck.ui;

import static org.voicebench.ui.RowsTableModel.Column.text;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.RowsTableModel;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.Severity;

/** The findings: severity (sorts by rank), code, message. */
@Messages({"COL_Severity=Severity", "COL_Code=Code", "COL_Finding=Finding"})
final class FindingsTableModel extends RowsTableModel<Finding> {

    static final int SEVERITY = 0;
    static final int CODE = 1;
    static final int MESSAGE = 2;

    FindingsTableModel() {
        super(List.of(
                // Severity is an enum ordered lowest first: the row sorter ranks it, not alphabetically
                Column.of(Bundle.COL_Severity(), Severity.class, Finding::severity),
                text(Bundle.COL_Code(), f -> f.code().name()),
                text(Bundle.COL_Finding(), Finding::message)));
    }
}
