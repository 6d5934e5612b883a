package org.voicebench.macro.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.openide.util.Lookup;
import org.voicebench.cti.ui.FixedCtiConfiguration;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.macro.run.PhoneResult;
import org.voicebench.macro.run.PlayerSettings;
import org.voicebench.phone.KeyTransport;
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
 * The macro runner's transport choice through the real Phones window: with CTI configured it asks web/cti/auto (the
 * options' default first); under auto the built-in erase goes over CTI to the phones whose web access is off and over
 * the web to the others, and the results' Keys column says which. Cluster 127.0.99.1, phones 127.0.99.11.
 */
@Timeout(150)
class MacroRunOverCtiGuiTest {

    private static final String USER = "macro-cti";
    private static final String PASSWORD = "Macro-Cti-S3cret!";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Macro-Cti-User-S3cret!";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final AtomicReference<MacroRunPanel> runPanel = new AtomicReference<>();
    private SimulatedCluster cluster;
    private PhoneLab lab;
    private RemoteUiFixture ui;
    private RunMacroExtension run;

    @BeforeEach
    void hooks() {
        run = Lookup.getDefault().lookupAll(PhonesWindowExtension.class).stream()
                .filter(RunMacroExtension.class::isInstance).map(RunMacroExtension.class::cast).findFirst().orElseThrow();
        run.setDialogs(dialogs);
        run.setShower(runPanel::set);
        run.setSettings(PlayerSettings.defaults().withRetries(1, Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        run.setDialogs(new PlatformDialogs(RunMacroExtension.FILES_KEY));
        run.setShower(MacroRunTopComponent::show);
        run.setSettings(PlayerSettings.defaults());
        run.setCti(CtiConfiguration::getDefault);
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
    void underAutoTheWebOffPhonesAreErasedOverCtiAndTheResultsSaySo() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(99).firstAddress("127.0.99.1").freePorts().start();
        PhoneConditions off = PhoneConditions.NORMAL.withWebAccess(false);
        lab = PhoneLab.builder().user(USER, PASSWORD).firstAddress("127.0.99.11").add(1, "8845").add(1, "7962", off)
                .add(1, "7942", off).trustFiles("test ITL".getBytes(StandardCharsets.US_ASCII),
                        "test CTL".getBytes(StandardCharsets.US_ASCII))
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofSeconds(30)).start();
        cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, lab.phones().stream().map(SimulatedPhone::name).toList());
        SimulatedCti cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200)));
        run.setCti(() -> FixedCtiConfiguration.lab(cti.host(), CTI_USER, CTI_PASSWORD, Duration.ofMillis(200)));
        ui = new RemoteUiFixture(dir, lab);
        for (SimulatedPhone p : lab.phones()) {
            ui.save(p, "Desk", USER, PASSWORD);
        }
        JComponent phones = onEdt(() -> ui.phonesPanel());
        JFrameOperator pf = new JFrameOperator(frame.show("Phones", phones));
        waitFor("the Desk group", () -> RemoteUiFixture.selectGroup(phones, "Desk"));

        dialogs.choices.add("erase-itl");
        dialogs.choices.add("auto");
        new JButtonOperator(pf, "Run Built-in Macro\u2026").push();
        waitFor("the results window", () -> runPanel.get() != null);
        String transport = dialogs.asked.stream().filter(q -> q.contains("web") && q.contains("cti")).findFirst()
                .orElseThrow(() -> new AssertionError("no transport question: " + dialogs.asked));
        assertTrue(transport.endsWith(": auto,web,cti"), "the options' default (auto) first: " + transport);

        MacroRunPanel results = runPanel.get();
        waitFor("the run to finish", () -> !results.running() && results.results().size() == 3);
        Map<String, KeyTransport> how = new HashMap<>();
        for (PhoneResult r : results.results()) {
            assertTrue(r.outcome().succeeded(), r.toString());
            how.put(r.name(), r.transport());
        }
        assertEquals(Map.of(lab.phone(0).name(), KeyTransport.WEB, lab.phone(1).name(), KeyTransport.CTI,
                lab.phone(2).name(), KeyTransport.CTI), how);
        for (SimulatedPhone p : lab.phones()) {
            assertFalse(p.hasItl(), p.name() + ": the ITL is still there");
        }
        JTable table = onEdt(results::table);
        Map<String, String> shown = onEdt(() -> {
            Map<String, String> out = new HashMap<>();
            int keys = table.getColumnModel().getColumnIndex("Keys");
            for (int r = 0; r < table.getRowCount(); r++) {
                out.put(String.valueOf(table.getValueAt(r, 0)), String.valueOf(table.getValueAt(r, keys)));
            }
            return out;
        });
        assertEquals(2, shown.values().stream().filter("cti"::equals).count(), shown.toString());
        assertEquals(1, shown.values().stream().filter("web"::equals).count(), shown.toString());
        assertEquals(0, cti.droppedData(), "paced: no key lost");
    }
}
