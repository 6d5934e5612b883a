package org.voicebench.lab.ui;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.event.ChangeListener;
import org.openide.util.ChangeSupport;
import org.openide.util.Lookup;
import org.openide.util.lookup.ServiceProvider;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/** Holds the one running lab; the window publishes and stops it, other modules read it. */
@ServiceProvider(service = PhoneLabService.class)
public final class RunningLab implements PhoneLabService {

    /** A published run with its descriptions, made once: the window asks for them on every repaint. */
    private record Published(LabRun run, List<LabPhone> phones, Optional<ClusterDescription> cluster) {

        static Published of(LabRun run) {
            return new Published(run, LabDescriptions.phones(run.phones()), LabDescriptions.cluster(run));
        }
    }

    private final AtomicReference<Published> lab = new AtomicReference<>();
    private final ChangeSupport changes = new ChangeSupport(this);

    /** The registered instance (this module's own, so the cast holds). */
    public static RunningLab getDefault() {
        return (RunningLab) Lookup.getDefault().lookup(PhoneLabService.class);
    }

    @Override
    public Optional<PhoneLab> current() {
        return run().map(LabRun::phones);
    }

    @Override
    public List<LabPhone> phones() {
        return published().map(Published::phones).orElse(List.of());
    }

    @Override
    public Optional<ClusterDescription> cluster() {
        return published().flatMap(Published::cluster);
    }

    @Override
    public Optional<PhoneCredentials> credentials() {
        return run().map(LabRun::credentials);
    }

    @Override
    public Optional<LabCti> cti() {
        return run().flatMap(LabRun::ctiIfAny);
    }

    /** The running lab's simulated cluster, for the lab's own window (scenarios), or empty. */
    public Optional<SimulatedCluster> simulatedCluster() {
        return run().flatMap(LabRun::clusterIfAny);
    }

    /** The running lab with its cluster, or empty. */
    public Optional<LabRun> run() {
        return published().map(Published::run);
    }

    private Optional<Published> published() {
        return Optional.ofNullable(lab.get());
    }

    @Override
    public void addChangeListener(ChangeListener listener) {
        changes.addChangeListener(listener);
    }

    @Override
    public void removeChangeListener(ChangeListener listener) {
        changes.removeChangeListener(listener);
    }

    /**
     * Makes {@code started} the running lab.
     *
     * @throws IllegalStateException when another lab is running (stop it first)
     */
    public void publish(PhoneLab phones) {
        publish(new LabRun(phones, null));
    }

    /**
     * Makes {@code started} (phones and cluster) the running lab.
     *
     * @throws IllegalStateException when another lab is running (stop it first)
     */
    public void publish(LabRun started) {
        if (!lab.compareAndSet(null, Published.of(started))) {
            throw new IllegalStateException("a phone lab is already running");
        }
        changes.fireChange();
    }

    /**
     * Stops the running lab and its cluster (bounded by {@link LabRun#close()}) and tells the listeners.
     *
     * @return the lab that was stopped, or empty when none was running
     */
    public Optional<LabRun> stop() {
        Published published = lab.getAndSet(null);
        if (published == null) {
            return Optional.empty();
        }
        LabRun stopped = published.run();
        try {
            stopped.close();
        } finally {
            changes.fireChange();
        }
        return Optional.of(stopped);
    }
}
