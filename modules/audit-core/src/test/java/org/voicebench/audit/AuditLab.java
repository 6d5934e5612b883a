package org.voicebench.audit;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/** A two-node simulated cluster whose CallManager certificate was regenerated after its phones got their ITL. */
final class AuditLab {

    static final String USER = "auditor";
    static final String PASSWORD = "s3cret-audit";

    private AuditLab() {
    }

    static SimulatedCluster cluster() throws IOException {
        return SimulatedCluster.builder().nodes(2).keyBits(1024).seed(73).freePorts().tftpPort(0)
                .scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
    }

    /** Phones that restart in well under a second. */
    static PhoneLab.Builder phones(SimulatedCluster cluster, String firstAddress) {
        return PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(firstAddress)
                .eraseMessageTime(Duration.ofMillis(150)).rebootTime(Duration.ofMillis(600));
    }

    static PhoneClient client() {
        PhoneClientSettings s = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(10)).withMaxConnections(64);
        return new PhoneClient(s, CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    static List<PhoneEntry> entries(PhoneLab lab) {
        return lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "lab", "", ""))
                .toList();
    }

    /** Each node's current ITL, downloaded over HTTP as a phone gets it. */
    static ClusterItls itls(SimulatedCluster cluster) throws AuditInputException {
        return ClusterItls.load(cluster.nodes().stream().map(ClusterNode::itlHttpUrl).toList(),
                TrustListDownloader.withDefaults());
    }

    /** The ITLs the nodes served before the change: what the stale phones hold. */
    static List<TrustList> yesterday(SimulatedCluster cluster) throws TrustListFormatException {
        List<TrustList> out = new ArrayList<>();
        for (ClusterNode n : cluster.nodes()) {
            out.add(TrustLists.read(cluster.baselineItl(n.name()), "yesterday's ITL of " + n.name()));
        }
        return out;
    }

    static ClusterNode nodeOf(SimulatedCluster cluster, SimulatedPhone phone) {
        return cluster.nodes().stream().filter(n -> n.fqdn().equalsIgnoreCase(phone.tftpServer())).findFirst()
                .orElseThrow(() -> new AssertionError(phone + " names no node of the cluster: " + phone.tftpServer()));
    }

    static FleetAudit audit(PhoneClient client, int concurrency) {
        return new FleetAudit(client, org.voicebench.phone.model.ModelProfiles.builtIn(),
                AuditSettings.fastSimulator().withConcurrency(concurrency).withReturn(Duration.ofSeconds(20),
                        Duration.ofMillis(100)));
    }
}
