package org.voicebench.lab.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Tools &gt; Phone Lab: opens (or brings to front) the Phone Lab window. */
@ActionID(category = "Tools", id = "org.voicebench.lab.ui.OpenPhoneLabAction")
@ActionRegistration(displayName = "#CTL_OpenPhoneLabAction")
@ActionReference(path = "Menu/Tools", position = 150)
@Messages("CTL_OpenPhoneLabAction=P&hone Lab")
public final class OpenPhoneLabAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        PhoneLabTopComponent tc = PhoneLabTopComponent.findInstance();
        tc.open();
        tc.requestActive();
    }
}
