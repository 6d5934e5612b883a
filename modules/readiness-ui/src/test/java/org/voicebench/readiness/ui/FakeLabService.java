package org.voicebench.readiness.ui;

import java.util.List;
import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.lab.ui.LabRun;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;

/** A Phone Lab service publishing the test's fleet (never changes), with its AXL/RIS API, described as lab-ui does. */
record FakeLabService(SimulatedFleet fleet) implements PhoneLabService {

    private LabRun run() {
        return new LabRun(fleet.phones(), fleet.cluster(), credentials().orElseThrow(), fleet.api());
    }

    @Override
    public Optional<PhoneLab> current() {
        return Optional.of(fleet.phones());
    }

    @Override
    public List<LabPhone> phones() {
        return LabDescriptions.phones(fleet.phones());
    }

    @Override
    public Optional<ClusterDescription> cluster() {
        return LabDescriptions.cluster(run());
    }

    @Override
    public Optional<PhoneCredentials> credentials() {
        return Optional.of(new PhoneCredentials(SimulatedFleet.AXL_USER, SimulatedFleet.AXL_PASSWORD.toCharArray()));
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
