package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.InventoryCsv;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedCucmApi;

/**
 * {@code macro run} over CTI: under auto the web-off phone's erase goes over the lab CTI service (the stand-in jar),
 * the others' over the web; with {@code --cti-associate} the phones are added to the CTI user for the run and the
 * user's list is put back exactly; the AXL options go only with it. Cluster 127.0.130.1, phones 127.0.131.1.
 */
@Timeout(150)
class MacroRunOverCtiTest {

    private static final String USER = "macro-admin";
    private static final String PASSWORD = "Macro-Cti-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-Macro-S3cret!";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Cti-Macro-S3cret!";

    @TempDir
    Path dir;

    private Environment env() {
        return Map.of("VOICEBENCH_PASSWORD", PASSWORD, "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD,
                "VOICEBENCH_CTI_PASSWORD", CTI_PASSWORD, "VOICEBENCH_HOME", dir.toString())::get;
    }

    @Test
    void theWebOffPhoneIsErasedOverCtiAndTheAssociationIsPutBack() throws Exception {
        int port = CtiTestSupport.freePort("127.0.131.1");
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(130)
                .firstAddress("127.0.130.1").freePorts().start();
             PhoneLab lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.131.1").port(port)
                     .trustFiles("ITL".getBytes(), "CTL".getBytes()).rebootTime(Duration.ofSeconds(30))
                     .add(1, "8845").add(1, "7962", PhoneConditions.NORMAL.withWebAccess(false)).start()) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD).phones(lab, "Lab"));
            cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, List.of());
            SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200))
                    .associationDelay(Duration.ofMillis(300)));
            Path csv = dir.resolve("lab.csv");
            Files.writeString(csv, InventoryCsv.write(lab.phones().stream().map(p -> new PhoneEntry(
                    PhoneAddress.parse(p.hostAndPort()), p.name(), "lab", p.modelNumber(), USER)).toList()));
            String jar = CtiTestSupport.standInJar().toString();
            List<String> common = List.of("macro", "run", "erase-itl", "--phones", csv.toString(), "--yes",
                    "--cti-jar", jar, "--cti-host", cti.host(), "--cti-user", CTI_USER, "--cti-key-gap", "200");

            CliRun noAxl = CliRun.with(env(), concat(common, "--cti-associate"));
            assertEquals(ExitCodes.USAGE, noAxl.exit(), noAxl.transcript());
            assertTrue(noAxl.err().contains("--axl HOST --axl-user USER"), noAxl.err());

            CliRun r = CliRun.with(env(), concat(common, "--cti-associate", "--axl", api.host() + ":" + api.port(),
                    "--axl-user", AXL_USER, "--axl-trust-any"));

            assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(CTI_PASSWORD), "password printed");
            assertEquals(ExitCodes.OK, r.exit(), r.transcript());
            String webOff = lab.phone(1).name();
            assertTrue(r.out().lines().anyMatch(l -> l.contains(webOff) && l.contains(" cti ")), r.out());
            assertTrue(r.out().lines().anyMatch(l -> l.contains(lab.phone(0).name()) && l.contains(" web ")), r.out());
            assertFalse(lab.phone(1).hasItl(), "erased over CTI although its web access is off");
            assertTrue(r.err().contains("added to the controlled devices of " + CTI_USER), r.err());
            assertEquals(List.of(), cluster.applicationUsers().devices(CTI_USER).orElseThrow(), "put back exactly");
            assertEquals(0, cti.openProviders());
        }
    }

    private static String[] concat(List<String> a, String... more) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
