package org.voicebench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * {@code personalize} over CTI (the lab CTI service and the stand-in jar) and with {@code --enable-personalization}
 * over the simulated AXL. Clusters on 127.0.163.x / 127.0.165.x, phones on 127.0.164.x / 127.0.166.x.
 */
@Timeout(240)
class PersonalizeCtiAxlTest {

    private static final String USER = "push-admin";
    private static final String PASSWORD = "Push-S3cret!";
    private static final String AXL_USER = "axl-admin";
    private static final String AXL_PASSWORD = "Axl-Push-S3cret!";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Cti-Push-S3cret!";

    @TempDir
    Path dir;

    @Test
    void overCtiAPhoneWithWebAccessOffTakesTheBackgroundAndOneThatDoesNotFetchIsRefused() throws Exception {
        PhoneConditions webOff = PhoneConditions.NORMAL.withWebAccess(false);
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(163)
                .firstAddress("127.0.163.1").freePorts().tftpPort(0).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress("127.0.164.1")
                     .add(1, "8845").add(1, "7965", webOff).add(1, "8861", webOff.withPersonalization(false)).start()) {
            cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, lab.phones().stream().map(SimulatedPhone::name).toList());
            SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200)));
            Path phones = Files.writeString(dir.resolve("lab.csv"), lab.inventoryCsv());
            CliRun r = CliRun.with(env(), "personalize", "--phones", phones.toString(), "--user", USER, "--background",
                    picture().toString(), "--serve-address", "127.0.0.1", "--download-wait", "5", "--cti-jar",
                    CtiTestSupport.standInJar().toString(), "--cti-host", cti.host(), "--cti-user", CTI_USER, "--cti-key-gap", "200",
                    "--json");

            assertEquals(ExitCodes.NOT_OK, r.exit(), r.transcript());
            assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(CTI_PASSWORD), "password printed");
            Map<String, JsonNode> byName = byName(r.out());
            JsonNode web = byName.get(lab.phone(0).name());
            assertEquals("SUCCESS", web.get("outcome").asText(), web.toString());
            assertEquals("web", web.get("transport").asText());
            JsonNode overCti = byName.get(lab.phone(1).name());
            assertEquals("SUCCESS", overCti.get("outcome").asText(), overCti.toString());
            assertEquals("cti", overCti.get("transport").asText());
            assertTrue(overCti.get("message").asText().contains("over CTI"), overCti.toString());
            JsonNode silent = byName.get(lab.phone(2).name());
            assertEquals("REFUSED", silent.get("outcome").asText(), silent.toString());
            assertEquals("cti", silent.get("transport").asText());
            assertTrue(silent.get("message").asText().contains("CTI delivered the background object but the phone did not"
                    + " fetch its files"), silent.toString());
            assertTrue(lab.phone(0).background().isPresent() && lab.phone(1).background().isPresent());
            assertTrue(lab.phone(2).background().isEmpty());
            assertTrue(cti.deliveredData() >= 2, "the objects went over CTI: " + cti.deliveredData());
            assertEquals(0, cti.droppedData());
            assertEquals(0, cti.openProviders(), "the provider was shut down");
        }
    }

    @Test
    void enablePersonalizationOverAxlRestartsThePhonesThatRefusedAndPushesAgain() throws Exception {
        int port = CtiTestSupport.freePort("127.0.166.1");
        PhoneConditions off = PhoneConditions.NORMAL.withPersonalization(false);
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(165)
                .firstAddress("127.0.165.1").freePorts().tftpPort(0).start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress("127.0.166.1")
                     .port(port).rebootTime(Duration.ofSeconds(1)).add(1, "8845").add(1, "7965", off).add(1, "8861", off)
                     .start()) {
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD).phones(lab, "Lab"));
            List<String> offNames = List.of(lab.phone(1).name(), lab.phone(2).name());

            // without --yes and no terminal: the plan is shown, nothing changes in CUCM
            CliRun refused = CliRun.with(env(), args(api, port, false).toArray(String[]::new));
            assertEquals(ExitCodes.NOT_OK, refused.exit(), refused.transcript());
            assertTrue(refused.err().contains("EACH OF THESE PHONES RESTARTS"), refused.transcript());
            assertTrue(refused.err().contains("give --yes"), refused.transcript());
            for (String name : offNames) {
                assertTrue(refused.err().contains(name) && refused.err().contains("(phonePersonalization in CUCM: Disabled)"),
                        refused.transcript());
            }
            assertTrue(api.personalizationUpdates().isEmpty(), api.personalizationUpdates().toString());
            Map<String, JsonNode> before = byName(refused.out());
            for (String name : offNames) {
                assertEquals("PERSONALIZATION_DISABLED", before.get(name).get("outcome").asText());
            }

            // with --yes: enabled over AXL, applied (the phones restart), pushed again when back
            CliRun r = CliRun.with(env(), args(api, port, true).toArray(String[]::new));
            assertEquals(ExitCodes.OK, r.exit(), r.transcript());
            assertFalse(r.transcript().contains(PASSWORD) || r.transcript().contains(AXL_PASSWORD), "password printed");
            assertEquals(offNames.stream().sorted().toList(), api.personalizationUpdates().stream().sorted().toList(),
                    "phonePersonalization set on exactly the phones that refused");
            assertTrue(api.phoneApplies().containsAll(offNames), api.phoneApplies().toString());
            Map<String, JsonNode> after = byName(r.out());
            for (SimulatedPhone p : lab.phones()) {
                JsonNode row = after.get(p.name());
                assertEquals("SUCCESS", row.get("outcome").asText(), row.toString());
                assertTrue(p.background().isPresent(), p.name());
                assertTrue(p.conditions().personalization(), p.name());
                if (offNames.contains(p.name())) {
                    assertTrue(row.get("message").asText().startsWith("Phone Personalization enabled over AXL"), row.toString());
                    assertTrue(p.rebootCount() >= 1, p.name() + " restarted");
                }
            }
        }
    }

    private List<String> args(SimulatedCucmApi api, int port, boolean yes) throws Exception {
        List<String> args = new ArrayList<>(List.of("personalize", "--axl", api.host() + ":" + api.port(), "--axl-user",
                AXL_USER, "--axl-trust-any", "--ris-rate", "600", "--port", Integer.toString(port), "--user", USER,
                "--background", picture().toString(), "--serve-address", "127.0.0.1", "--download-wait", "5",
                "--enable-personalization", "--return-poll", "500", "--return-timeout", "60", "--transport", "web",
                "--json"));
        if (yes) {
            args.add("--yes");
        }
        return args;
    }

    private static Map<String, JsonNode> byName(String json) throws Exception {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode p : new ObjectMapper().readTree(json).get("phones")) {
            out.put(p.get("name").asText(), p);
        }
        return out;
    }

    private Path picture() throws Exception {
        Path file = dir.resolve("logo.png");
        if (!Files.exists(file)) {
            BufferedImage img = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(new Color(20, 60, 200));
            g.fillRect(0, 0, 800, 600);
            g.dispose();
            ImageIO.write(img, "png", file.toFile());
        }
        return file;
    }

    private Environment env() {
        return Map.of("VOICEBENCH_PASSWORD", PASSWORD, "VOICEBENCH_AXL_PASSWORD", AXL_PASSWORD,
                "VOICEBENCH_CTI_PASSWORD", CTI_PASSWORD, "VOICEBENCH_HOME", dir.toString())::get;
    }

}
