package org.voicebench.lab.ui.api;

import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.openide.util.Lookup;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;

/**
 * The phone lab started from Tools &gt; Phone Lab, for modules that work with its phones and its
 * simulated cluster (the remote view, the Phones window, the trust check). At most one lab runs
 * at a time.
 */
public interface PhoneLabService {

    /** The running lab, or empty when none is running. */
    Optional<PhoneLab> current();

    /** The simulated cluster the running lab's phones belong to, or empty (no lab, or a lab without one). */
    default Optional<SimulatedCluster> cluster() {
        return Optional.empty();
    }

    /**
     * The user and password the running lab's phones accept, so that other windows can drive them
     * without asking; held in memory only while the lab runs, never stored. Empty when no lab runs.
     */
    default Optional<PhoneCredentials> credentials() {
        return Optional.empty();
    }

    /**
     * The simulated cluster's AXL/RIS API when the running lab has one (the demo lab does), so that
     * phones can be discovered from it; empty otherwise.
     */
    default Optional<SimulatedCucmApi> cucmApi() {
        return Optional.empty();
    }

    /** Told (on any thread) after a lab started and after it stopped; read {@link #current()} then. */
    void addChangeListener(ChangeListener listener);

    void removeChangeListener(ChangeListener listener);

    /** The application's service. */
    static PhoneLabService getDefault() {
        PhoneLabService s = Lookup.getDefault().lookup(PhoneLabService.class);
        if (s == null) {
            throw new IllegalStateException("no PhoneLabService registered: is the lab-ui module enabled?");
        }
        return s;
    }
}
