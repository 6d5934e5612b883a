package org.voicebench.readiness.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionReferences;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;

/** Window &gt; Readiness and Tools &gt; Readiness: opens (or brings to front) the Readiness window. */
@ActionID(category = "Window", id = "org.voicebench.readiness.ui.OpenReadinessAction")
@ActionRegistration(displayName = "#CTL_OpenReadinessAction")
@ActionReferences({
    @ActionReference(path = "Menu/Window", position = 335),
    @ActionReference(path = "Menu/Tools", position = 135)
})
@Messages("CTL_OpenReadinessAction=&Readiness (Before the Change)")
public final class OpenReadinessAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        ReadinessTopComponent.openWith((ReadinessPhones) null);
    }
}
