package org.voicebench.trust.ui.open;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.nio.file.Path;
import java.util.List;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.FileChoosers;

/** File &gt; Open Trust List...: picks files (*.tlv, *.sgn) and hands them to the opener. */
@ActionID(category = "File", id = "org.voicebench.trust.ui.open.OpenTrustListAction")
@ActionRegistration(displayName = "#CTL_OpenTrustListAction", iconBase = "org/voicebench/trust/ui/resources/trustlist.png")
@ActionReferences({
    @ActionReference(path = "Menu/File", position = 100),
    @ActionReference(path = "Shortcuts", name = "D-O")
})
@Messages({
    "CTL_OpenTrustListAction=&Open Trust List...",
    "TITLE_OpenTrustList=Open Trust List"
})
public final class OpenTrustListAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        List<Path> files = FileChoosers.openMany(Bundle.TITLE_OpenTrustList());
        if (!files.isEmpty()) {
            TrustListOpener.getDefault().open(files);
        }
    }
}
