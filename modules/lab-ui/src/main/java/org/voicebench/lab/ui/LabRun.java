package org.voicebench.lab.ui;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/** A started lab: the phones and, when asked for, the simulated cluster they belong to. */
public record LabRun(PhoneLab phones, SimulatedCluster cluster) implements AutoCloseable {

    public LabRun {
        Objects.requireNonNull(phones, "phones");
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
