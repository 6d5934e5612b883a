package org.voicebench.remote.ui;

import java.awt.GridBagLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfile;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.ui.FormRows;

/** The Add/Edit Phone form: address, name, group, model (blank: detected), user (blank: the group's). */
@Messages({
    "LBL_Address=&Address:", "LBL_Name=&Name:", "LBL_Group=&Group:", "LBL_Model=&Model:", "LBL_User=&User:",
    "TIP_Address=host, host:port, [IPv6] or [IPv6]:port",
    "TIP_Model=Leave empty to detect it from the phone's DeviceInformationX",
    "TIP_User=Leave empty to use the group's user",
    "ERR_AddressMissing=Give the phone's address.",
    "# {0} - what is wrong", "ERR_Invalid={0}"
})
final class PhoneForm extends JPanel {

    private final JTextField address = new JTextField(24);
    private final JTextField name = new JTextField(24);
    private final JComboBox<String> group = new JComboBox<>();
    private final JComboBox<String> model = new JComboBox<>();
    private final JTextField user = new JTextField(16);

    PhoneForm(PhoneEntry initial, String initialGroup, List<String> groups, ModelProfiles profiles) {
        super(new GridBagLayout());
        group.setEditable(true);
        model.setEditable(true);
        List<String> g = new ArrayList<>(groups);
        if (!g.contains(initialGroup)) {
            g.add(0, initialGroup);
        }
        g.forEach(group::addItem);
        model.addItem("");
        profiles.all().stream().map(ModelProfile::model).forEach(model::addItem);
        group.setSelectedItem(initialGroup);
        if (initial != null) {
            address.setText(initial.address().toString());
            name.setText(initial.name());
            model.setSelectedItem(initial.model());
            user.setText(initial.user());
        }
        address.setToolTipText(Bundle.TIP_Address());
        model.setToolTipText(Bundle.TIP_Model());
        user.setToolTipText(Bundle.TIP_User());
        FormRows.add(this, 0, Bundle.LBL_Address(), address);
        FormRows.add(this, 1, Bundle.LBL_Name(), name);
        FormRows.add(this, 2, Bundle.LBL_Group(), group);
        FormRows.add(this, 3, Bundle.LBL_Model(), model);
        FormRows.add(this, 4, Bundle.LBL_User(), user);
    }

    /** What is wrong with the form, or null. */
    String problem() {
        if (address.getText().isBlank()) {
            return Bundle.ERR_AddressMissing();
        }
        try {
            entry();
            return null;
        } catch (IllegalArgumentException e) {
            return Bundle.ERR_Invalid(e.getMessage());
        }
    }

    /** The entry the form describes; throws IllegalArgumentException when invalid. */
    PhoneEntry entry() {
        return new PhoneEntry(PhoneAddress.parse(address.getText()), name.getText(), text(group), text(model), user.getText());
    }

    private static String text(JComboBox<String> box) {
        Object v = box.isEditable() ? box.getEditor().getItem() : box.getSelectedItem();
        return v == null ? "" : v.toString();
    }
}
