package org.voicebench.trust.ui.inspector;

import javax.swing.JButton;
import javax.swing.JToolBar;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.Buttons;

/** The inspector's buttons; what they do is given by the window. */
@Messages({
    "CTL_ExportCertificate=Export &Certificate...",
    "TIP_ExportCertificate=Save the selected record's certificate as PEM or DER",
    "CTL_ExportJson=Export &JSON...",
    "TIP_ExportJson=Save this file as JSON, as voicebench-cli inspect --json prints it",
    "CTL_CompareWith=Com&pare With...",
    "TIP_CompareWith=Compare this file (as OLD) with another trust list"
})
final class InspectorToolbar extends JToolBar {

    final JButton exportCertificate = button(Bundle.CTL_ExportCertificate(), Bundle.TIP_ExportCertificate());
    final JButton exportJson = button(Bundle.CTL_ExportJson(), Bundle.TIP_ExportJson());
    final JButton compareWith = button(Bundle.CTL_CompareWith(), Bundle.TIP_CompareWith());

    InspectorToolbar(Runnable onExportCertificate, Runnable onExportJson, Runnable onCompareWith) {
        setFloatable(false);
        setRollover(true);
        exportCertificate.addActionListener(e -> onExportCertificate.run());
        exportJson.addActionListener(e -> onExportJson.run());
        compareWith.addActionListener(e -> onCompareWith.run());
        exportCertificate.setEnabled(false);
        add(exportCertificate);
        add(exportJson);
        addSeparator();
        add(compareWith);
    }

    private static JButton button(String text, String tip) {
        JButton b = Buttons.labelled(text);
        b.setToolTipText(tip);
        return b;
    }
}
