package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The acceptance of {@code readiness}: on a lab with settings-locked and web-locked phones, a change the phones will
 * reject (ITLRecovery and every TVS regenerated together) lists the settings-locked phones as FACTORY_RESET_ONLY
 * (exit 1), a CallManager regeneration alone none (exit 0); after {@code --prepare} the rejecting change's check
 * exits 0; after {@code --restore} every phone's settings equal the originals. Cluster on 127.0.192.x, phones on
 * 127.0.193.x.
 */
@Timeout(240)
class ReadinessCommandTest {

    private static final String AXL_USER = "axl-readiness";
    private static final String AXL_PASSWORD = "Readiness-Cli-S3cret!";
    private static final Environment ENV = Map.of("VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD)::get;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void settingsLockedPhonesAreFactoryResetOnlyUntilPreparedAndRestoreBringsTheOriginalsBack() throws Exception {
        String firstPhone = "127.0.193.1";
        int port;
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress(InetAddress.getByName(firstPhone), 0));
            port = s.getLocalPort();
        }
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(192)
                .firstAddress("127.0.192.1").freePorts().tftpPort(0).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).firstAddress(firstPhone).port(port)
                     .rebootTime(Duration.ofMillis(600))
                     .add(1, "8845", PhoneConditions.NORMAL.withSettingsAccess(SettingsAccess.DISABLED))
                     .add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false))
                     .add(1, "7965", PhoneConditions.NORMAL)
                     .add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false).withSettingsAccess(SettingsAccess.DISABLED))
                     .start()) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD)
                    .phones(lab, "Lab"));
            List<PhoneConditions> originals = lab.phones().stream().map(SimulatedPhone::conditions).toList();
            List<String> base = new ArrayList<>(List.of("readiness", "--cluster-itl"));
            cluster.nodes().forEach(n -> base.add(n.itlHttpUrl()));
            base.addAll(List.of("--axl", api.host() + ":" + api.port(), "--axl-user", AXL_USER, "--axl-trust-any",
                    "--port", Integer.toString(port), "--fast-sim"));
            Set<String> locked = Set.of(lab.phone(0).name(), lab.phone(3).name());

            CliRun rejecting = run(base, "--json", "--change", "regenerate:ITLRecovery", "regenerate:TVS");
            assertEquals(ExitCodes.NOT_OK, rejecting.exit(), rejecting.transcript());
            assertEquals(locked, outcomes(rejecting, "FACTORY_RESET_ONLY"), rejecting.out());

            CliRun cm = run(base, "--json", "--change", "regenerate:CallManager@cucm-pub");
            assertEquals(ExitCodes.OK, cm.exit(), cm.transcript());
            assertEquals(Set.of(), outcomes(cm, "FACTORY_RESET_ONLY"));

            Path journal = dir.resolve("access-journal.json");
            Path report = dir.resolve("readiness.html");
            CliRun prepare = run(base, "--change", "regenerate:ITLRecovery", "regenerate:TVS", "--prepare", "--yes",
                    "--journal", journal.toString(), "--report", report.toString());
            assertEquals(ExitCodes.OK, prepare.exit(), prepare.transcript());
            assertTrue(Files.readString(journal).contains("\"original\""));
            assertTrue(Files.readString(report).contains("<svg"), "the HTML report has its chart");
            for (SimulatedPhone p : lab.phones()) {
                assertTrue(p.conditions().webAccess(), p.toString());
                assertEquals(SettingsAccess.ENABLED, p.conditions().settingsAccess(), p.toString());
            }

            CliRun after = run(base, "--json", "--change", "regenerate:ITLRecovery", "regenerate:TVS");
            assertEquals(ExitCodes.OK, after.exit(), after.transcript());

            CliRun restore = run(base, "--restore", journal.toString());
            assertEquals(ExitCodes.OK, restore.exit(), restore.transcript());
            for (SimulatedPhone p : lab.phones()) {
                assertEquals(originals.get(p.index()), p.conditions(), p.toString());
            }
            for (CliRun r : List.of(rejecting, cm, prepare, after, restore)) {
                assertFalse(r.transcript().contains(AXL_PASSWORD), "password printed");
            }
            assertFalse(Files.readString(journal).contains(AXL_PASSWORD), "password in the journal");
        }
    }

    @Test
    void usageErrorsExit64() {
        CliRun r = CliRun.with(ENV, "readiness", "--cluster-itl", "x.tlv", "--phones", "p.csv", "--prepare",
                "--change", "regenerate:TVS");
        assertEquals(ExitCodes.USAGE, r.exit(), r.transcript());
        CliRun bad = CliRun.with(ENV, "readiness", "--cluster-itl", "x.tlv", "--phones", "p.csv", "--change", "rotate:TVS");
        assertEquals(ExitCodes.USAGE, bad.exit(), bad.transcript());
    }

    private static CliRun run(List<String> base, String... more) {
        List<String> args = new ArrayList<>(base);
        args.addAll(List.of(more));
        return CliRun.with(ENV, args.toArray(String[]::new));
    }

    private static Set<String> outcomes(CliRun r, String outcome) throws Exception {
        Set<String> out = new HashSet<>();
        for (JsonNode p : JSON.readTree(r.out()).get("phones")) {
            if (outcome.equals(p.get("outcome").asText())) {
                out.add(p.get("name").asText());
            }
        }
        return out;
    }
}
