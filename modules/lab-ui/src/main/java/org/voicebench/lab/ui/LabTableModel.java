package org.voicebench.lab.ui;

import java.util.List;
import org.openide.util.NbBundle.Messages;
import org.voicebench.ui.RowsTableModel;

/**
 * The lab's phones: address, model, name, MAC, ITL, rebooting, web access. The periodic refresh replaces the rows
 * with {@link #refreshRows}, so that a selected phone stays selected. Swing thread.
 */
@Messages({
    "COL_Address=Address", "COL_Model=Model", "COL_Name=Name", "COL_Mac=MAC", "COL_Itl=ITL",
    "COL_Rebooting=Rebooting", "COL_WebAccess=Web Access"
})
public final class LabTableModel extends RowsTableModel<PhoneRow> {

    public LabTableModel() {
        super(List.of(
                Column.text(Bundle.COL_Address(), PhoneRow::address),
                Column.text(Bundle.COL_Model(), PhoneRow::model),
                Column.text(Bundle.COL_Name(), PhoneRow::name),
                Column.text(Bundle.COL_Mac(), PhoneRow::mac),
                Column.text(Bundle.COL_Itl(), PhoneRow::itl),
                Column.of(Bundle.COL_Rebooting(), Boolean.class, PhoneRow::rebooting),
                Column.of(Bundle.COL_WebAccess(), Boolean.class, PhoneRow::webAccess)));
    }
}
