package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;

/**
 * {@code audit --fix} on phones moved to another cluster: the phone whose Authentication URL is HTTPS refuses every
 * user (its old ITL cannot validate the new cluster), so it is left alone with the reason and the documented
 * workaround; the phone on an HTTP Authentication URL is erased by label and ends FIXED.
 */
class AuditAuthenticationUrlTest {

    private static final String USER = "fleet-admin";
    private static final String PASSWORD = "Https-S3cret!";

    @TempDir
    Path dir;

    @Test
    void thePhoneThatCannotAuthenticateAnyoneIsLeftAloneWithTheWorkaround() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(122)
                .firstAddress("127.0.122.1").freePorts().tftpPort(0).scenario(ClusterScenario.CLUSTER_MOVE).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress("127.0.123.1")
                     .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1))
                     .add(1, "8845", PhoneConditions.NORMAL.withHttpsAuthenticationUrl(true)).add(1, "7965").start()) {
            List<PhoneEntry> e = lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(),
                    "lab", "", "")).toList();
            Path phones = dir.resolve("phones.csv");
            Files.writeString(phones, InventoryCsv.write(e));
            List<String> args = new ArrayList<>(List.of("audit", "--cluster-itl"));
            cluster.nodes().forEach(n -> args.add(n.itlHttpUrl()));
            args.addAll(List.of("--phones", phones.toString(), "--user", USER, "--fix", "--yes", "--fast-sim", "--json"));

            CliRun r = CliRun.with(Map.of("VOICEBENCH_PASSWORD", PASSWORD)::get, args.toArray(String[]::new));

            assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
            assertFalse(r.transcript().contains(PASSWORD), "password printed");
            JsonNode report = new ObjectMapper().readTree(r.out());
            JsonNode https = report.get("phones").get(0);
            assertEquals("NOT_ATTEMPTED", https.get("state").asText(), https.toString());
            assertEquals("SKIP", https.get("plan").asText(), https.toString());
            assertTrue(https.get("reason").asText().contains("Authentication URL to HTTP"), https.toString());
            assertEquals(0, lab.phone(0).acceptedKeys(), "no key was sent to the phone that cannot authenticate");
            JsonNode http = report.get("phones").get(1);
            assertEquals("FIXED", http.get("state").asText(), http.toString());
            assertEquals(List.of(), lab.phone(1).confirmedResets());
            assertEquals("", lab.phone(1).dialledDigits());
        }
    }
}
