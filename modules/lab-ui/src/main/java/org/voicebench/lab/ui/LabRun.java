package org.voicebench.lab.ui;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/**
 * A started lab: the phones, the simulated cluster they belong to (or null), and the user and
 * password the phones accept (or null), kept in memory only while the lab runs.
 */
public record LabRun(PhoneLab phones, SimulatedCluster cluster, PhoneCredentials credentials) implements AutoCloseable {

    public LabRun {
        Objects.requireNonNull(phones, "phones");
    }

    public LabRun(PhoneLab phones, SimulatedCluster cluster) {
        this(phones, cluster, null);
    }

    public Optional<SimulatedCluster> clusterIfAny() {
        return Optional.ofNullable(cluster);
    }

    /** Stops the phones, then the cluster (each bounded). */
    @Override
    public void close() {
        try {
            phones.close();
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }
}
