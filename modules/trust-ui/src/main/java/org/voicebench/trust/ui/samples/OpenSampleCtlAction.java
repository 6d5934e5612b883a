package org.voicebench.trust.ui.samples;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.open.TrustListOpener;

/** Opens the sample tokenless CTL (mixed mode). */
@ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.OpenSampleCtlAction")
@ActionRegistration(displayName = "#CTL_OpenSampleCtlAction")
@Messages("CTL_OpenSampleCtlAction=Open Sample &CTL")
public final class OpenSampleCtlAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        Samples.whenReady(s -> TrustListOpener.getDefault().open(s.file(SampleLibrary.CTL)));
    }
}
