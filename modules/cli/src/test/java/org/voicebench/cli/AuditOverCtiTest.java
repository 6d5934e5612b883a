package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The phones moved to another cluster, web access off on a third of them: {@code audit --fix --fix-unknown} with CTI
 * (the lab stand-in for Cisco's jar) ends every phone FIXED or RESTARTED, the CTI user's controlled devices put back
 * exactly with {@code --cti-associate}; without CTI the web-off phones end NOT_ATTEMPTED naming CTI as the way.
 * Cluster on 127.0.128.x, phones on 127.0.129.x (no other test uses them).
 */
@Timeout(240)
class AuditOverCtiTest {

    private static final String USER = "fleet-admin";
    private static final String PASSWORD = "Cti-Audit-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-Cti-S3cret!";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Cti-User-S3cret!";

    @TempDir
    Path dir;

    @Test
    void aClusterMoveIsFixedOverCtiWhereTheWebIsOffAndTheAssociationIsPutBack() throws Exception {
        int port = CtiTestSupport.freePort("127.0.129.1");
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(128)
                .firstAddress("127.0.128.1").freePorts().tftpPort(0).scenario(ClusterScenario.CLUSTER_MOVE).start();
             PhoneLab lab = lab(cluster, "127.0.129.1", port)) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD).phones(lab, "Lab"));
            List<String> before = List.of(lab.phone(0).name()); // the user controls one phone of its own before the run
            cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, before);
            SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200))
                    .associationDelay(Duration.ofMillis(300)));
            Set<String> webOff = webOffNames(lab);

            List<String> args = args(cluster, api, port);
            args.addAll(List.of("--fix-unknown", "--cti-jar", CtiTestSupport.standInJar().toString(), "--cti-host", cti.host(),
                    "--cti-user", CTI_USER, "--cti-associate", "--cti-key-gap", "200"));
            CliRun r = CliRun.with(env(), args.toArray(String[]::new));

            assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(CTI_PASSWORD), "password printed");
            assertEquals(ExitCodes.NOT_OK, r.exit(), "RESTARTED is not proof of trust: exit 1\n" + r.transcript());
            JsonNode report = new ObjectMapper().readTree(r.out());
            Map<String, String> states = new HashMap<>();
            for (JsonNode p : report.get("phones")) {
                String name = p.get("name").asText();
                states.put(name, p.get("state").asText());
                if (webOff.contains(name)) {
                    assertEquals("cti", p.get("planKeys").asText(), p.toString());
                    assertEquals("RESTARTED", p.get("state").asText(), p.toString());
                    assertEquals("cti", p.get("macro").get("transport").asText(), p.toString());
                    assertTrue(p.get("reason").asText().contains("registered again"), p.toString());
                } else {
                    assertEquals("FIXED", p.get("state").asText(), p.toString());
                }
            }
            assertEquals(6, states.size(), states.toString());
            assertEquals(before, cluster.applicationUsers().devices(CTI_USER).orElseThrow(),
                    "the CTI user's controlled devices are exactly as before the run");
            assertTrue(r.err().contains("added to the controlled devices of " + CTI_USER), r.err());
            assertEquals(0, cti.openProviders(), "the provider was shut down");
            for (SimulatedPhone p : lab.phones()) {
                assertTrue(p.hasItl(), p + " took the new cluster's ITL");
            }
        }
    }

    @Test
    void withoutCtiTheWebOffPhonesAreNotAttemptedNamingCti() throws Exception {
        int port = CtiTestSupport.freePort("127.0.129.21");
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(129)
                .firstAddress("127.0.128.21").freePorts().tftpPort(0).scenario(ClusterScenario.CLUSTER_MOVE).start();
             PhoneLab lab = lab(cluster, "127.0.129.21", port)) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD).phones(lab, "Lab"));
            Set<String> webOff = webOffNames(lab);
            List<String> args = args(cluster, api, port);
            args.add("--fix-unknown");
            CliRun r = CliRun.with(env(), args.toArray(String[]::new));

            assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
            for (JsonNode p : new ObjectMapper().readTree(r.out()).get("phones")) {
                if (webOff.contains(p.get("name").asText())) {
                    assertEquals("NOT_ATTEMPTED", p.get("state").asText(), p.toString());
                    assertTrue(p.get("reason").asText().contains("CTI is the way"), p.toString());
                } else {
                    assertEquals("FIXED", p.get("state").asText(), p.toString());
                }
            }
        }
    }

    /** Six phones, web access off on every third (the 79x1 models whose CTI keys are field-tested). */
    private static PhoneLab lab(SimulatedCluster cluster, String first, int port) throws Exception {
        PhoneConditions off = PhoneConditions.NORMAL.withWebAccess(false);
        return PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(first).port(port)
                .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1))
                .add(1, "8845").add(1, "7965").add(1, "7962", off).add(1, "7841").add(1, "8861").add(1, "7942", off).start();
    }

    private static Set<String> webOffNames(PhoneLab lab) {
        return Set.of(lab.phone(2).name(), lab.phone(5).name());
    }

    private static List<String> args(SimulatedCluster cluster, SimulatedCucmApi api, int port) {
        List<String> args = new ArrayList<>(List.of("audit", "--cluster-itl"));
        cluster.nodes().forEach(n -> args.add(n.itlHttpUrl()));
        args.addAll(List.of("--axl", api.host() + ":" + api.port(), "--axl-user", AXL_USER, "--axl-trust-any",
                "--ris-rate", "600", "--port", Integer.toString(port), "--user", USER, "--fix", "--yes", "--fast-sim",
                "--json"));
        return args;
    }

    private Environment env() {
        return Map.of("VOICEBENCH_PASSWORD", PASSWORD, "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD,
                "VOICEBENCH_CTI_PASSWORD", CTI_PASSWORD, "VOICEBENCH_HOME", dir.toString())::get;
    }

}
