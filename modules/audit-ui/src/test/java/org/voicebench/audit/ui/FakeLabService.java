package org.voicebench.audit.ui;

import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/** A Phone Lab service that publishes the test's lab and cluster (never changes). */
record FakeLabService(PhoneLab running, SimulatedCluster simulated) implements PhoneLabService {

    @Override
    public Optional<PhoneLab> current() {
        return Optional.ofNullable(running);
    }

    @Override
    public Optional<SimulatedCluster> cluster() {
        return Optional.ofNullable(simulated);
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        // the test's lab does not change
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        // nothing registered
    }
}
