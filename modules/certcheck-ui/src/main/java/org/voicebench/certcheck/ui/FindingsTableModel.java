package org.voicebench.certcheck.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.Severity;

/** The findings: severity (sorts by rank), code, message. */
@Messages({"COL_Severity=Severity", "COL_Code=Code", "COL_Finding=Finding"})
final class FindingsTableModel extends AbstractTableModel {

    static final int SEVERITY = 0;
    static final int CODE = 1;
    static final int MESSAGE = 2;

    private List<Finding> findings = List.of();

    void setFindings(List<Finding> value) {
        findings = List.copyOf(value);
        fireTableDataChanged();
    }

    Finding finding(int modelRow) {
        return findings.get(modelRow);
    }

    @Override
    public int getRowCount() {
        return findings.size();
    }

    @Override
    public int getColumnCount() {
        return 3;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case SEVERITY -> Bundle.COL_Severity();
            case CODE -> Bundle.COL_Code();
            default -> Bundle.COL_Finding();
        };
    }

    @Override
    public Class<?> getColumnClass(int column) {
        // Severity is an enum ordered lowest first: the row sorter ranks it, not alphabetically
        return column == SEVERITY ? Severity.class : String.class;
    }

    @Override
    public Object getValueAt(int row, int column) {
        Finding f = findings.get(row);
        return switch (column) {
            case SEVERITY -> f.severity();
            case CODE -> f.code().name();
            default -> f.message();
        };
    }
}
