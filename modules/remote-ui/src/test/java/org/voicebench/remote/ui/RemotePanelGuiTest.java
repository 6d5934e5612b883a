package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.Dimension;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComponentOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.operators.JToggleButtonOperator;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.TestFrame;

/** A remote view in a frame against simulated phones, driven with the mouse and the keyboard. */
class RemotePanelGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private LabPhones lab;
    private RemotePanel panel;
    private final ScriptedPhoneDialogs dialogs = new ScriptedPhoneDialogs();

    @AfterEach
    void stop() {
        if (panel != null) {
            onEdt(() -> {
                panel.close();
                return null;
            });
        }
        if (lab != null) {
            lab.close();
        }
    }

    private JFrameOperator show(SimulatedPhone phone, String password) throws Exception {
        PhoneEntry e = lab.saveWithCredentials(phone, password);
        panel = onEdt(() -> new RemotePanel(lab.services, e, dialogs));
        return new JFrameOperator(frame.show("Remote view", panel));
    }

    private BufferedImage waitForScreen() {
        waitFor("a first screenshot painted", () -> panel.screen().paints() > 0);
        return onEdt(() -> panel.screen().image());
    }

    private static JTextFieldOperator field(JFrameOperator f, String label) {
        return new JTextFieldOperator((javax.swing.JTextField) new JLabelOperator(f, label).getLabelFor());
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void menuKeyChangesTheScreen(SimulatedPhone phone, String menuKey, String title, int width, int height)
            throws Exception {
        JFrameOperator f = show(phone, LabPhones.PASSWORD);
        BufferedImage before = waitForScreen();
        assertEquals(width, before.getWidth());
        assertEquals(height, before.getHeight());
        JButton key = onEdt(() -> panel.keypad().button(menuKey));
        assertNotNull(key, "the keypad has " + menuKey);
        new JButtonOperator(key).push();
        waitFor("the screen to change after " + menuKey, () -> !same(before, panel.screen().image()));
        assertEquals(title, panel.session().phone().modeInfo().planeTitle());
        assertEquals("", onEdt(() -> panel.banner().message()));

        new JButtonOperator(f, "Copy").push();
        Object copied = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.imageFlavor);
        assertTrue(copied instanceof BufferedImage b && b.getWidth() == width, "the screen is on the clipboard: " + copied);
        new JToggleButtonOperator(f, "Original Size").push();
        assertEquals(new Dimension(width, height), onEdt(() -> panel.screen().getPreferredSize()), "original pixels on demand");
    }

    @Test
    void settingsOnA7965ChangesTheScreenAndModeInfoShowsTheSettingsMenu() throws Exception {
        lab = new LabPhones(dir, "127.0.93.1", null);
        menuKeyChangesTheScreen(lab.p7965(), "Settings", "Settings", 320, 240);
    }

    @Test
    void applicationsOnAn8845ChangesTheScreenAndModeInfoShowsTheApplicationsMenu() throws Exception {
        lab = new LabPhones(dir, "127.0.93.11", null);
        menuKeyChangesTheScreen(lab.p8845(), "Applications", "Applications", 800, 480);
    }

    @Test
    void theKeypadShowsOnlyTheKeysTheModelHas() throws Exception {
        lab = new LabPhones(dir, "127.0.93.21", null);
        show(lab.p8845(), LabPhones.PASSWORD);
        List<String> keys = onEdt(() -> panel.keypad().keys());
        assertTrue(keys.containsAll(List.of("Applications", "FixedFeature3", "NavBack", "Line10", "Soft4", "KeyPadPound")), keys.toString());
        assertFalse(keys.contains("Settings") || keys.contains("Soft5") || keys.contains("Line11") || keys.contains("Info"), keys.toString());
        assertEquals("Hold", onEdt(() -> panel.keypad().button("FixedFeature3").getText()));
    }

    @Test
    void aWrongPasswordShowsTheAuthenticationBannerWithTheHint() throws Exception {
        lab = new LabPhones(dir, "127.0.93.31", null);
        show(lab.p7965(), "wrong-password");
        waitFor("the banner", () -> !panel.banner().message().isEmpty());
        String banner = onEdt(() -> panel.banner().message());
        assertTrue(banner.startsWith("Authentication failed: the phone refused user \"labuser\""), banner);
        assertTrue(banner.contains("associated") && banner.contains("Authentication URL"), banner);
        assertFalse(banner.contains("Exception") || banner.contains("\tat "), "no stack trace: " + banner);
        assertFalse(banner.contains("wrong-password"), "no password in the banner");
    }

    @Test
    void webAccessDisabledIsNamedInTheBannerAndClearsWhenItComesBack() throws Exception {
        lab = new LabPhones(dir, "127.0.93.41", null);
        lab.p8845().setConditions(PhoneConditions.NORMAL.withWebAccess(false));
        show(lab.p8845(), LabPhones.PASSWORD);
        waitFor("the banner", () -> !panel.banner().message().isEmpty());
        assertTrue(onEdt(() -> panel.banner().message()).startsWith("Web access is disabled on this phone"),
                onEdt(() -> panel.banner().message()));
        lab.p8845().setConditions(PhoneConditions.NORMAL);
        onEdt(() -> {
            panel.setRefreshSeconds(1);
            return null;
        });
        waitFor("the banner to clear once the phone answers", () -> panel.banner().message().isEmpty() && panel.screen().paints() > 0);
    }

    @Test
    void keyboardInputReachesThePhone() throws Exception {
        lab = new LabPhones(dir, "127.0.93.51", null);
        show(lab.p8845(), LabPhones.PASSWORD);
        waitForScreen();
        JComponentOperator screen = new JComponentOperator(onEdt(() -> panel.screen()));
        screen.clickMouse();
        waitFor("the screen to have the focus", () -> panel.screen().isFocusOwner());
        int before = lab.p8845().acceptedKeys();
        new JButtonOperator(onEdt(() -> panel.keypad().button("Applications"))).push();
        waitFor("the Applications menu", () -> lab.p8845().screen().title().equals("Applications"));
        screen.typeKey('6');
        waitFor("6 (Bluetooth model) to open Admin settings from the keyboard", () -> lab.p8845().screen().title().equals("Admin settings"));
        screen.pushKey(KeyEvent.VK_ESCAPE);
        waitFor("Esc to go back to Applications", () -> lab.p8845().screen().title().equals("Applications"));
        screen.pushKey(KeyEvent.VK_DOWN);
        screen.pushKey(KeyEvent.VK_F2);
        waitFor("five keys accepted", () -> lab.p8845().acceptedKeys() == before + 5);
    }

    @Test
    void saveWritesAValidPngOfTheScreenAndTheSeriesSavesOnePerKey() throws Exception {
        lab = new LabPhones(dir, "127.0.93.61", null);
        JFrameOperator f = show(lab.p7965(), LabPhones.PASSWORD);
        waitForScreen();
        Path png = dir.resolve("shots/screen.png");
        dialogs.files.add(png);
        new JButtonOperator(f, "Save PNG\u2026").push();
        waitFor("the PNG to be written", () -> Files.exists(png));
        BufferedImage read = ImageIO.read(png.toFile());
        assertNotNull(read, "a readable image");
        assertEquals(320, read.getWidth(), "the 7965's BMP saved as PNG");
        assertEquals(240, read.getHeight());
        assertTrue(Files.readAllBytes(png)[1] == 'P', "PNG signature");
        try (var s = Files.list(png.getParent())) {
            assertEquals(List.of("screen.png"), s.map(p -> p.getFileName().toString()).toList(), "no temporary file left");
        }

        Path series = Files.createDirectories(dir.resolve("series"));
        dialogs.files.add(series);
        new JToggleButtonOperator(f, "Capture Series\u2026").push();
        new JButtonOperator(onEdt(() -> panel.keypad().button("Settings"))).push();
        new JButtonOperator(onEdt(() -> panel.keypad().button("KeyPad4"))).push();
        waitFor("two captures", () -> Files.exists(series.resolve("002-KeyPad4.png")));
        assertTrue(Files.exists(series.resolve("001-Settings.png")));
        assertNotNull(ImageIO.read(series.resolve("002-KeyPad4.png").toFile()));
        assertEquals("Security Configuration", lab.p7965().screen().title());
    }

    @Test
    void theDialAndUriFieldsSendTheirUris() throws Exception {
        lab = new LabPhones(dir, "127.0.93.71", null);
        JFrameOperator f = show(lab.p8845(), LabPhones.PASSWORD);
        waitForScreen();
        JTextFieldOperator uri = field(f, "URI:");
        uri.setText("Key:Applications");
        new JButtonOperator(f, "Send URI").push();
        waitFor("the URI to open Applications", () -> lab.p8845().screen().title().equals("Applications"));
        uri.setText("Init:NoSuchMenu");
        new JButtonOperator(f, "Send URI").push();
        waitFor("the rejection banner", () -> !panel.banner().message().isEmpty());
        assertTrue(onEdt(() -> panel.banner().message()).startsWith("The phone rejected Init:NoSuchMenu (URI not found)"),
                onEdt(() -> panel.banner().message()));
        JTextFieldOperator dial = field(f, "Dial:");
        dial.setText("4001");
        new JButtonOperator(f, "Dial").push();
        waitFor("the phone to show the dialled number", () -> lab.p8845().screen().shows("4001"));
    }

    @Test
    void theRefreshStopsWhileHiddenAndTheDeviceInformationLoads() throws Exception {
        lab = new LabPhones(dir, "127.0.93.81", null);
        JFrame shown = show(lab.p8845(), LabPhones.PASSWORD).getSource() instanceof JFrame j ? j : null;
        assertTrue(onEdt(() -> panel.refreshing()));
        waitFor("the device information", () -> "CP-8845".equals(panel.deviceInformation().value("modelNumber")));
        SwingUtilities.invokeAndWait(() -> shown.setVisible(false));
        waitFor("the refresh to stop", () -> !panel.refreshing());
        assertNull(dialogs.errors.isEmpty() ? null : dialogs.errors);
    }
}
