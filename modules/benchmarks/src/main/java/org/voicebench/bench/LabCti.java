package org.voicebench.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;

/** A one-node simulated cluster whose lab CTI service reaches some of a lab's phones, and a provider open on it. */
final class LabCti implements AutoCloseable {

    private static final String USER = "bench-cti";
    private static final String PASSWORD = LabPhones.oneTimePassword();

    private final SimulatedCluster cluster;
    private final CtiProvider provider;

    private LabCti(SimulatedCluster cluster, CtiProvider provider) {
        this.cluster = cluster;
        this.provider = provider;
    }

    /** The CTI user controls the phones whose index {@code controlled} accepts; keys paced at the field's 1 s. */
    static LabCti start(PhoneLab lab, Path standInJar, IntPredicate controlled) throws IOException, CtiException {
        SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(31).firstAddress("127.0.31.1")
                .freePorts().start();
        List<String> devices = new ArrayList<>();
        for (int i = 0; i < lab.phones().size(); i++) {
            if (controlled.test(i)) {
                devices.add(lab.phone(i).name());
            }
        }
        cluster.applicationUsers().add(USER, PASSWORD, devices);
        SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab));
        try {
            return new LabCti(cluster, CtiProvider.open(CtiSettings.of(standInJar, List.of(cti.host()), USER),
                    PASSWORD.toCharArray()));
        } catch (CtiException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Auto: the web-off phones fall back to CTI before their first key. */
    KeyRoutes routes() {
        return KeyRoutes.of(TransportMode.AUTO, provider);
    }

    @Override
    public void close() {
        provider.close();
        cluster.close();
    }
}
