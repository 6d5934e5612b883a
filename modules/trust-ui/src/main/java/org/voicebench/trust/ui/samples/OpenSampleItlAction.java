package org.voicebench.trust.ui.samples;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.open.TrustListOpener;

/** Opens the sample CUCM 12+ ITL (signed by ITLRecovery). */
@ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.OpenSampleItlAction")
@ActionRegistration(displayName = "#CTL_OpenSampleItlAction")
@Messages("CTL_OpenSampleItlAction=Open Sample &ITL")
public final class OpenSampleItlAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        Samples.whenReady(s -> TrustListOpener.getDefault().open(s.file(SampleLibrary.ITL)));
    }
}
