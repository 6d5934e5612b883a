package org.voicebench.personalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.InetSocketAddress;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** Every outcome from the lab condition that causes it; loopback only, every wait bounded. */
@Timeout(120)
class PushOutcomesTest {

    private static final String USER = "labadmin";
    private static final String PASSWORD = "lab-pass";
    private static final BufferedImage PICTURE = TestMedia.solid(400, 300, TestMedia.SOLID);

    @Test
    void eachLabConditionEndsInItsOutcome(@TempDir Path dir) throws Exception {
        PhoneConditions normal = PhoneConditions.NORMAL;
        try (PhoneLab lab = PhoneLab.builder().user(USER, PASSWORD)
                .add(1, "7965")
                .add(1, "8845", normal.withPersonalization(false))
                .add(1, "7941", normal.withAuthFailing(true))
                .add(1, "8861", normal.withWebAccess(false))
                .add(1, "7975", normal.withResponseDelay(Duration.ofSeconds(4)))
                .add(1, "6941")
                .start();
             FileServer files = FileServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             PhoneClient client = client()) {
            RingTone tone = RingTones.convert(TestMedia.sineWav(dir, "r.wav", 440, 1, 8_000, 1));
            PushReport report = push(client, ModelProfiles.builtIn(), entries(lab), PushContent.of(PICTURE, Fit.CROP, tone), files);
            List<PushOutcome> outcomes = report.results().stream().map(PushResult::outcome).toList();
            assertEquals(List.of(PushOutcome.SUCCESS, PushOutcome.PERSONALIZATION_DISABLED, PushOutcome.AUTH_FAILED,
                    PushOutcome.WEB_ACCESS_DISABLED, PushOutcome.UNREACHABLE, PushOutcome.UNSUPPORTED_MODEL), outcomes,
                    report.results().toString());
            PushResult disabled = report.results().get(1);
            assertTrue(disabled.message().contains("Phone Personalization to Enabled"), disabled.message());
            assertTrue(disabled.phoneSaid().contains("Personalization"), disabled.phoneSaid());
            assertTrue(lab.phone(0).background().isPresent(), "the successful phone shows the image");
            assertArrayEquals(tone.narrowband(), lab.phone(0).ringTone().orElseThrow(), "and keeps the ring tone");
            assertTrue(lab.phone(1).background().isEmpty(), "personalization off: nothing changed");
        }
    }

    @Test
    void aServeAddressThePhonesCannotReachIsRefusedWithThePhonesWords() throws Exception {
        try (PhoneLab lab = PhoneLab.builder().user(USER, PASSWORD).add(1, "8845").start(); PhoneClient client = client()) {
            FileServer gone = FileServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            gone.close(); // its URLs now lead nowhere, as a serve address the phones cannot reach
            PushReport report = push(client, ModelProfiles.builtIn(), entries(lab), PushContent.of(PICTURE, Fit.CROP, null), gone);
            PushResult r = report.results().get(0);
            assertEquals(PushOutcome.REFUSED, r.outcome(), r.toString());
            assertTrue(r.phoneSaid().contains("download failed"), r.phoneSaid());
        }
    }

    @Test
    void anImageOfTheWrongSizeIsRefusedByThePhone(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("7965.json"), "{\"background\": {\"width\": 320, \"height\": 200, \"depth\": 16,"
                + " \"thumbnail\": {\"width\": 80, \"height\": 53}}}");
        ModelProfiles wrong = ModelProfiles.withOverrides(dir);
        try (PhoneLab lab = PhoneLab.builder().user(USER, PASSWORD).add(1, "7965").start();
             FileServer files = FileServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             PhoneClient client = client()) {
            PushResult r = push(client, wrong, entries(lab), PushContent.of(PICTURE, Fit.CROP, null), files).results().get(0);
            assertEquals(PushOutcome.REFUSED, r.outcome(), r.toString());
            assertTrue(r.phoneSaid().contains("320x200, not 320x212"), r.phoneSaid());
        }
    }

    @Test
    void reportsAsJsonAndCsvWithoutSecrets() throws Exception {
        try (PhoneLab lab = PhoneLab.builder().user(USER, PASSWORD).add(1, "7965").start();
             FileServer files = FileServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
             PhoneClient client = client()) {
            PushReport report = push(client, ModelProfiles.builtIn(), entries(lab), PushContent.of(PICTURE, Fit.LETTERBOX, null), files);
            String json = PushReports.json(report);
            assertTrue(json.contains("\"format\" : \"voicebench-personalize/1\"") && json.contains("\"SUCCESS\" : 1"), json);
            assertTrue(json.contains("\"transport\" : \"web\""), json);
            assertTrue(PushReports.csv(report).startsWith("address,name,model,outcome,message,phone_said,duration_ms,transport\n"));
            assertTrue(!json.contains(PASSWORD) && !PushReports.csv(report).contains(PASSWORD));
        }
    }

    private static PushReport push(PhoneClient client, ModelProfiles profiles, List<PhoneEntry> phones, PushContent content,
            FileServer files) throws InterruptedException {
        return new PersonalizationPush(client, profiles, PushSettings.defaults().withFetchWait(Duration.ofSeconds(5)))
                .run(phones, content, files, PushListener.NONE);
    }

    private static PhoneClient client() {
        PhoneClientSettings s = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(2)).withQueueTimeout(Duration.ofSeconds(10)).withMaxConnections(64);
        return new PhoneClient(s, CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    private static List<PhoneEntry> entries(PhoneLab lab) {
        return lab.phones().stream().map(TestPhones::entry).toList();
    }

    /** The lab's phones as a phone list gives them. */
    static final class TestPhones {
        static PhoneEntry entry(SimulatedPhone p) {
            return new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "lab", p.modelNumber(), "");
        }
    }
}
