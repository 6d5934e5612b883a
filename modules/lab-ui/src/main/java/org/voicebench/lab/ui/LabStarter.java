package org.voicebench.lab.ui;

import java.io.IOException;
import java.util.function.Consumer;
import org.openide.util.NbBundle.Messages;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.FaultSpec;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.trust.lab.LabCluster;

/**
 * Starts a lab from the form's settings: the simulated cluster first (when it has nodes), then the
 * phones holding its baseline ITL; models given in turn, and a free port when the chosen one is busy.
 */
@Messages({
    "# {0} - port", "# {1} - reason", "LOG_PortBusy=Port {0} cannot be used ({1}); trying free ports instead.",
    "# {0} - reason", "LOG_ClusterPortsBusy=The cluster''s standard ports cannot be used ({0}); trying free ports instead."
})
public final class LabStarter {

    private LabStarter() {
    }

    /**
     * Starts the lab; {@code log} is told when the port falls back to free ones.
     *
     * @throws IOException when the cluster or the phones cannot listen (whatever started is stopped)
     */
    public static LabRun start(LabSettings s, ClusterSettings c, char[] password, Consumer<String> log)
            throws IOException {
        SimulatedCluster cluster = c.nodes() == 0 ? null : startCluster(c, log);
        try {
            return new LabRun(startPhones(s, cluster, password, log), cluster, new PhoneCredentials(s.user(), password));
        } catch (IOException | RuntimeException e) {
            if (cluster != null) {
                cluster.close();
            }
            throw e;
        }
    }

    private static SimulatedCluster startCluster(ClusterSettings c, Consumer<String> log) throws IOException {
        try {
            return clusterBuilder(c).start();
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            log.accept(Bundle.LOG_ClusterPortsBusy(e.getMessage()));
            return clusterBuilder(c).freePorts().start();
        }
    }

    private static SimulatedCluster.Builder clusterBuilder(ClusterSettings c) {
        return SimulatedCluster.builder().nodes(c.nodes()).scenario(ClusterScenario.parse(c.scenario()))
                .signing(c.pre12() ? LabCluster.ItlSigning.CALLMANAGER : LabCluster.ItlSigning.ITL_RECOVERY)
                .mixedMode(c.mixedMode());
    }

    private static PhoneLab startPhones(LabSettings s, SimulatedCluster cluster, char[] password, Consumer<String> log)
            throws IOException {
        try {
            return builder(s, cluster, password).port(s.port()).start();
        } catch (IOException e) {
            if (s.port() == 0 || Thread.currentThread().isInterrupted()) {
                throw e;
            }
            log.accept(Bundle.LOG_PortBusy(String.valueOf(s.port()), e.getMessage()));
            return builder(s, cluster, password).port(0).start();
        }
    }

    private static PhoneLab.Builder builder(LabSettings s, SimulatedCluster cluster, char[] password) {
        PhoneLab.Builder b = PhoneLab.builder().user(s.user(), new String(password)).firstAddress(s.firstAddress())
                .faults(FaultSpec.parse(s.faults()));
        if (cluster != null) {
            b.simulatedCluster(cluster);
        }
        for (int i = 0; i < s.phones(); i++) {
            b.add(1, s.models().get(i % s.models().size()));
        }
        return b;
    }
}
