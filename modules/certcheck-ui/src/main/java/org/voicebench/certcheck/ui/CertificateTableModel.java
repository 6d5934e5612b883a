package org.voicebench.certcheck.ui;

import static org.voicebench.ui.RowsTableModel.Column.text;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.RowsTableModel;
import org.voicebench.certcheck.CertificateRow;

/** The certificate-by-certificate matrix: each cluster certificate against the phone's trust list. */
@Messages({"COL_Role=Role", "COL_Node=Node", "COL_Subject=Subject", "COL_Serial=Serial", "COL_Expires=Expires",
    "COL_Status=In the phone's list", "COL_Records=Records", "COL_Detail=Detail", "COL_Source=Source"})
final class CertificateTableModel extends RowsTableModel<CertificateRow> {

    CertificateTableModel() {
        super(List.of(
                text(Bundle.COL_Role(), r -> r.certificate().role().label()),
                text(Bundle.COL_Node(), r -> r.certificate().node() == null ? "" : r.certificate().node()),
                text(Bundle.COL_Subject(), r -> r.certificate().certificate().subject()),
                text(Bundle.COL_Serial(), r -> r.certificate().certificate().serialHex()),
                text(Bundle.COL_Expires(), r -> r.certificate().certificate().notAfter().toString()),
                text(Bundle.COL_Status(), r -> r.status().name()),
                text(Bundle.COL_Records(), r -> String.join(", ", r.records().stream().map(String::valueOf).toList())),
                text(Bundle.COL_Detail(), CertificateRow::detail),
                text(Bundle.COL_Source(), r -> String.join("; ", r.certificate().sources()))));
    }
}
