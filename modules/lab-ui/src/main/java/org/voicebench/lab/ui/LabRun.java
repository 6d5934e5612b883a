package org.voicebench.lab.ui;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;

/**
 * A started lab: the phones, the simulated cluster they belong to (or null), the user and
 * password the phones accept (or null), kept in memory only while the lab runs, and the cluster's
 * AXL/RIS API (or null; the demo lab has one, reached with the credentials), and the lab CTI service as a
 * JTAPI application reaches it (or null; the demo lab has one).
 */
public record LabRun(PhoneLab phones, SimulatedCluster cluster, PhoneCredentials credentials,
                     SimulatedCucmApi cucmApi, LabCti cti) implements AutoCloseable {

    public LabRun {
        Objects.requireNonNull(phones, "phones");
        if (cucmApi != null && cluster == null) {
            throw new IllegalArgumentException("an AXL/RIS API belongs to a simulated cluster");
        }
        if (cucmApi != null && credentials == null) {
            throw new IllegalArgumentException("an AXL/RIS API is reached with the lab's credentials");
        }
    }

    public LabRun(PhoneLab phones, SimulatedCluster cluster, PhoneCredentials credentials, SimulatedCucmApi cucmApi) {
        this(phones, cluster, credentials, cucmApi, null);
    }

    public LabRun(PhoneLab phones, SimulatedCluster cluster, PhoneCredentials credentials) {
        this(phones, cluster, credentials, null, null);
    }

    public LabRun(PhoneLab phones, SimulatedCluster cluster) {
        this(phones, cluster, null, null, null);
    }

    /**
     * The demo lab as a running lab: its phones, cluster, credentials, AXL/RIS API, and its CTI service with the
     * stand-in JTAPI jar (no CTI when the jar cannot be found).
     */
    public static LabRun of(DemoLab demo) {
        LabCti cti = StandInJar.find().map(jar -> new LabCti(jar, demo.ctiHost(),
                new PhoneCredentials(DemoLab.CTI_USER, demo.ctiPassword().toCharArray()))).orElse(null);
        return new LabRun(demo.phones(), demo.cluster(), demo.credentials(), demo.cucmApi(), cti);
    }

    public Optional<LabCti> ctiIfAny() {
        return Optional.ofNullable(cti);
    }

    public Optional<SimulatedCluster> clusterIfAny() {
        return Optional.ofNullable(cluster);
    }

    public Optional<SimulatedCucmApi> cucmApiIfAny() {
        return Optional.ofNullable(cucmApi);
    }

    /** Stops the phones, then the cluster with its AXL/RIS API (each bounded). */
    @Override
    public void close() {
        try {
            phones.close();
        } finally {
            if (cluster != null) {
                cluster.close(); // SimulatedCluster stops the APIs it started too
            }
        }
    }
}
