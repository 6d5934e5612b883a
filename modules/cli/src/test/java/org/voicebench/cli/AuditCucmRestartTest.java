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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * {@code audit --axl --fix} after a CallManager regeneration, yesterday's ITLs known: CUCM restarts the phones
 * (AXL doDeviceReset), no key is pressed, nothing is erased, and every phone comes back FIXED; with
 * {@code --erase-all} every phone is erased instead. Cluster on 127.0.126.x, phones on 127.0.127.x (no other test
 * uses them).
 */
@Timeout(180)
class AuditCucmRestartTest {

    private static final String USER = "fleet-admin";
    private static final String PASSWORD = "Cucm-Restart-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-Restart-S3cret!";
    private static final Environment ENV = Map.of("VOICEBENCH_PASSWORD", PASSWORD,
            "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD)::get;

    @TempDir
    Path dir;

    @Test
    void phonesThatRecoverAreRestartedByCucmWithoutAKeyAndNothingIsErased() throws Exception {
        audit("127.0.127.1", 126, false);
    }

    @Test
    void eraseAllErasesThePhonesARestartWouldFix() throws Exception {
        audit("127.0.127.11", 127, true);
    }

    private void audit(String firstPhone, long seed, boolean eraseAll) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(firstPhone), 0));
            port = s.getLocalPort();
        }
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(seed)
                .firstAddress(eraseAll ? "127.0.126.11" : "127.0.126.1").freePorts().tftpPort(0).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(firstPhone)
                     .port(port).rebootTime(Duration.ofSeconds(1)).add(2, "8845").add(1, "7965").start()) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                    .phones(lab, "Lab").authenticationUrls("http://cucm-pub:8080/ccmcip/authenticate.jsp", ""));
            List<String> args = new ArrayList<>(List.of("audit", "--cluster-itl"));
            cluster.nodes().forEach(n -> args.add(n.itlHttpUrl()));
            args.add("--known-itl");
            for (ClusterNode n : cluster.nodes()) {
                Path f = dir.resolve("yesterday-" + n.name() + ".tlv");
                Files.write(f, cluster.baselineItl(n.name()));
                args.add(f.toString());
            }
            args.addAll(List.of("--axl", api.host() + ":" + api.port(), "--axl-user", AXL_USER, "--axl-trust-any",
                    "--port", Integer.toString(port), "--user", USER, "--fix", "--yes", "--fast-sim", "--json"));
            if (eraseAll) {
                args.add("--erase-all");
            }

            CliRun r = CliRun.with(ENV, args.toArray(String[]::new));

            assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(AXL_PASSWORD), "password printed");
            assertEquals(ExitCodes.OK, r.exit(), r.transcript());
            JsonNode report = new ObjectMapper().readTree(r.out());
            String action = eraseAll ? "ERASE" : "RESTART";
            for (JsonNode p : report.get("phones")) {
                assertEquals(action, p.get("plan").asText(), p.toString());
                assertEquals("FIXED", p.get("state").asText(), p.toString());
                assertEquals("[\"" + action + "\"]", p.get("actions").toString(), p.toString());
                assertEquals(eraseAll, p.get("erasedOnTrust").asBoolean());
                assertEquals(eraseAll ? "erase-itl" : "CUCM restart", p.get("macro").get("name").asText(), p.toString());
            }
            if (eraseAll) {
                assertEquals(List.of(), api.deviceResets(), "--erase-all: nothing restarted by CUCM");
                return;
            }
            assertEquals(3, api.deviceResets().size(), "CUCM restarted each phone once: " + api.deviceResets());
            for (SimulatedPhone p : lab.phones()) {
                assertEquals(0, p.acceptedKeys(), p + ": no key was pressed");
                assertTrue(api.deviceResets().contains(p.name() + " Restart"), "a restart, not a hard reset: " + api.deviceResets());
            }
            assertTrue(r.err().contains("[restart "), r.err());
        }
    }
}
