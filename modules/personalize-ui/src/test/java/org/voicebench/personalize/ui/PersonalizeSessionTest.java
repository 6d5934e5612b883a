package org.voicebench.personalize.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.personalize.Fit;
import org.voicebench.personalize.PushOutcome;
import org.voicebench.personalize.PushReport;
import org.voicebench.personalize.PushResult;
import org.voicebench.personalize.PushSettings;
import org.voicebench.personalize.RingTone;
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
import org.voicebench.testsupport.OwnerThread;

/**
 * The Personalize window's rules without Swing, its owner thread the test's own: previews per model (4 grey levels on
 * the 7941), refused inputs, cancel, retry of the failed phones only. Phones on 127.0.162.x.
 */
@Timeout(120)
class PersonalizeSessionTest {

    private static final String USER = "session-user";
    private static final String PASSWORD = "s3cret-Session";

    @TempDir
    Path dir;

    private final OwnerThread owner = new OwnerThread();
    private final Recorder told = new Recorder();
    private PhoneLab lab;
    private PhoneClient client;
    private PersonalizeSession session;

    @AfterEach
    void stop() {
        if (session != null) {
            session.close();
        }
        if (client != null) {
            client.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    private PersonalizeSession session(List<PhoneEntry> phones, PushSettings settings) {
        client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(2)), CredentialsProvider.fixed(new PhoneCredentials(USER,
                PASSWORD.toCharArray())));
        session = new PersonalizeSession(phones, client, ModelProfiles.builtIn(), settings, told, owner);
        return session;
    }

    private static List<PhoneEntry> entries(PhoneLab lab) {
        return lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "Lab",
                p.profile().model(), "")).toList();
    }

    private Path picture() throws Exception {
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                int v = x * 255 / img.getWidth(); // a ramp: many greys in, the model's levels out
                img.setRGB(x, y, new Color(v, (v + y) % 256, 255 - v).getRGB());
            }
        }
        Path file = dir.resolve("ramp.png");
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    @Test
    void eachModelGetsItsOwnRenderingTheGreyOneInFourLevels() throws Exception {
        PhoneEntry p7941 = new PhoneEntry(PhoneAddress.parse("127.0.162.250:8080"), "a", "G", "7941", "");
        PhoneEntry p8845 = new PhoneEntry(PhoneAddress.parse("127.0.162.251:8080"), "b", "G", "8845", "");
        PhoneEntry p6941 = new PhoneEntry(PhoneAddress.parse("127.0.162.252:8080"), "c", "G", "6941", "");
        PhoneEntry unknown = new PhoneEntry(PhoneAddress.parse("127.0.162.253:8080"), "d", "G", "", "");
        PersonalizeSession s = session(List.of(p7941, p8845, p6941, unknown), PushSettings.defaults());
        s.loadPicture(picture());
        owner.runUntil("the previews", () -> !told.previews.isEmpty());
        List<PersonalizeSession.ModelPreview> previews = told.previews.get(0);
        assertEquals(List.of("7941", "8845", "6941", "?"), previews.stream().map(PersonalizeSession.ModelPreview::model).toList());
        BufferedImage grey = previews.get(0).background().full();
        assertEquals(320, grey.getWidth());
        assertEquals(196, grey.getHeight());
        assertEquals(4, greys(grey).size(), "the 7941 shows 4 grey levels: " + greys(grey));
        assertEquals(800, previews.get(1).background().full().getWidth());
        assertTrue(previews.get(2).background() == null && previews.get(2).note().contains("nothing is sent"), previews.toString());
        assertTrue(previews.get(3).background() == null && previews.get(3).note().contains("read from the phone"));

        // letterbox: black bars where crop fills
        BufferedImage cropped = previews.get(1).background().full();
        s.setFit(Fit.LETTERBOX);
        owner.runUntil("the letterboxed previews", () -> told.previews.size() == 2);
        BufferedImage boxed = told.previews.get(1).get(1).background().full();
        assertEquals(0, boxed.getRGB(0, 0) & 0xFFFFFF, "letterbox bars are black");
        assertNotEquals(0, cropped.getRGB(0, 0) & 0xFFFFFF);
    }

    private static Set<Integer> greys(BufferedImage img) {
        Set<Integer> out = new TreeSet<>();
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                int rgb = img.getRGB(x, y);
                out.add(rgb & 0xFF);
            }
        }
        return out;
    }

    @Test
    void nothingChosenOrABadServeAddressIsRefusedBeforeAnyPhoneIsTouched() throws Exception {
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.162.1").add(1, "8845").start();
        PersonalizeSession s = session(entries(lab), PushSettings.defaults());
        s.push("127.0.0.1", PushKeys.WEB);
        assertEquals(List.of("Choose a picture, a ring tone or both first."), told.failures);
        s.loadPicture(picture());
        owner.runUntil("the previews", () -> !told.previews.isEmpty());
        s.push("not an address:99999", PushKeys.WEB);
        assertTrue(told.failures.get(1).startsWith("The serve address is not usable"), told.failures.toString());
        s.push("192.0.2.1", PushKeys.WEB); // TEST-NET: not this machine's
        owner.runUntil("the refusal to serve", () -> told.failures.size() == 3);
        assertTrue(told.failures.get(2).startsWith("The files cannot be served on"), told.failures.toString());
        assertTrue(lab.phone(0).background().isEmpty());
        assertEquals(0, told.finished.size());
    }

    @Test
    void cancelEndsThePhonesNotFinishedCancelledAndRetryPushesOnlyTheFailedOnes() throws Exception {
        PhoneConditions slow = PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(1500));
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.162.11")
                .add(1, "8845").add(1, "7965", PhoneConditions.NORMAL.withPersonalization(false))
                .add(4, "8861", slow).start();
        PersonalizeSession s = session(entries(lab), PushSettings.defaults().withConcurrency(2));
        s.loadPicture(picture());
        owner.runUntil("the previews", () -> !told.previews.isEmpty());
        s.push("127.0.0.1", PushKeys.WEB);
        owner.runUntil("two phones done", () -> told.phones.size() >= 2);
        s.cancel();
        owner.runUntil("the cancelled push's end", () -> told.finished.size() == 1);
        assertTrue(told.cancelled.get(0));
        PushReport first = told.finished.get(0);
        assertEquals(6, first.results().size());
        assertEquals(PushOutcome.SUCCESS, first.results().get(0).outcome(), first.results().toString());
        assertEquals(PushOutcome.PERSONALIZATION_DISABLED, first.results().get(1).outcome());
        assertTrue(first.results().stream().anyMatch(r -> r.outcome() == PushOutcome.CANCELLED), first.results().toString());
        assertFalse(s.running());

        // retry: the 8845 is not pushed again; the cancelled ones end now
        int pushedBefore = lab.phone(0).background().isPresent() ? 1 : 0;
        assertEquals(1, pushedBefore);
        told.phones.clear();
        s.retryFailed("127.0.0.1", PushKeys.WEB);
        owner.runUntil("the retry's end", () -> told.finished.size() == 2);
        assertFalse(told.cancelled.get(1));
        assertTrue(told.phones.stream().noneMatch(r -> r.address().equals(PhoneAddress.parse(lab.phone(0).hostAndPort()))),
                "the successful phone was not pushed again");
        PushReport merged = told.finished.get(1);
        assertEquals(6, merged.results().size());
        assertEquals(5, (int) merged.counts().get(PushOutcome.SUCCESS), merged.results().toString());
        assertEquals(1, (int) merged.counts().get(PushOutcome.PERSONALIZATION_DISABLED));
        assertEquals(first.started(), merged.started(), "the report spans the runs");

        // export: the merged report
        Path csv = dir.resolve("r.csv");
        s.export(csv, false);
        owner.runUntil("the export", () -> !told.exported.isEmpty());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("address,name,model,outcome,message,phone_said,duration_ms,transport", lines.get(0));
        assertEquals(7, lines.size());
        for (SimulatedPhone p : lab.phones()) {
            assertEquals(p.conditions().personalization(), p.background().isPresent(), p.name());
        }
    }

    @Test
    void aRingToneAloneIsPushedAndKeptByThePhone() throws Exception {
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.162.31").add(1, "8845").start();
        PersonalizeSession s = session(entries(lab), PushSettings.defaults());
        s.loadRingTone(wav(dir.resolve("chime.wav"), 3));
        owner.runUntil("the ring tone", () -> !told.tones.isEmpty());
        RingTone tone = told.tones.get(0);
        assertTrue(tone.trimmed(), "3 s is cut to the narrowband limit");
        s.push("127.0.0.1", PushKeys.WEB);
        owner.runUntil("the push's end", () -> told.finished.size() == 1);
        PushReport r = told.finished.get(0);
        assertEquals(PushOutcome.SUCCESS, r.results().get(0).outcome(), r.results().toString());
        assertTrue(r.ringTone() && !r.background());
        assertTrue(java.util.Arrays.equals(tone.narrowband(), lab.phone(0).ringTone().orElseThrow()));
        assertTrue(lab.phone(0).background().isEmpty());
    }

    private static Path wav(Path file, double seconds) throws Exception {
        int rate = 22_050;
        int frames = (int) (seconds * rate);
        java.io.ByteArrayOutputStream pcm = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < frames; i++) {
            short v = (short) (Math.sin(2 * Math.PI * 523 * i / rate) * 12_000);
            pcm.write(v & 0xFF);
            pcm.write((v >> 8) & 0xFF);
        }
        try (javax.sound.sampled.AudioInputStream in = new javax.sound.sampled.AudioInputStream(
                new java.io.ByteArrayInputStream(pcm.toByteArray()), new javax.sound.sampled.AudioFormat(rate, 16, 1, true,
                false), frames)) {
            javax.sound.sampled.AudioSystem.write(in, javax.sound.sampled.AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    /** What the session told, on the owner thread. */
    private static final class Recorder implements PersonalizeSession.Listener {
        final List<List<PersonalizeSession.ModelPreview>> previews = new CopyOnWriteArrayList<>();
        final List<PushResult> phones = new CopyOnWriteArrayList<>();
        final List<PushReport> finished = new CopyOnWriteArrayList<>();
        final List<Boolean> cancelled = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<Path> exported = new CopyOnWriteArrayList<>();
        final List<RingTone> tones = new CopyOnWriteArrayList<>();

        @Override
        public void previewsChanged(List<PersonalizeSession.ModelPreview> list) {
            previews.add(list);
        }

        @Override
        public void ringToneChanged(Path file, RingTone tone) {
            if (tone != null) {
                tones.add(tone);
            }
        }

        @Override
        public void pushStarted(List<PhoneEntry> list) {
        }

        @Override
        public void phoneFinished(PushResult result, int done, int total) {
            phones.add(result);
        }

        @Override
        public void pushFinished(PushReport report, boolean wasCancelled) {
            finished.add(report);
            cancelled.add(wasCancelled);
        }

        @Override
        public void exported(Path file) {
            exported.add(file);
        }

        @Override
        public void failed(String message) {
            failures.add(message);
        }
    }
}
