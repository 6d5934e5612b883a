package org.voicebench.trust.ui.samples;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Opens the Start window. */
@ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.StartPageAction")
@ActionRegistration(displayName = "#CTL_StartPageAction")
@Messages("CTL_StartPageAction=&Start Window")
public final class StartPageAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        StartTopComponent.showWindow();
    }
}
