package org.voicebench.certcheck.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Tools &gt; Trust Check: opens (or brings to front) the Trust Check window. */
@ActionID(category = "Tools", id = "org.voicebench.certcheck.ui.OpenTrustCheckAction")
@ActionRegistration(displayName = "#CTL_OpenTrustCheckAction")
@ActionReference(path = "Menu/Tools", position = 120)
@Messages("CTL_OpenTrustCheckAction=&Trust Check")
public final class OpenTrustCheckAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        TrustCheckTopComponent.openWith(null);
    }
}
