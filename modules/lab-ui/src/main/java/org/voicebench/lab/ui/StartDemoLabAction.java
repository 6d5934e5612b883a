package org.voicebench.lab.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/**
 * Tools &gt; Start Demo Lab (also the Start window's button, found by its id): opens the Phone Lab
 * window and starts the demo lab there with the form's user and password (random when empty).
 */
@ActionID(category = "Tools", id = StartDemoLabAction.ID)
@ActionRegistration(displayName = "#CTL_StartDemoLabAction")
@ActionReference(path = "Menu/Tools", position = 155)
@Messages("CTL_StartDemoLabAction=Start &Demo Lab")
public final class StartDemoLabAction implements ActionListener {

    /** The id other modules look the action up by ({@code Actions.forID("Tools", ID)}). */
    public static final String ID = "org.voicebench.lab.ui.StartDemoLab";

    @Override
    public void actionPerformed(ActionEvent e) {
        DemoLaunch.openAndStart(false, () -> { });
    }
}
