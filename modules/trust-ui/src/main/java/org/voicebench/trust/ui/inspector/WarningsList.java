package org.voicebench.trust.ui.inspector;

import java.awt.Component;
import java.util.List;
import java.util.function.IntConsumer;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JList;
import javax.swing.ListSelectionModel;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.Warning;

/** The file's warnings; choosing one that has an offset selects that place in the tree. */
@Messages({
    "# {0} - code", "# {1} - message", "# {2} - offset", "LBL_WarningAt={0}: {1} (offset {2})",
    "# {0} - code", "# {1} - message", "LBL_Warning={0}: {1}",
    "ACSN_Warnings=Warnings"
})
final class WarningsList extends JList<Warning> {

    /** Component name, for tests and accessibility tools. */
    static final String NAME = "warnings";

    WarningsList(List<Warning> warnings, IntConsumer selectOffset) {
        super(warnings.toArray(Warning[]::new));
        setName(NAME);
        setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        setVisibleRowCount(Math.max(1, Math.min(4, warnings.size())));
        getAccessibleContext().setAccessibleName(Bundle.ACSN_Warnings());
        setCellRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, text((Warning) value), index, selected, focus);
            }
        });
        addListSelectionListener(e -> {
            Warning w = getSelectedValue();
            if (!e.getValueIsAdjusting() && w != null && w.offset() != null) {
                selectOffset.accept(w.offset());
            }
        });
    }

    static String text(Warning w) {
        return w.offset() == null ? Bundle.LBL_Warning(w.code().name(), w.message())
                : Bundle.LBL_WarningAt(w.code().name(), w.message(), Integer.toString(w.offset()));
    }
}
