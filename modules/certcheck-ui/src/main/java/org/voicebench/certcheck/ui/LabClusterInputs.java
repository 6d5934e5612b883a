package org.voicebench.certcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCluster.Service;

/**
 * The inputs that check the Phone Lab's phones against its simulated cluster: the ITL the phones
 * were given (saved to a file, as an engineer would save a phone's ITL), the publisher's ITL over
 * HTTP 6970 as phones fetch it, and every node's CallManager, TVS and CAPF handshakes.
 *
 * @param phoneList the saved file
 * @param clusterList the publisher's ITL URL
 * @param hosts one {@code HOST:PORT=ROLE@NODE} per line
 */
record LabClusterInputs(Path phoneList, String clusterList, String hosts) {

    /** Writes the phones' ITL into {@code dir} (replacing an earlier one) and lists the rest. */
    static LabClusterInputs of(SimulatedCluster cluster, Path dir) throws IOException {
        Path phoneList = AtomicFiles.write(dir.resolve("lab-phones-ITLFile.tlv"), cluster.baselineItl());
        List<String> hosts = new ArrayList<>();
        for (ClusterNode node : cluster.nodes()) {
            hosts.add(node.hostAndPort(Service.SIP_TLS) + "=CallManager@" + node.name());
            hosts.add(node.hostAndPort(Service.TVS) + "=TVS@" + node.name());
            if (node.services().contains(Service.CAPF)) {
                hosts.add(node.hostAndPort(Service.CAPF) + "=CAPF@" + node.name());
            }
        }
        return new LabClusterInputs(phoneList, cluster.publisher().itlHttpUrl(), String.join("\n", hosts));
    }
}
