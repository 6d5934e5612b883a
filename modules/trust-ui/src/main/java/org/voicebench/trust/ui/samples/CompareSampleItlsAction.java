package org.voicebench.trust.ui.samples;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.compare.CompareWindows;

/** Compares the sample ITL with the one served after the publisher's CallManager certificate was regenerated. */
@ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.CompareSampleItlsAction")
@ActionRegistration(displayName = "#CTL_CompareSampleItlsAction")
@Messages("CTL_CompareSampleItlsAction=Co&mpare Old/New ITL")
public final class CompareSampleItlsAction implements ActionListener {

    @Override
    public void actionPerformed(ActionEvent e) {
        Samples.whenReady(s -> CompareWindows.openWith(s.file(SampleLibrary.ITL), s.file(SampleLibrary.ITL_AFTER_REGENERATION)));
    }
}
