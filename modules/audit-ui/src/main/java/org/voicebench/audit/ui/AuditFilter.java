package org.voicebench.audit.ui;

import javax.swing.RowFilter;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;

/**
 * The table's filter: by state (where the phone is now), model and TFTP node; null means any.
 *
 * @param state the state shown, or null for all
 * @param model the model shown, or null for all
 * @param node the TFTP server shown, or null for all
 */
record AuditFilter(AuditState state, String model, String node) {

    static final AuditFilter ALL = new AuditFilter(null, null, null);

    boolean accepts(AuditRow row) {
        return (state == null || row.state() == state)
                && (model == null || model.equals(row.phone().model()))
                && (node == null || node.equals(row.phone().tftpServer()));
    }

    RowFilter<AuditRowsModel, Integer> rowFilter() {
        return new RowFilter<>() {
            @Override
            public boolean include(Entry<? extends AuditRowsModel, ? extends Integer> entry) {
                return accepts(entry.getModel().row(entry.getIdentifier()));
            }
        };
    }
}
