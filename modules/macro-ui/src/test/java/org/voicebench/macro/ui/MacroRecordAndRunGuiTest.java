package org.voicebench.macro.ui;

import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.ui.PlatformDialogs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.event.KeyEvent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JComponentOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.operators.JToggleButtonOperator;
import org.openide.util.Lookup;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroJson;
import org.voicebench.macro.ScreenPart;
import org.voicebench.macro.Step;
import org.voicebench.macro.run.Outcome;
import org.voicebench.macro.run.PlayerSettings;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.remote.ui.RemoteUiFixture;
import org.voicebench.remote.ui.api.PhonesWindowExtension;
import org.voicebench.remote.ui.api.RemoteViewExtension;
import org.voicebench.testsupport.TestFrame;

/**
 * The macro workflow through remote-ui's hooks, against simulated 8845s: record in the remote view (mouse and
 * keyboard), edit and save in the editor, reload the file, run it from the Phones window on three phones.
 */
class MacroRecordAndRunGuiTest {

    private static final String USER = "macrouser";
    private static final String PASSWORD = "s3cret-Macro";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private PhoneLab lab;
    private RemoteUiFixture ui;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<MacroEditorPanel> editor = new AtomicReference<>();
    private final AtomicReference<MacroRunPanel> runPanel = new AtomicReference<>();
    private RecordExtension record;
    private RunMacroExtension run;

    @BeforeEach
    void hooks() {
        record = Lookup.getDefault().lookupAll(RemoteViewExtension.class).stream()
                .filter(RecordExtension.class::isInstance).map(RecordExtension.class::cast).findFirst().orElseThrow();
        run = Lookup.getDefault().lookupAll(PhonesWindowExtension.class).stream()
                .filter(RunMacroExtension.class::isInstance).map(RunMacroExtension.class::cast).findFirst().orElseThrow();
        record.setEditorOpener((macro, phone) -> {
            editor.set(new MacroEditorPanel(macro, null, phone, dialogs)); // the Swing thread: the test shows it
        });
        run.setDialogs(dialogs);
        run.setShower(runPanel::set); // the Swing thread: the test shows it
        run.setSettings(PlayerSettings.defaults().withRetries(1, Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        record.setEditorOpener(MacroEditorTopComponent::open);
        run.setDialogs(new PlatformDialogs(RunMacroExtension.FILES_KEY));
        run.setShower(MacroRunTopComponent::show);
        run.setSettings(PlayerSettings.defaults());
        if (ui != null) {
            ui.close();
        }
        if (lab != null) {
            lab.close();
        }
    }

    private void start(String firstAddress) throws Exception {
        start(firstAddress, Duration.ofMillis(500));
    }

    /** Four 8845s with an ITL and a CTL each; phone 0 is for recording, 1-3 are the Desk group. */
    private void start(String firstAddress, Duration rebootTime) throws Exception {
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress(firstAddress).add(4, "8845")
                .trustFiles("test ITL".getBytes(StandardCharsets.US_ASCII), "test CTL".getBytes(StandardCharsets.US_ASCII))
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(rebootTime).start();
        ui = new RemoteUiFixture(dir, lab);
    }

    private List<SimulatedPhone> desk() {
        return lab.phones().subList(1, 4);
    }

    @Test
    void aMacroRecordedInTheRemoteViewIsSavedReloadedAndRunOnThreePhones() throws Exception {
        start("127.0.95.1");
        PhoneEntry recordOn = ui.save(lab.phone(0), "Bench", USER, PASSWORD);
        for (SimulatedPhone p : desk()) {
            ui.save(p, "Desk", USER, PASSWORD);
        }

        // record: Applications (mouse), a gap of 1.3 s, NavDwn (keyboard), NavUp (mouse)
        JComponent view = onEdt(() -> ui.remoteView(recordOn));
        JFrameOperator f = new JFrameOperator(frame.show("Remote view", view));
        waitFor("a first screenshot", () -> RemoteUiFixture.paints(view) > 0);
        JToggleButtonOperator rec = new JToggleButtonOperator(f, "Record Macro");
        rec.push();
        new JButtonOperator(onEdt(() -> RemoteUiFixture.key(view, "Applications"))).push();
        waitFor("the Applications menu", () -> lab.phone(0).screen().title().equals("Applications"));
        Thread.sleep(1300);
        JComponentOperator screen = new JComponentOperator(onEdt(() -> RemoteUiFixture.screen(view)));
        screen.clickMouse();
        waitFor("the screen to have the focus", () -> RemoteUiFixture.screen(view).isFocusOwner());
        screen.pushKey(KeyEvent.VK_DOWN);
        new JButtonOperator(onEdt(() -> RemoteUiFixture.key(view, "NavUp"))).push();
        waitFor("three keys on the phone", () -> lab.phone(0).acceptedKeys() == 3);
        rec.push();

        // the editor opens with the recording
        waitFor("the editor", () -> editor.get() != null);
        MacroEditorPanel ed = editor.get();
        List<Step> recorded = onEdt(() -> ed.current().steps());
        assertEquals(4, recorded.size(), recorded.toString());
        assertEquals(new Step.Key("Applications"), recorded.get(0));
        assertTrue(recorded.get(1) instanceof Step.Pause p && p.millis() >= 1300 && p.millis() < 10_000, recorded.toString());
        assertEquals(List.of(new Step.Key("NavDwn"), new Step.Key("NavUp")), recorded.subList(2, 4));
        assertEquals("recorded-8845", onEdt(() -> ed.current().name()));

        // a guard on the recorded phone's current screen after the first key; a new name; save
        JFrameOperator ef = new JFrameOperator(frame.show("Macro editor", ed));
        JTableOperator steps = new JTableOperator(ef);
        steps.selectCell(0, 1);
        new JButtonOperator(ef, "Add Guard").push();
        waitFor("the guard row", () -> ed.table().getRowCount() == 5);
        assertEquals(new Step.ExpectScreen(ScreenPart.TITLE, "^Applications$"), onEdt(() -> ed.current().steps().get(1)));
        JTextFieldOperator name = new JTextFieldOperator((javax.swing.JTextField) new JLabelOperator(ef, "Name:").getLabelFor());
        name.clearText();
        name.typeText("apps-nav");
        Path file = dir.resolve("macros/apps-nav.json");
        Files.createDirectories(file.getParent());
        dialogs.files.add(file);
        new JButtonOperator(ef, "Save").push();
        waitFor("the macro file", () -> Files.exists(file) && ed.statusText().startsWith("Saved"));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());

        // reload: the file holds what the editor shows
        Macro saved = MacroJson.read(file);
        assertEquals("apps-nav", saved.name());
        assertEquals(onEdt(() -> ed.current().steps()), saved.steps());
        assertEquals(5, saved.steps().size());

        // run it on the Desk group from the Phones window
        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));
        dialogs.files.add(file);
        new JButtonOperator(pf, "Run Macro\u2026").push();
        waitFor("the results window", () -> runPanel.get() != null);
        MacroRunPanel results = runPanel.get();
        JFrameOperator rf = new JFrameOperator(frame.show("Macro run", results));
        waitFor("the run to finish", () -> !results.running() && results.results().size() == 3);
        JTable table = onEdt(results::table);
        for (int row = 0; row < 3; row++) {
            int r = row;
            assertEquals(Outcome.SUCCESS.name(), onEdt(() -> table.getValueAt(r, ResultsModel.OUTCOME)),
                    onEdt(() -> table.getValueAt(r, ResultsModel.PHONE) + ": " + table.getValueAt(r, ResultsModel.MESSAGE)));
        }
        assertTrue(onEdt(results::statusText).startsWith("Finished: 3 of 3"), onEdt(results::statusText));
        for (SimulatedPhone p : desk()) {
            assertEquals("Applications", p.screen().title(), p.name());
            assertEquals(3, p.acceptedKeys(), p.name() + ": the three keys, once each");
        }
        assertEquals(3, lab.phone(0).acceptedKeys(), "the recording phone is not in the run");
        assertTrue(dialogs.asked.stream().noneMatch(q -> q.contains("destructive")), "a plain macro runs without asking");

        // the results export as CSV
        Path csv = dir.resolve("results.csv");
        dialogs.files.add(csv);
        new JButtonOperator(rf, "Export CSV\u2026").push();
        waitFor("the CSV", () -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.subList(1, 4).stream().allMatch(l -> l.contains(",SUCCESS,")), lines.toString());
    }

    @Test
    void stepThroughPlaysTheSelectedStepOnTheRecordedPhoneAndStopsAtAFailingGuard() throws Exception {
        start("127.0.95.31");
        SimulatedPhone target = lab.phone(0);
        Macro macro = Macro.of("check", List.of(new Step.Key("Applications"),
                new Step.ExpectScreen(ScreenPart.TITLE, "^Applications$"),
                new Step.ExpectScreen(ScreenPart.TITLE, "^Directories$"), new Step.Key("NavDwn")));
        try (PhoneClient client = new PhoneClient(CredentialsProvider.fixed(new PhoneCredentials(USER,
                PASSWORD.toCharArray())))) {
            MacroEditorPanel ed = onEdt(() -> new MacroEditorPanel(macro, null,
                    client.phone(PhoneAddress.parse(target.hostAndPort())), dialogs));
            JFrameOperator ef = new JFrameOperator(frame.show("Macro editor", ed));
            JTableOperator steps = new JTableOperator(ef);
            steps.selectCell(0, 1);
            new JButtonOperator(ef, "Play Step").push();
            waitFor("the first step played", () -> ed.statusText().equals("Step 1: pressed Applications"));
            assertEquals(1, target.acceptedKeys());
            waitFor("the next step selected", () -> steps.getSelectedRow() == 1);
            new JButtonOperator(ef, "Play Step").push();
            waitFor("the guard", () -> ed.statusText().startsWith("Step 2: guard passed"));
            waitFor("the third step selected", () -> steps.getSelectedRow() == 2);
            new JButtonOperator(ef, "Play Step").push();
            waitFor("the failing guard", () -> ed.statusText().startsWith("Step 3 stopped: guard failed"));
            assertEquals(2, onEdt(() -> steps.getSelectedRow()), "a failed step keeps the selection");
            assertEquals(1, target.acceptedKeys(), "guards send no keys");
        }
    }

    @Test
    void theBuiltInEraseItlRunsOnTheSelectedGroupAndTheItlsAreGone() throws Exception {
        start("127.0.95.21");
        for (SimulatedPhone p : desk()) {
            ui.save(p, "Desk", USER, PASSWORD);
        }
        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));
        dialogs.choice = "erase-itl";
        new JButtonOperator(pf, "Run Built-in Macro\u2026").push();
        waitFor("the results window", () -> runPanel.get() != null);
        assertTrue(dialogs.asked.get(0).contains("erase-itl"), "the built-ins were offered: " + dialogs.asked);
        assertTrue(dialogs.asked.get(1).contains("3 phone(s)"), "a destructive built-in asks first: " + dialogs.asked);
        MacroRunPanel results = runPanel.get();
        waitFor("the run to finish", () -> !results.running() && results.results().size() == 3);
        assertTrue(results.results().stream().allMatch(r -> r.outcome().succeeded()), results.results().toString());
        for (SimulatedPhone p : desk()) {
            assertTrue(!p.hasItl(), p.name() + ": the ITL is still there");
        }
        assertTrue(lab.phone(0).hasItl(), "the phone outside the selection is untouched");
    }

    @Test
    void aDestructiveMacroAsksWithThePhoneCountAndNoRunsNothing() throws Exception {
        start("127.0.95.11");
        for (SimulatedPhone p : desk()) {
            ui.save(p, "Desk", USER, PASSWORD);
        }
        Path file = dir.resolve("erase.json");
        Files.writeString(file, MacroJson.write(new Macro("erase-apps", "opens Applications", List.of(), Macro.DEFAULT_DELAY,
                true, false, List.of(new Step.Key("Applications")), List.of())));
        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));
        dialogs.yes = false;
        dialogs.files.add(file);
        new JButtonOperator(pf, "Run Macro\u2026").push();
        waitFor("the confirmation", () -> dialogs.asked.size() == 2);
        String question = dialogs.asked.get(1);
        assertTrue(question.contains("erase-apps") && question.contains("destructive") && question.contains("3 phone(s)"), question);
        Thread.sleep(1500);
        assertEquals(null, runPanel.get(), "no results window after No");
        for (SimulatedPhone p : desk()) {
            assertEquals(0, p.acceptedKeys(), p.name() + " was touched");
        }

        dialogs.yes = true;
        dialogs.files.add(file);
        new JButtonOperator(pf, "Run Macro\u2026").push();
        waitFor("the results window after Yes", () -> runPanel.get() != null);
        MacroRunPanel results = runPanel.get();
        waitFor("the run to finish", () -> !results.running() && results.results().size() == 3);
        assertTrue(results.results().stream().allMatch(r -> r.outcome() == Outcome.SUCCESS), results.results().toString());
        assertNotNull(dialogs.asked.get(3));
        assertTrue(dialogs.asked.get(3).contains("3 phone(s)"), dialogs.asked.toString());
    }

    @Test
    void anItlEraseRecordedOnOnePhoneErasesTheItlOfThreeOthers() throws Exception {
        start("127.0.95.21", Duration.ofSeconds(30)); // erased phones stay down: the test looks at them
        PhoneEntry recordOn = ui.save(lab.phone(0), "Bench", USER, PASSWORD);
        for (SimulatedPhone p : desk()) {
            ui.save(p, "Desk", USER, PASSWORD);
            assertTrue(p.hasItl(), p.name());
        }
        JComponent view = onEdt(() -> ui.remoteView(recordOn));
        JFrameOperator f = new JFrameOperator(frame.show("Remote view", view));
        waitFor("a first screenshot", () -> RemoteUiFixture.paints(view) > 0);
        JToggleButtonOperator rec = new JToggleButtonOperator(f, "Record Macro");
        rec.push();
        // the 8845's sequence, as an engineer types it: the Applications menu takes its time to open
        new JButtonOperator(onEdt(() -> RemoteUiFixture.key(view, "Applications"))).push();
        waitFor("the Applications menu", () -> lab.phone(0).screen().title().equals("Applications"));
        Thread.sleep(3100);
        for (String key : List.of("KeyPad6", "KeyPad4", "KeyPad5", "Soft3")) { // Admin settings, Reset settings, Security settings
            new JButtonOperator(onEdt(() -> RemoteUiFixture.key(view, key))).push();
        }
        waitFor("the recording phone's ITL to go", () -> !lab.phone(0).hasItl());
        rec.push();

        waitFor("the editor", () -> editor.get() != null);
        MacroEditorPanel ed = editor.get();
        JFrameOperator ef = new JFrameOperator(frame.show("Macro editor", ed));
        List<Step> recorded = onEdt(() -> ed.current().steps());
        assertEquals(6, recorded.size(), recorded.toString());
        assertTrue(recorded.get(1) instanceof Step.Pause p && p.millis() >= 3100, recorded.toString());
        new JCheckBoxOperator(ef, "Destructive").push();
        new JCheckBoxOperator(ef, "restarts after the last key").push();
        Path file = dir.resolve("erase-itl-8845.json");
        dialogs.files.add(file);
        new JButtonOperator(ef, "Save").push();
        waitFor("the macro file", () -> Files.exists(file) && ed.statusText().startsWith("Saved"));
        Macro saved = MacroJson.read(file);
        assertTrue(saved.destructive() && saved.reboots(), "the flags are saved");

        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));
        dialogs.files.add(file);
        new JButtonOperator(pf, "Run Macro\u2026").push();
        waitFor("the results window", () -> runPanel.get() != null);
        assertTrue(dialogs.asked.stream().anyMatch(q -> q.contains("destructive") && q.contains("3 phone(s)")), dialogs.asked.toString());
        MacroRunPanel results = runPanel.get();
        frame.show("Macro run", results);
        waitFor("the run to finish", () -> !results.running() && results.results().size() == 3);
        JTable table = onEdt(results::table);
        for (int row = 0; row < 3; row++) {
            int r = row;
            String outcome = onEdt(() -> (String) table.getValueAt(r, ResultsModel.OUTCOME));
            assertTrue(Outcome.valueOf(outcome).succeeded(), onEdt(() -> table.getValueAt(r, ResultsModel.PHONE) + ": "
                    + outcome + " " + table.getValueAt(r, ResultsModel.MESSAGE)));
        }
        for (SimulatedPhone p : desk()) {
            assertTrue(!p.hasItl(), p.name() + ": the ITL is still there");
        }
    }
}
