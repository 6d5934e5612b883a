package org.voicebench.audit.ui;

import java.util.List;
import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.lab.ui.LabRun;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/** A Phone Lab service that publishes the test's lab and cluster (never changes), described as lab-ui does. */
record FakeLabService(PhoneLab running, SimulatedCluster simulated) implements PhoneLabService {

    @Override
    public Optional<PhoneLab> current() {
        return Optional.ofNullable(running);
    }

    @Override
    public List<LabPhone> phones() {
        return running == null ? List.of() : LabDescriptions.phones(running);
    }

    @Override
    public Optional<ClusterDescription> cluster() {
        return running == null ? Optional.empty() : LabDescriptions.cluster(new LabRun(running, simulated));
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
