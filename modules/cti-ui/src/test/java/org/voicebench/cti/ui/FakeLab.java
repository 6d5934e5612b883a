package org.voicebench.cti.ui;

import java.util.Optional;
import javax.swing.event.ChangeListener;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.sim.PhoneLab;

/** A running lab that offers only its CTI (or nothing). */
final class FakeLab implements PhoneLabService {

    volatile LabCti cti;

    @Override
    public Optional<PhoneLab> current() {
        return Optional.empty();
    }

    @Override
    public Optional<LabCti> cti() {
        return Optional.ofNullable(cti);
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
    }
}
