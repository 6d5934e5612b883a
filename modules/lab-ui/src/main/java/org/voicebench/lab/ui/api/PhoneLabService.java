package org.voicebench.lab.ui.api;

import java.util.List;
import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.openide.util.Lookup;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;

/**
 * The phone lab started from Tools &gt; Phone Lab, for modules that work with its phones and its
 * simulated cluster (the Phones window, the trust audit, the trust check). At most one lab runs at
 * a time. Those modules read {@link #phones()}, {@link #credentials()} and {@link #cluster()},
 * plain values, so that only the lab depends on the simulator.
 */
public interface PhoneLabService {

    /**
     * The running simulator, or empty when no lab runs: for the lab's own tests and the platform
     * tests, which drive its phones; other modules read {@link #phones()}.
     */
    Optional<PhoneLab> current();

    /** The running lab's phones, or none when no lab runs. */
    default List<LabPhone> phones() {
        return List.of();
    }

    /** The cluster the running lab's phones belong to, or empty (no lab, or a lab without one). */
    default Optional<ClusterDescription> cluster() {
        return Optional.empty();
    }

    /**
     * The user and password the running lab's phones (and its AXL/RIS API) accept, so that other
     * windows can drive them without asking; held in memory only while the lab runs, never stored.
     * Empty when no lab runs.
     */
    default Optional<PhoneCredentials> credentials() {
        return Optional.empty();
    }

    /**
     * The running lab's CTI (the stand-in JTAPI jar, the lab CTI service's host and application user), or empty
     * when no lab runs, the lab has no CTI service, or the stand-in jar cannot be found.
     */
    default Optional<LabCti> cti() {
        return Optional.empty();
    }

    /** Told (on any thread) after a lab started and after it stopped; read the lab then. */
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
