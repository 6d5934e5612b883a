package org.voicebench.certcheck.ui;

import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.certcheck.CertificateRow;
import org.voicebench.certcheck.ClusterCertificate;

/** The certificate-by-certificate matrix: each cluster certificate against the phone's trust list. */
@Messages({"COL_Role=Role", "COL_Node=Node", "COL_Subject=Subject", "COL_Serial=Serial", "COL_Expires=Expires",
    "COL_Status=In the phone's list", "COL_Records=Records", "COL_Detail=Detail", "COL_Source=Source"})
final class CertificateTableModel extends AbstractTableModel {

    private List<CertificateRow> rows = List.of();

    void setRows(List<CertificateRow> value) {
        rows = List.copyOf(value);
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return 9;
    }

    @Override
    public String getColumnName(int column) {
        return switch (column) {
            case 0 -> Bundle.COL_Role();
            case 1 -> Bundle.COL_Node();
            case 2 -> Bundle.COL_Subject();
            case 3 -> Bundle.COL_Serial();
            case 4 -> Bundle.COL_Expires();
            case 5 -> Bundle.COL_Status();
            case 6 -> Bundle.COL_Records();
            case 7 -> Bundle.COL_Detail();
            default -> Bundle.COL_Source();
        };
    }

    @Override
    public Object getValueAt(int row, int column) {
        CertificateRow r = rows.get(row);
        ClusterCertificate c = r.certificate();
        return switch (column) {
            case 0 -> c.role().label();
            case 1 -> c.node() == null ? "" : c.node();
            case 2 -> c.certificate().subject();
            case 3 -> c.certificate().serialHex();
            case 4 -> c.certificate().notAfter().toString();
            case 5 -> r.status().name();
            case 6 -> String.join(", ", r.records().stream().map(String::valueOf).toList());
            case 7 -> r.detail();
            default -> String.join("; ", c.sources());
        };
    }
}
