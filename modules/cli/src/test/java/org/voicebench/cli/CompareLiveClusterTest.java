package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCluster.Service;
import org.voicebench.trust.lab.LabCluster;

/**
 * {@code compare} end to end against a simulated cluster on loopback: the trust list downloaded
 * over HTTP 6970 and TFTP, the certificates captured from the nodes' TLS handshakes.
 */
class CompareLiveClusterTest {

    @TempDir
    static Path dir;

    private static SimulatedCluster cluster;
    private static String phoneItl;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).seed(77).freePorts().tftpPort(0)
                .signing(LabCluster.ItlSigning.CALLMANAGER).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
        phoneItl = LabCluster.writeAtomically(dir.resolve("phone-ITLFile.tlv"), cluster.baselineItl()).toString();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void clusterItlOverHttpAndCertificatesFromTls() throws Exception {
        ClusterNode pub = cluster.publisher();
        ClusterNode sub = cluster.node(1);
        CliRun r = CliRun.of("compare", "--json", "--phone-itl", phoneItl, "--cluster-itl", pub.itlHttpUrl(),
                "--tls", pub.hostAndPort(Service.SIP_TLS) + "=CallManager@" + pub.name(),
                pub.hostAndPort(Service.TVS) + "=TVS@" + pub.name(), sub.hostAndPort(Service.TVS) + "=TVS@" + sub.name());

        assertEquals(1, r.exit(), r.transcript());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals("RECOVERABLE_VIA_TVS", o.get("verdict").asText(), o.get("reasoning").toString());
        assertEquals(pub.itlHttpUrl(), o.get("clusterList").get("file").asText());
        boolean captured = false;
        for (JsonNode c : o.get("certificates")) {
            if (c.get("role").asText().equals("CallManager") && c.get("node").asText().equals(pub.name())) {
                captured = true;
                assertEquals("REGENERATED", c.get("status").asText());
                assertTrue(c.get("sources").toString().contains("tls://" + pub.hostAndPort(Service.SIP_TLS)),
                        c.get("sources").toString());
            }
        }
        assertTrue(captured, o.get("certificates").toString());
    }

    @Test
    void clusterItlOverTftpGivesTheSameAnswer() {
        CliRun r = CliRun.of("compare", "--phone-itl", phoneItl, "--cluster-itl", cluster.publisher().itlTftpUrl());
        assertEquals(1, r.exit(), r.transcript());
        assertTrue(r.out().contains("Verdict: RECOVERABLE_VIA_TVS"), r.out());
    }

    @Test
    void phoneHoldingTheCurrentItlIsOk() throws Exception {
        String current = LabCluster.writeAtomically(dir.resolve("current-ITLFile.tlv"), cluster.currentItl()).toString();
        CliRun r = CliRun.of("compare", "--phone-itl", current, "--cluster-itl", cluster.publisher().itlHttpUrl());
        assertEquals(0, r.exit(), r.transcript());
    }
}
