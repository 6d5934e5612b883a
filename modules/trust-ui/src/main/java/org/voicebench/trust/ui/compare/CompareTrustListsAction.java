package org.voicebench.trust.ui.compare;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** File &gt; Compare Trust Lists...: an empty compare window where OLD and NEW are chosen. */
@ActionID(category = "File", id = "org.voicebench.trust.ui.compare.CompareTrustListsAction")
@ActionRegistration(displayName = "#CTL_CompareTrustListsAction")
@ActionReference(path = "Menu/File", position = 120)
@Messages("CTL_CompareTrustListsAction=Co&mpare Trust Lists...")
public final class CompareTrustListsAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        CompareWindows.open();
    }
}
