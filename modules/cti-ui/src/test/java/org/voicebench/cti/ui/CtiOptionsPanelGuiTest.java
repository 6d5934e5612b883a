package org.voicebench.cti.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.TransportMode;
import org.voicebench.testsupport.MemoryPreferences;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;

/**
 * Tools > Options > CTI through its real form: Browse fills the jar, half a configuration is refused with a reason,
 * OK saves the values to the preferences and the typed password to the (test) Keyring only; the form shown again
 * keeps the password field empty; with nothing configured it says the running lab's CTI is used.
 */
class CtiOptionsPanelGuiTest {

    private static final String PASSWORD = "Opt-Panel-S3cret!";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    private final MemoryPreferences preferences = new MemoryPreferences();
    private final MemorySecrets secrets = new MemorySecrets();
    private final CtiStore store = new CtiStore(preferences, secrets);
    private final FakeLab lab = new FakeLab();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final CtiOptionsController controller = new CtiOptionsController(store, () -> lab, dialogs);

    private JFrameOperator show() {
        onEdt(() -> {
            controller.update();
            return null;
        });
        frame.show("Options > CTI", onEdt(controller::panel));
        return new JFrameOperator("Options > CTI");
    }

    private static JTextFieldOperator field(JFrameOperator f, String name) {
        return new JTextFieldOperator(f, new NameComponentChooser(name));
    }

    @Test
    void okSavesTheValuesToPreferencesAndThePasswordToTheKeyringOnly() throws Exception {
        Path jar = Path.of("/opt/cucm/jtapi.jar");
        JFrameOperator f = show();
        dialogs.files.add(jar);
        new JButtonOperator(f, new NameComponentChooser("browse")).push();
        waitFor("Browse fills the jar", () -> jar.toString().equals(field(f, "jar").getText()));

        field(f, "hosts").typeText("cucm-pub, cucm-sub1:2748");
        JLabelOperator problem = new JLabelOperator(f, new NameComponentChooser("problem"));
        waitFor("half a configuration is refused", () -> problem.getText().startsWith("Give the JTAPI jar"));
        assertFalse(onEdt(controller::isValid));

        field(f, "user").typeText("vb-cti");
        field(f, "password").typeText(PASSWORD);
        new JCheckBoxOperator(f, new NameComponentChooser("associate")).setSelected(true);
        new JComboBoxOperator(f, new NameComponentChooser("transport")).selectItem(1); // cti
        waitFor("the form is valid", () -> controller.isValid() && problem.getText().isBlank());
        assertTrue(onEdt(controller::isChanged));

        onEdt(() -> {
            controller.applyChanges();
            return null;
        });
        CtiOptionsController.awaitSaved();

        CtiValues saved = store.load();
        assertEquals(new CtiValues(jar.toString(), "cucm-pub, cucm-sub1:2748", "vb-cti", true, TransportMode.CTI), saved);
        assertEquals(java.util.List.of("cucm-pub", "cucm-sub1:2748"), saved.hostList());
        assertEquals(PASSWORD, new String(secrets.read(CtiStore.PASSWORD_KEY)));
        assertFalse(preferences.values().toString().contains(PASSWORD), "the password is never in the preferences: "
                + preferences.values());
        assertEquals("", field(f, "password").getText(), "the typed password left the form");
        assertFalse(onEdt(controller::isChanged));

        // shown again: the values, an empty password field, and an empty field keeps the saved password
        onEdt(() -> {
            controller.update();
            return null;
        });
        assertEquals("vb-cti", field(f, "user").getText());
        assertEquals("", field(f, "password").getText());
        onEdt(() -> {
            controller.applyChanges();
            return null;
        });
        CtiOptionsController.awaitSaved();
        assertEquals(PASSWORD, new String(secrets.read(CtiStore.PASSWORD_KEY)));
    }

    @Test
    void withNothingConfiguredTheFormSaysTheRunningLabsCtiIsUsed() {
        lab.cti = new LabCti(Path.of("/app/lab/jtapi-lab.jar"), "127.0.20.1:40123",
                new PhoneCredentials("vb-cti", "cti-1357".toCharArray()));
        JFrameOperator f = show();
        JLabelOperator note = new JLabelOperator(f, new NameComponentChooser("labNote"));
        assertTrue(note.getText().contains("vb-cti at 127.0.20.1:40123"), note.getText());
        assertTrue(onEdt(controller::isValid), "an empty form is valid: no CTI of one's own");
    }
}
