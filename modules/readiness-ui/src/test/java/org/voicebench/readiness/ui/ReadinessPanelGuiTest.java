package org.voicebench.readiness.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.swing.JList;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JListOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.cucm.PhoneVendorConfig;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.SettingsAccess;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.readiness.CampaignState;
import org.voicebench.readiness.Outcome;
import org.voicebench.readiness.ReadinessReport;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;

/**
 * The Readiness window through its real Swing UI (Jemmy), on a simulated cluster published as the running Phone Lab:
 * From Phone Lab, the change built in the editor, Run Check listing the settings-locked phones FACTORY_RESET_ONLY
 * first with the red banner, counts and chart; Prepare Access... confirming with the number of phones and what
 * changes, then the check again (green); Restore... from the journal putting every setting back; the HTML export.
 * Cluster on 127.0.194.x, phones on 127.0.195.x.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadinessPanelGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private SimulatedFleet fleet;
    private ReadinessPanel panel;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @BeforeEach
    void start() throws Exception {
        fleet = SimulatedFleet.start("127.0.194.1", "127.0.195.1", 194);
    }

    @AfterEach
    void stop() {
        if (panel != null) {
            onEdt(() -> {
                panel.closed();
                return null;
            });
        }
        if (fleet != null) {
            fleet.close();
        }
    }

    private JFrameOperator show() {
        panel = onEdt(() -> {
            ReadinessPanel p = new ReadinessPanel(new FakeLabService(fleet), dialogs, TrustListDownloader.withDefaults(),
                    () -> "");
            p.setPhones(fleet.readinessPhones(), false);
            return p;
        });
        frame.show("Readiness", panel);
        return new JFrameOperator("Readiness");
    }

    private static void addChange(JFrameOperator f, String text) {
        JComboBoxOperator choice = new JComboBoxOperator(f, new NameComponentChooser("changeChoice"));
        choice.selectItem(text);
        new JButtonOperator(f, new NameComponentChooser("addChange")).push();
    }

    private List<Outcome> outcomesShown(JTable table) {
        return onEdt(() -> {
            List<Outcome> out = new ArrayList<>();
            for (int i = 0; i < table.getRowCount(); i++) {
                out.add((Outcome) table.getValueAt(i, 0));
            }
            return out;
        });
    }

    @Test
    void settingsLockedPhonesAreFactoryResetOnlyAndPrepareThenRestoreReturnsTheOriginals() throws Exception {
        List<PhoneConditions> before = fleet.conditions();
        Map<String, PhoneVendorConfig> axlBefore = fleet.axlConfigs();
        JFrameOperator f = show();

        new JButtonOperator(f, new NameComponentChooser("fromLab")).push();
        JTextAreaOperator itls = new JTextAreaOperator(f, new NameComponentChooser("clusterItls"));
        waitFor("the lab's ITLs", () -> itls.getText().contains(fleet.itlUrls().get(0)));
        JTextFieldOperator host = new JTextFieldOperator(f, new NameComponentChooser("cucmHost"));
        assertEquals(fleet.api().host() + ":" + fleet.api().port(), host.getText());
        JComboBoxOperator choice = new JComboBoxOperator(f, new NameComponentChooser("changeChoice"));
        waitFor("the node names offered", () -> choice.getModel().getSize() > 3);
        assertTrue(onEdt(() -> {
            List<String> offered = new ArrayList<>();
            for (int i = 0; i < choice.getModel().getSize(); i++) {
                offered.add(choice.getModel().getElementAt(i).toString());
            }
            return offered;
        }).contains("regenerate:CallManager@cucm-pub"));

        // a malformed change is refused with the reason; then the rejecting change: ITLRecovery and every TVS
        onEdt(() -> panel.form().change().add("regenerate:Nonsense"));
        assertTrue(panel.errorText().contains("unknown role"), panel.errorText());
        addChange(f, "regenerate:ITLRecovery");
        addChange(f, "regenerate:TVS");
        JListOperator changes = new JListOperator(f, new NameComponentChooser("changes"));
        assertEquals(2, changes.getModel().getSize());

        new JButtonOperator(f, new NameComponentChooser("runCheck")).push();
        waitFor("the check", () -> panel.report() != null && !panel.isRunning());
        ReadinessReport r = panel.report();
        JTable table = (JTable) new JTableOperator(f, new NameComponentChooser("readiness")).getSource();
        List<Outcome> shown = outcomesShown(table);
        assertEquals(List.of(Outcome.FACTORY_RESET_ONLY, Outcome.FACTORY_RESET_ONLY, Outcome.ERASE_AT_PHONE,
                Outcome.ERASE_WEB), shown, "blocking first");
        List<String> lockedNames = onEdt(() -> List.of((String) table.getValueAt(0, 1), (String) table.getValueAt(1, 1)));
        assertTrue(lockedNames.containsAll(List.of(fleet.disabled().name(), fleet.restricted().name())), lockedNames.toString());
        assertEquals(Boolean.FALSE, panel.ready());
        assertEquals("2 of 4 phone(s) would need a factory reset after the change.", panel.bannerText());
        assertEquals("FACTORY_RESET_ONLY 2, ERASE_AT_PHONE 1, ERASE_WEB 1", panel.countsText());
        assertEquals(Map.of(Outcome.FACTORY_RESET_ONLY, 2, Outcome.ERASE_AT_PHONE, 1, Outcome.ERASE_WEB, 1),
                onEdt(() -> panel.chart().data()).get("8845"));
        assertEquals(2, onEdt(() -> panel.nextItls().getRowCount()), "each node's ITL after the change");
        assertEquals("by a factory reset only", onEdt(() -> table.getValueAt(0, 10)));
        assertFalse(r.ready());

        // Prepare Access...: the plan read from CUCM, one confirmation naming the phones and what changes
        Path journal = dir.resolve("change-42.json");
        new JTextFieldOperator(f, new NameComponentChooser("journal")).setText(journal.toString());
        new JButtonOperator(f, new NameComponentChooser("prepare")).push();
        waitFor("the prepare and the check after it", () -> panel.campaign() != null && !panel.isRunning());
        String asked = dialogs.asked.get(dialogs.asked.size() - 1);
        assertTrue(asked.startsWith("Turn on Web Access on 1 phone(s) and Settings Access on 2 phone(s) (3 phone(s) in"
                + " all)"), asked);
        assertTrue(asked.contains(journal.toString()), asked);
        assertTrue(panel.campaign().complete(), panel.campaign().toString());
        assertTrue(Files.exists(journal));
        assertEquals(List.of(CampaignState.TAKEN, CampaignState.TAKEN, CampaignState.TAKEN), onEdt(() ->
                panel.campaignRows().rows().stream().map(p -> p.state()).toList()));
        assertEquals(Boolean.TRUE, panel.ready(), "after the prepare no phone would need a factory reset");
        assertTrue(panel.report().ready());
        for (SimulatedPhone p : fleet.phones().phones()) {
            assertEquals(SettingsAccess.ENABLED, p.conditions().settingsAccess(), p.toString());
            assertTrue(p.conditions().webAccess(), p.toString());
        }

        // Export HTML: the report shown (after the prepare)
        Path html = dir.resolve("before.html");
        dialogs.files.add(html);
        new JButtonOperator(f, new NameComponentChooser("exportHtml")).push();
        waitFor("the export", () -> Files.exists(html));
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("No phone would need a factory reset"));

        // Restore...: the journal of the form, one confirmation, every setting back
        new JButtonOperator(f, new NameComponentChooser("restore")).push();
        waitFor("the restore", () -> panel.campaign() != null && panel.campaign().restore() && !panel.isRunning());
        assertTrue(dialogs.asked.get(dialogs.asked.size() - 1).startsWith("Put the settings of 3 phone(s) back"),
                dialogs.asked.toString());
        assertTrue(panel.campaign().complete(), panel.campaign().toString());
        assertEquals(List.of(CampaignState.RESTORED, CampaignState.RESTORED, CampaignState.RESTORED), onEdt(() ->
                panel.campaignRows().rows().stream().map(p -> p.state()).toList()));
        assertEquals(before, fleet.conditions(), "every phone's settings as they were");
        assertEquals(axlBefore, fleet.axlConfigs(), "CUCM holds the originals again");
        assertEquals(" ", panel.errorText());
    }

    @Test
    void aDryRunShowsThePlanAndChangesNothing() throws Exception {
        List<PhoneConditions> before = fleet.conditions();
        JFrameOperator f = show();
        new JButtonOperator(f, new NameComponentChooser("fromLab")).push();
        JTextAreaOperator itls = new JTextAreaOperator(f, new NameComponentChooser("clusterItls"));
        waitFor("the lab's ITLs", () -> itls.getText().contains(fleet.itlUrls().get(0)));
        addChange(f, "regenerate:ITLRecovery");
        addChange(f, "regenerate:TVS");
        new JButtonOperator(f, new NameComponentChooser("runCheck")).push();
        waitFor("the check", () -> panel.report() != null && !panel.isRunning());
        Path journal = dir.resolve("dry.json");
        new JTextFieldOperator(f, new NameComponentChooser("journal")).setText(journal.toString());
        new org.netbeans.jemmy.operators.JCheckBoxOperator(f, new NameComponentChooser("dryRun")).push();
        new JButtonOperator(f, new NameComponentChooser("prepare")).push();
        waitFor("the plan", () -> panel.statusText().startsWith("Dry run"));
        assertEquals(3, onEdt(() -> panel.campaignRows().getRowCount()));
        assertEquals(List.of(CampaignState.PLANNED, CampaignState.PLANNED, CampaignState.PLANNED), onEdt(() ->
                panel.campaignRows().rows().stream().map(p -> p.state()).toList()));
        assertTrue(dialogs.asked.isEmpty(), "a dry run asks nothing: " + dialogs.asked);
        assertFalse(Files.exists(journal), "nor writes a journal");
        assertEquals(before, fleet.conditions());
        assertNotNull(panel.report());
    }
}
