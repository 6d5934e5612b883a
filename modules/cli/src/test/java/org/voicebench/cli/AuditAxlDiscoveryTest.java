package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * {@code audit --axl} against a simulated CUCM answering as real clusters do: phones RIS lists on two
 * nodes (an old entry elsewhere, at an address that is not theirs) are audited once at their current
 * address, a rate-limited RIS delays the discovery and never fails it, saying so on stderr, and a node
 * that does not answer RIS is named. Cluster on 127.0.124.x, phones on 127.0.125.x (no other test uses them).
 */
@Timeout(120)
class AuditAxlDiscoveryTest {

    private static final String USER = "fleet-admin";
    private static final String PASSWORD = "Axl-Discovery-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-Api-S3cret!";
    private static final String PHONES_FIRST = "127.0.125.1";
    private static final Environment ENV = Map.of("VOICEBENCH_PASSWORD", PASSWORD,
            "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD)::get;

    private static SimulatedCluster cluster;
    private PhoneLab lab;
    private int port;

    @BeforeAll
    static void startCluster() throws IOException {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(124).firstAddress("127.0.124.1").freePorts()
                .tftpPort(0).scenario(ClusterScenario.BASELINE).start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    /** Four phones on their own addresses, all on one web port as real phones share port 80, holding their node's ITL. */
    private void startLab() throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(PHONES_FIRST), 0));
            port = s.getLocalPort();
        }
        lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(PHONES_FIRST).port(port)
                .rebootTime(Duration.ofSeconds(1)).add(2, "8845").add(1, "7841").add(1, "7965").start();
    }

    private CliRun audit(SimulatedCucmApi api, String... more) {
        List<String> a = new ArrayList<>(List.of("audit", "--cluster-itl"));
        cluster.nodes().forEach(n -> a.add(n.itlHttpUrl()));
        a.addAll(List.of("--axl", api.host() + ":" + api.port(), "--axl-user", AXL_USER, "--axl-trust-any",
                "--port", Integer.toString(port), "--user", USER, "--json"));
        a.addAll(List.of(more));
        CliRun r = CliRun.with(ENV, a.toArray(String[]::new));
        assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(AXL_PASSWORD), "password printed");
        return r;
    }

    @Test
    void phonesOnTwoNodesAreAuditedOnceAtTheirCurrentAddressAndARateLimitedRisOnlyDelays() throws Exception {
        startLab();
        SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                .phones(lab, "Lab").alsoOnPreviousNode().rateLimitFirst(1));

        CliRun r = audit(api, "--ris-backoff", "1-1", "--ris-rate", "600");

        assertEquals(ExitCodes.OK, r.exit(), r.transcript());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(4, report.get("phoneCount").asInt(), r.transcript());
        List<String> addresses = new ArrayList<>();
        report.get("phones").forEach(p -> addresses.add(p.get("address").asText()));
        for (SimulatedPhone p : lab.phones()) {
            assertEquals(1, addresses.stream().filter(p.hostAndPort()::equals).count(), p + " once: " + addresses);
        }
        assertTrue(addresses.stream().noneMatch(a -> a.startsWith("192.0.2.")), "no old entry's address: " + addresses);
        assertEquals(4, report.get("counts").get("MATCH").asInt(), r.transcript());
        assertEquals(1, api.rateLimitFaults());
        assertTrue(r.err().contains("CUCM said the RIS rate was exceeded; waiting 1.0 s before asking again"), r.err());
        assertTrue(r.err().contains("release 14.0.1.10000-20, AXL schema 14.0"), r.err());
    }

    @Test
    void aNodeThatDoesNotAnswerRisIsNamed() throws Exception {
        startLab();
        String sub = cluster.node(1).name();
        SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                .phones(lab, "Lab").risNodeFailing(sub, "NodeNotResponding"));

        CliRun r = audit(api);

        assertEquals(ExitCodes.OK, r.exit(), r.transcript());
        assertTrue(r.err().contains("note: CUCM node " + sub + " answered RIS with NodeNotResponding"), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals(2, report.get("phoneCount").asInt(), "the phones registered on " + sub + " have no address:\n"
                + r.transcript());
    }

    @Test
    void theRisRateIsARateAMinute() {
        CliRun r = CliRun.with(ENV, "audit", "--cluster-itl", "itl.tlv", "--axl", "cucm-pub", "--axl-user", AXL_USER,
                "--user", USER, "--ris-rate", "0");
        assertEquals(ExitCodes.USAGE, r.exit(), r.transcript());
        assertTrue(r.err().contains("--ris-rate must be 1..60000 requests a minute"), r.err());
    }
}
