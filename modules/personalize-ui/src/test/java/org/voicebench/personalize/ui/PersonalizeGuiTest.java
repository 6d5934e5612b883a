package org.voicebench.personalize.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.openide.util.Lookup;
import org.voicebench.personalize.PushOutcome;
import org.voicebench.personalize.PushSettings;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.ScreenChecks;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.remote.ui.RemoteUiFixture;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;
import org.voicebench.ui.PlatformDialogs;

/**
 * The acceptance from the Phones window: Personalize... on a group of 20 lab phones of the seven lab models, two with
 * Phone Personalization off, ends 18 SUCCESS and 2 PERSONALIZATION_DISABLED in the results table, and the successful
 * phones' screenshots (read through their web servers) show the picture. Phones on 127.0.161.x.
 */
@Timeout(240)
class PersonalizeGuiTest {

    private static final String USER = "pushuser";
    private static final String PASSWORD = "s3cret-Push";
    /** The lab's seven models (DemoLab). */
    private static final List<String> LAB_MODELS = List.of("7965", "7975", "7841", "8845", "8861", "7945", "8811");
    private static final Color PICTURE = new Color(30, 150, 60);

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private PhoneLab lab;
    private RemoteUiFixture ui;
    private PersonalizeExtension extension;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<PersonalizePanel> shown = new AtomicReference<>();

    @BeforeEach
    void hooks() {
        extension = Lookup.getDefault().lookupAll(PhonesWindowExtension.class).stream()
                .filter(PersonalizeExtension.class::isInstance).map(PersonalizeExtension.class::cast).findFirst().orElseThrow();
        extension.setDialogs(dialogs);
        extension.setShower(shown::set); // the Swing thread: the test shows it
        extension.setSettings(PushSettings.defaults().withFetchWait(Duration.ofSeconds(15)));
        extension.setCti(() -> null);
    }

    @AfterEach
    void stop() {
        extension.setDialogs(new PlatformDialogs(PersonalizeExtension.FILES_KEY));
        extension.setShower(PersonalizeTopComponent::show);
        extension.setSettings(PushSettings.defaults());
        extension.setCti(org.voicebench.cti.ui.api.CtiConfiguration::getDefault);
        PersonalizePanel p = shown.get();
        if (p != null) {
            onEdt(() -> {
                p.close();
                return null;
            });
        }
        if (ui != null) {
            ui.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void twentyLabPhonesTwoWithPersonalizationOffEndEighteenSuccessAndTwoDisabledShowingThePicture() throws Exception {
        PhoneLab.Builder b = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.161.1");
        for (int i = 0; i < 20; i++) {
            boolean off = i == 3 || i == 16;
            b.add(1, LAB_MODELS.get(i % LAB_MODELS.size()), PhoneConditions.NORMAL.withPersonalization(!off));
        }
        lab = b.start();
        ui = new RemoteUiFixture(dir, lab);
        for (SimulatedPhone p : lab.phones()) {
            ui.save(p, "Fleet", USER, PASSWORD);
        }
        Path image = dir.resolve("company.png");
        ImageIO.write(solid(1280, 800, PICTURE), "png", image.toFile());

        // Personalize... on the Fleet group
        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Fleet group", () -> RemoteUiFixture.selectGroup(phones, "Fleet"));
        new JButtonOperator(pf, "Personalize\u2026").push();
        waitFor("the Personalize window", () -> shown.get() != null);
        PersonalizePanel panel = shown.get();
        JFrameOperator f = new JFrameOperator(frame.show("Personalize", panel));
        assertEquals(20, onEdt(() -> panel.table().getRowCount()));

        // the picture: a preview per model, at the model's size
        dialogs.files.add(image);
        button(f, "browsePicture").push();
        waitFor("a preview per model", () -> panel.previews().size() == LAB_MODELS.size());
        assertEquals(image.toString(), new JTextFieldOperator(f, new NameComponentChooser("picture")).getText());
        Map<String, String> captions = onEdt(() -> {
            Map<String, String> out = new HashMap<>();
            for (java.awt.Component c : panel.previewsPanel().getComponents()) {
                out.put(c.getName(), ((JLabel) c).getText());
            }
            return out;
        });
        assertTrue(captions.get("preview-8845").startsWith("8845: 800x480, 24-bit (3 phone(s))"), captions.toString());
        assertTrue(captions.get("preview-7841").contains("grey levels"), captions.toString());
        for (PersonalizeSession.ModelPreview p : onEdt(panel::previews)) {
            assertTrue(p.background() != null, p.toString());
            assertEquals(p.background().spec().width(), p.background().full().getWidth(), p.model());
        }

        // the serve address the phones reach (loopback), then Push
        JComboBoxOperator serve = new JComboBoxOperator(f, new NameComponentChooser("serveAddress"));
        JTextFieldOperator typed = new JTextFieldOperator((JTextField) ((JComboBox<?>) serve.getSource()).getEditor()
                .getEditorComponent());
        typed.clearText();
        typed.typeText("127.0.0.1");
        button(f, "push").push();
        waitFor("the push to end", () -> !panel.running() && panel.report() != null);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        // 18 SUCCESS, 2 PERSONALIZATION_DISABLED in the results table, the CUCM setting named
        JTable table = onEdt(panel::table);
        Map<String, Integer> counts = new HashMap<>();
        for (int row = 0; row < 20; row++) {
            int r = row;
            String outcome = onEdt(() -> (String) table.getValueAt(r, ResultsModel.OUTCOME));
            counts.merge(outcome, 1, Integer::sum);
            if (outcome.equals(PushOutcome.PERSONALIZATION_DISABLED.name())) {
                String message = onEdt(() -> (String) table.getValueAt(r, ResultsModel.MESSAGE));
                assertTrue(message.contains("Phone Personalization to Enabled"), message);
            }
        }
        assertEquals(Map.of("SUCCESS", 18, "PERSONALIZATION_DISABLED", 2), counts);
        assertTrue(onEdt(panel::statusText).startsWith("Finished: 18 of 20 phone(s) SUCCESS"), onEdt(panel::statusText));

        // the successful phones' screenshots, read through their web servers, show the picture
        try (PhoneClient client = new PhoneClient(CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())))) {
            for (SimulatedPhone p : lab.phones()) {
                BufferedImage screen = client.phone(PhoneAddress.parse(p.hostAndPort())).screenshot().image();
                double share = ScreenChecks.shareShowing(p, screen);
                if (p.conditions().personalization()) {
                    assertTrue(share > 0.4, p.profile().model() + ": " + share + " of the screen shows the picture");
                } else {
                    assertTrue(p.background().isEmpty(), p.name() + " took a background with personalization off");
                }
            }
        }

        // Retry Failed pushes only to the two again: still off, still PERSONALIZATION_DISABLED
        int before = lab.phones().stream().mapToInt(p -> p.background().isPresent() ? 1 : 0).sum();
        int pushes = onEdt(panel::pushesEnded);
        button(f, "retry").push();
        waitFor("the retry to end", () -> !panel.running() && panel.pushesEnded() == pushes + 1);
        assertEquals("Finished: 18 of 20 phone(s) SUCCESS (18 SUCCESS, 2 PERSONALIZATION_DISABLED).", onEdt(panel::statusText));
        assertEquals(20, onEdt(() -> panel.report().results().size()));
        assertEquals(18, (int) onEdt(() -> panel.report().counts().get(PushOutcome.SUCCESS)));
        assertEquals(2, (int) onEdt(() -> panel.report().counts().get(PushOutcome.PERSONALIZATION_DISABLED)));
        assertEquals(before, lab.phones().stream().mapToInt(p -> p.background().isPresent() ? 1 : 0).sum());

        // Export CSV and JSON: every phone's latest result
        Path csv = dir.resolve("results.csv");
        dialogs.files.add(csv);
        button(f, "exportCsv").push();
        waitFor("the CSV", () -> Files.exists(csv) && panel.statusText().startsWith("Report written"));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(21, lines.size(), lines.toString());
        assertEquals(18, lines.stream().filter(l -> l.contains(",SUCCESS,")).count(), lines.toString());
        Path json = dir.resolve("results.json");
        dialogs.files.add(json);
        button(f, "exportJson").push();
        waitFor("the JSON", () -> Files.exists(json));
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals(18, report.get("counts").get("SUCCESS").asInt());
        assertEquals(2, report.get("counts").get("PERSONALIZATION_DISABLED").asInt());
        assertTrue(!Files.readString(json).contains(PASSWORD) && !Files.readString(csv).contains(PASSWORD));
    }

    private static JButtonOperator button(JFrameOperator f, String name) {
        return new JButtonOperator(f, new NameComponentChooser(name));
    }

    static BufferedImage solid(int w, int h, Color c) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }
}
