package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCluster.Service;
import org.voicebench.trust.lab.LabCluster;

/**
 * Every scenario of the simulated cluster, checked the way an engineer would after the change: the
 * phones' (yesterday's) ITL against the ITL the publisher serves now over HTTP 6970, and the TVS
 * certificates the nodes present now. Pre-12 signing, two nodes.
 */
class CompareSimulatedScenariosTest {

    @TempDir
    static Path dir;

    private static SimulatedCluster cluster;
    private static String phoneItl;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(78).freePorts().tftpPort(0)
                .signing(LabCluster.ItlSigning.CALLMANAGER).start();
        phoneItl = LabCluster.writeAtomically(dir.resolve("phone-ITLFile.tlv"), cluster.baselineItl()).toString();
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @ParameterizedTest
    @CsvSource({
        "baseline, OK, ''",
        "callmanager-regenerated, RECOVERABLE_VIA_TVS, ITL_SIGNER_UNTRUSTED CERT_CHANGED TVS_CAN_VOUCH",
        "tvs-regenerated, OK, CERT_CHANGED",
        "callmanager-tvs-regenerated, RECOVERABLE_VIA_TVS, ITL_SIGNER_UNTRUSTED CERT_CHANGED TVS_CAN_VOUCH",
        "itlrecovery-regenerated, OK, CERT_CHANGED",
        "cluster-move, PHONES_WILL_REJECT, ALL_TRUST_LOST NO_TVS_MATCH UNKNOWN_RECORD",
        "rollback-itl, OK, ROLLBACK_ITL",
    })
    void scenarioGivesItsVerdict(String scenario, String verdict, String codes) throws Exception {
        cluster.apply(ClusterScenario.parse(scenario));
        List<String> args = new ArrayList<>(List.of("compare", "--json", "--phone-itl", phoneItl,
                "--cluster-itl", cluster.publisher().itlHttpUrl(), "--tls"));
        for (ClusterNode node : cluster.nodes()) {
            args.add(node.hostAndPort(Service.TVS) + "=TVS@" + node.name());
        }
        CliRun r = CliRun.of(args.toArray(String[]::new));

        assertEquals(verdict.equals("OK") ? 0 : 1, r.exit(), r.transcript());
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertEquals(verdict, o.get("verdict").asText(), scenario + ": " + o.get("reasoning"));
        List<String> found = new ArrayList<>();
        o.get("findings").forEach(f -> found.add(f.get("code").asText()));
        for (String code : codes.isBlank() ? new String[0] : codes.split(" ")) {
            assertTrue(found.contains(code), scenario + ": " + code + " expected in " + found);
        }
    }
}
