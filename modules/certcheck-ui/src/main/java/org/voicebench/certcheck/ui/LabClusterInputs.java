package org.voicebench.certcheck.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.common.AtomicFiles;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.TlsEndpoint;

/**
 * The inputs that check the Phone Lab's phones against its cluster: the ITL the phones
 * were given (saved to a file, as an engineer would save a phone's ITL), the publisher's ITL over
 * HTTP 6970 as phones fetch it, and every node's CallManager, TVS and CAPF handshakes.
 *
 * @param phoneList the saved file
 * @param clusterList the publisher's ITL URL
 * @param hosts one {@code HOST:PORT=ROLE@NODE} per line
 */
record LabClusterInputs(Path phoneList, String clusterList, String hosts) {

    /** Writes the phones' ITL into {@code dir} (replacing an earlier one) and lists the rest. */
    static LabClusterInputs of(ClusterDescription cluster, Path dir) throws IOException {
        Path phoneList = AtomicFiles.write(dir.resolve("lab-phones-ITLFile.tlv"), cluster.publisher().baselineItl());
        List<String> hosts = new ArrayList<>();
        for (ClusterNodeDescription node : cluster.nodes()) {
            for (TlsEndpoint tls : node.tlsEndpoints()) {
                hosts.add(tls.hostAndPort() + "=" + tls.role() + "@" + node.name());
            }
        }
        return new LabClusterInputs(phoneList, cluster.publisher().itlHttpUrl(), String.join("\n", hosts));
    }
}
