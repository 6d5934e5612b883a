package org.voicebench.trust.ui.samples;

import java.util.prefs.Preferences;
import org.openide.util.NbPreferences;
import org.openide.windows.OnShowing;

/**
 * Opens the Start window once per user directory, when the main window first shows: a new user
 * sees the samples at once, a returning one is not bothered again (Help &gt; Sample Trust Lists
 * brings it back). When files were opened while starting ({@code voicebench FILE}, a double
 * click in the file manager), the Start window goes behind them.
 */
@OnShowing
public final class FirstStart implements Runnable {

    static final String SHOWN = "startWindowShown";

    @Override
    public void run() {
        Preferences prefs = NbPreferences.forModule(FirstStart.class);
        if (!prefs.getBoolean(SHOWN, false)) {
            prefs.putBoolean(SHOWN, true);
            StartTopComponent.showBehindOpenedWindows();
        }
    }
}
