package org.voicebench.trust.ui.samples;

import java.awt.event.ActionListener;
import org.openide.awt.ActionID;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.ui.compare.CompareWindows;
import org.voicebench.trust.ui.open.TrustListOpener;

/**
 * The actions of Help &gt; Sample Trust Lists, also behind the Start window's buttons. Their IDs
 * keep the names of the classes they used to be, since shortcuts are saved by ID.
 */
@Messages({
    "CTL_OpenSampleItlAction=Open Sample &ITL",
    "CTL_OpenSampleCtlAction=Open Sample &CTL",
    "CTL_CompareSampleItlsAction=Co&mpare Old/New ITL",
    "CTL_StartPageAction=&Start Window"
})
public final class SampleActions {

    private SampleActions() {
    }

    /** Opens the sample CUCM 12+ ITL (signed by ITLRecovery). */
    @ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.OpenSampleItlAction")
    @ActionRegistration(displayName = "#CTL_OpenSampleItlAction")
    public static ActionListener openItl() {
        return e -> open(SampleLibrary.ITL);
    }

    /** Opens the sample tokenless CTL (mixed mode). */
    @ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.OpenSampleCtlAction")
    @ActionRegistration(displayName = "#CTL_OpenSampleCtlAction")
    public static ActionListener openCtl() {
        return e -> open(SampleLibrary.CTL);
    }

    /** Compares the sample ITL with the one served after the publisher's CallManager certificate was regenerated. */
    @ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.CompareSampleItlsAction")
    @ActionRegistration(displayName = "#CTL_CompareSampleItlsAction")
    public static ActionListener compareItls() {
        return e -> Samples.whenReady(s -> CompareWindows.openWith(s.file(SampleLibrary.ITL),
                s.file(SampleLibrary.ITL_AFTER_REGENERATION)));
    }

    /** Opens the Start window. */
    @ActionID(category = "Help", id = "org.voicebench.trust.ui.samples.StartPageAction")
    @ActionRegistration(displayName = "#CTL_StartPageAction")
    public static ActionListener startWindow() {
        return e -> StartTopComponent.showWindow();
    }

    private static void open(String sample) {
        Samples.whenReady(s -> TrustListOpener.getDefault().open(s.file(sample)));
    }
}
