package org.voicebench.lab.ui;

import org.openide.modules.OnStop;

/** Stops the lab when the application exits, so no simulated phone outlives it (PhoneLab.close is bounded). */
@OnStop
public final class StopLabOnExit implements Runnable {

    @Override
    public void run() {
        RunningLab lab = RunningLab.getDefault();
        if (lab != null) {
            lab.stop();
        }
    }
}
