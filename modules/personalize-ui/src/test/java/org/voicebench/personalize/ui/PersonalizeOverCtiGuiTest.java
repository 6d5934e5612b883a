package org.voicebench.personalize.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.Color;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JComboBox;
import javax.swing.JComponent;
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
import org.voicebench.cti.ui.FixedCtiConfiguration;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.personalize.PushSettings;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.remote.ui.RemoteUiFixture;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;
import org.voicebench.ui.PlatformDialogs;

/**
 * Personalize... with CTI configured (the lab CTI service, the stand-in jar): under {@code auto} the phone whose web
 * access is off takes the background over CTI and the table says so; the other goes to its web server. Cluster on
 * 127.0.167.x, phones on 127.0.168.x.
 */
@Timeout(180)
class PersonalizeOverCtiGuiTest {

    private static final String USER = "cti-push";
    private static final String PASSWORD = "s3cret-CtiPush";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Cti-Gui-S3cret!";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private SimulatedCluster cluster;
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
        extension.setShower(shown::set);
        extension.setSettings(PushSettings.defaults().withFetchWait(Duration.ofSeconds(10)));
    }

    @AfterEach
    void stop() {
        extension.setDialogs(new PlatformDialogs(PersonalizeExtension.FILES_KEY));
        extension.setShower(PersonalizeTopComponent::show);
        extension.setSettings(PushSettings.defaults());
        extension.setCti(CtiConfiguration::getDefault);
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
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    void aPhoneWithWebAccessOffTakesTheBackgroundOverCtiUnderAuto() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(167).firstAddress("127.0.167.1").freePorts()
                .tftpPort(0).start();
        lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress("127.0.168.1")
                .add(1, "8845").add(1, "7965", PhoneConditions.NORMAL.withWebAccess(false)).start();
        cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, lab.phones().stream().map(SimulatedPhone::name).toList());
        SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200)));
        CtiConfiguration configuration = FixedCtiConfiguration.lab(cti.host(), CTI_USER, CTI_PASSWORD, Duration.ofMillis(200));
        extension.setCti(() -> configuration);
        ui = new RemoteUiFixture(dir, lab);
        for (SimulatedPhone p : lab.phones()) {
            ui.save(p, "Desk", USER, PASSWORD);
        }
        Path image = dir.resolve("logo.png");
        ImageIO.write(PersonalizeGuiTest.solid(900, 600, new Color(200, 120, 20)), "png", image.toFile());

        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));
        new JButtonOperator(pf, "Personalize\u2026").push();
        waitFor("the Personalize window", () -> shown.get() != null);
        PersonalizePanel panel = shown.get();
        JFrameOperator f = new JFrameOperator(frame.show("Personalize", panel));

        JComboBoxOperator keys = new JComboBoxOperator(f, new NameComponentChooser("keys"));
        assertEquals("auto", keys.getSelectedItem(), "the options' default transport comes first");
        dialogs.files.add(image);
        new JButtonOperator(f, new NameComponentChooser("browsePicture")).push();
        waitFor("the previews", () -> panel.previews().size() == 2);
        JComboBoxOperator serve = new JComboBoxOperator(f, new NameComponentChooser("serveAddress"));
        JTextFieldOperator typed = new JTextFieldOperator((JTextField) ((JComboBox<?>) serve.getSource()).getEditor()
                .getEditorComponent());
        typed.clearText();
        typed.typeText("127.0.0.1");
        new JButtonOperator(f, new NameComponentChooser("push")).push();
        waitFor("the push to end", () -> !panel.running() && panel.report() != null);
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        JTable table = onEdt(panel::table);
        Map<String, String> rows = onEdt(() -> {
            Map<String, String> out = new HashMap<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                out.put(String.valueOf(table.getValueAt(r, ResultsModel.MODEL)), table.getValueAt(r, ResultsModel.OUTCOME) + " "
                        + table.getValueAt(r, ResultsModel.VIA));
            }
            return out;
        });
        assertEquals(Map.of("8845", "SUCCESS web", "7965", "SUCCESS cti"), rows);
        assertTrue(lab.phone(1).background().isPresent(), "the web-off phone took the background over CTI");
        assertTrue(cti.deliveredData() >= 1);
        waitFor("the provider shut down", () -> cti.openProviders() == 0);
    }
}
