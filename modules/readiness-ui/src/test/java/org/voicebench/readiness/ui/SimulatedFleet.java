package org.voicebench.readiness.ui;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * A simulated cluster (2 nodes, CUCM 12 signing) with its AXL/RIS API and four 8845s: settings open, Settings Access
 * Disabled, Restricted, and web access off. For the session and window tests; loopback only.
 */
record SimulatedFleet(SimulatedCluster cluster, PhoneLab phones, SimulatedCucmApi api, PhoneClient client)
        implements AutoCloseable {

    static final String AXL_USER = "axl-readiness-ui";
    static final String AXL_PASSWORD = "Readiness-Ui-S3cret!";

    static SimulatedFleet start(String clusterAddress, String phoneAddress, long seed) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(phoneAddress), 0));
            port = s.getLocalPort();
        }
        SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(seed)
                .firstAddress(clusterAddress).freePorts().tftpPort(0).start();
        try {
            PhoneLab phones = PhoneLab.builder().simulatedCluster(cluster).firstAddress(phoneAddress).port(port)
                    .rebootTime(Duration.ofMillis(600))
                    .add(1, "8845", PhoneConditions.NORMAL)
                    .add(1, "8845", PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.DISABLED))
                    .add(1, "8845", PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.RESTRICTED))
                    .add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false))
                    .start();
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                    .phones(phones, "Lab"));
            PhoneClient client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                    .withResponseTimeout(Duration.ofSeconds(3)), CredentialsProvider.none());
            return new SimulatedFleet(cluster, phones, api, client);
        } catch (IOException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    @Override
    public void close() {
        client.close();
        phones.close();
        cluster.close();
    }

    SimulatedPhone open() {
        return phones.phone(0);
    }

    SimulatedPhone disabled() {
        return phones.phone(1);
    }

    SimulatedPhone restricted() {
        return phones.phone(2);
    }

    SimulatedPhone webOff() {
        return phones.phone(3);
    }

    List<PhoneEntry> entries() {
        return phones.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "Lab",
                p.profile().model(), "")).toList();
    }

    ReadinessPhones readinessPhones() {
        return new ReadinessPhones(entries(), client, ModelProfiles.builtIn(), true);
    }

    List<String> itlUrls() {
        return cluster.nodes().stream().map(ClusterNode::itlHttpUrl).toList();
    }

    CucmLink link() {
        return new CucmLink(api.host(), api.port(), CucmTrust.anyCertificateForLab(),
                () -> new PhoneCredentials(AXL_USER, AXL_PASSWORD.toCharArray()), 600, AXL_USER);
    }

    /** Each phone's configuration as CUCM holds it (AXL getPhone), by device name. */
    Map<String, PhoneVendorConfig> axlConfigs() throws Exception {
        try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                .withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials(AXL_USER,
                AXL_PASSWORD.toCharArray())))) {
            AxlClient axl = new AxlClient(s);
            Map<String, PhoneVendorConfig> out = new TreeMap<>();
            for (SimulatedPhone p : phones.phones()) {
                out.put(p.name(), axl.getPhone(p.name()));
            }
            return out;
        }
    }

    List<PhoneConditions> conditions() {
        return phones.phones().stream().map(SimulatedPhone::conditions).toList();
    }
}
