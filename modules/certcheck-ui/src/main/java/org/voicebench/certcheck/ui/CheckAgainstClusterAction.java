package org.voicebench.certcheck.ui;

import java.awt.event.ActionEvent;
import java.awt.event.ActionListener;
import java.nio.file.Path;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.ActionRegistration;
import org.openide.util.NbBundle.Messages;
import org.voicebench.trust.TrustList;

/**
 * "Check against cluster..." on the trust list an inspector shows (its window's lookup holds the
 * {@link TrustList}): opens the Trust Check window with that file as the phone's trust list.
 */
@ActionID(category = "Tools", id = "org.voicebench.certcheck.ui.CheckAgainstClusterAction")
@ActionRegistration(displayName = "#CTL_CheckAgainstClusterAction")
@ActionReference(path = "Menu/Tools", position = 125)
@Messages("CTL_CheckAgainstClusterAction=Chec&k Against Cluster...")
public final class CheckAgainstClusterAction implements ActionListener {

    private final TrustList list;

    public CheckAgainstClusterAction(TrustList list) {
        this.list = list;
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        TrustCheckTopComponent.openWith(phoneFile(list));
    }

    /** The file the list was read from: the inspector reads files by path, so its source is the path. */
    static Path phoneFile(TrustList list) {
        return Path.of(list.source());
    }
}
