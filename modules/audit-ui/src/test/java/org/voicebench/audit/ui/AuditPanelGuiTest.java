package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.swing.JTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.audit.PlanItem;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;

/**
 * The Trust Audit window in a frame against a simulated three-node cluster whose CallManager certificate was
 * regenerated: From Phone Lab, Run Audit, Plan Fix, Fix, the final table, filters, counts, chart, exports.
 */
class AuditPanelGuiTest {

    private static final String USER = "audit-ui";
    private static final String PASSWORD = "s3cret-AuditUi";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private SimulatedCluster cluster;
    private PhoneLab lab;
    private PhoneClient client;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();

    @AfterEach
    void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (lab != null) {
            lab.close();
        }
        if (cluster != null) {
            cluster.close();
        }
    }

    /** Phones 0, 1, 4: stale 8845s; 2: a 7965 holding its node's current ITL; 3: a 7841 with web access off. */
    private void startLab(String clusterAddress, String firstAddress) throws Exception {
        startCluster(clusterAddress);
        lab = labBuilder(firstAddress).add(2, "8845").add(1, "7965")
                .add(1, "7841", PhoneConditions.NORMAL.withWebAccess(false)).add(1, "8845").start();
        SimulatedPhone current = lab.phone(2);
        current.installItl(cluster.currentItl(nodeOf(current).name()));
    }

    private void startCluster(String firstAddress) throws Exception {
        cluster = SimulatedCluster.builder().nodes(3).keyBits(1024).seed(91).firstAddress(firstAddress).freePorts()
                .tftpPort(0).scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
        client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withQueueTimeout(Duration.ofSeconds(10)).withMaxConnections(32),
                CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    /** Phones that show the erase message for 300 ms and restart in a second. */
    private PhoneLab.Builder labBuilder(String firstAddress) {
        return PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(firstAddress)
                .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1));
    }

    private ClusterNode nodeOf(SimulatedPhone phone) {
        return cluster.nodes().stream().filter(n -> n.fqdn().equalsIgnoreCase(phone.tftpServer())).findFirst()
                .orElseThrow(() -> new AssertionError(phone + " names no node: " + phone.tftpServer()));
    }

    /** The lab's phones as the Phones window's "Lab" group lists them. */
    private List<PhoneEntry> entries() {
        return lab.phones().stream().map(p -> new PhoneEntry(PhoneAddress.parse(p.hostAndPort()), p.name(), "Lab",
                p.profile().model(), "")).toList();
    }

    private AuditPanel show(int concurrency) {
        AuditPanel panel = onEdt(() -> {
            AuditPanel p = new AuditPanel(new FakeLabService(lab, cluster), dialogs, TrustListDownloader.withDefaults());
            p.setPhones(new PhoneSet(entries(), client, ModelProfiles.builtIn()));
            return p;
        });
        frame.show("Trust Audit", panel);
        onEdt(() -> {
            panel.inputs().setConcurrency(concurrency);
            return null;
        });
        return panel;
    }

    private static JButtonOperator button(JFrameOperator f, String name) {
        return new JButtonOperator(f, new NameComponentChooser(name));
    }

    private static List<AuditState> column(JTable table, int column) {
        List<AuditState> out = new ArrayList<>();
        for (int i = 0; i < table.getModel().getRowCount(); i++) {
            out.add((AuditState) table.getModel().getValueAt(i, column));
        }
        return out;
    }

    @Test
    void auditsPlansFixesAndExportsTheFleet() throws Exception {
        startLab("127.0.142.1", "127.0.141.1");
        AuditPanel panel = show(3);
        JFrameOperator f = new JFrameOperator(frame.get());
        assertEquals("Phones: 5 (from the Phones window: Lab)", onEdt(() -> panel.inputs().phonesText()));

        // the lab's node URLs and baselines
        button(f, "fromLab").push();
        JTextAreaOperator locations = new JTextAreaOperator(f, new NameComponentChooser("locations"));
        waitFor("the nodes' ITL URLs", () -> locations.getText().lines().count() == 3);
        for (ClusterNode n : cluster.nodes()) {
            assertTrue(locations.getText().contains(n.itlHttpUrl()), locations.getText());
        }
        new JLabelOperator(f, "+ the Phone Lab's baseline ITL of 3 node(s)");

        // assess: rows appear live, the banner turns red
        AtomicBoolean liveAssess = new AtomicBoolean();
        onEdt(() -> {
            panel.rows().addTableModelListener(e -> {
                if (panel.report() == null && panel.rows().getRowCount() > 0) {
                    liveAssess.set(true);
                }
            });
            return null;
        });
        button(f, "runAudit").push();
        waitFor("the audit's report", () -> panel.report() != null && !panel.isRunning());
        assertTrue(liveAssess.get(), "rows appeared before the audit finished");
        assertEquals("", onEdt(panel::errorText).strip());
        JTable fleet = onEdt(() -> panel.results().table());
        assertEquals(List.of(AuditState.MISMATCH, AuditState.MISMATCH, AuditState.MATCH, AuditState.UNKNOWN,
                AuditState.MISMATCH), onEdt(() -> column(fleet, AuditRowsModel.STATE)));
        assertEquals(Boolean.FALSE, onEdt(() -> panel.banner().trusted()));
        assertEquals(AuditBanner.RED, onEdt(() -> panel.banner().getBackground()));
        javax.swing.JSplitPane split = (javax.swing.JSplitPane) new org.netbeans.jemmy.operators.ContainerOperator<>(f)
                .findSubComponent(new NameComponentChooser("tableAndChart"));
        assertTrue(onEdt(() -> split.getLeftComponent().getWidth() > split.getRightComponent().getWidth()
                && split.getLeftComponent().getHeight() >= split.getRightComponent().getHeight()),
                "the table gets the space, the chart sits beside it");
        assertEquals(nodeOf(lab.phone(0)).fqdn(), onEdt(() -> fleet.getModel().getValueAt(0, AuditRowsModel.TFTP)));
        assertTrue(onEdt(() -> panel.results().countsText()).contains("MISMATCH 3"), onEdt(() -> panel.results().countsText()));
        String baselineNote = onEdt(() -> panel.report().rows().get(0).phone().recoveryNote());
        assertTrue(baselineNote.contains("baseline ITL of"), "the lab's baselines were known: " + baselineNote);

        // plan: erase all three (the option), then the least: restart the three the comparer says recover, the web-off
        // phone skipped
        new JCheckBoxOperator(f, new NameComponentChooser("eraseAll")).push();
        button(f, "planFix").push();
        waitFor("the erase-all plan", () -> panel.planModel().plan() != null && panel.planModel().plan().erasing().size() == 3);
        assertEquals("erase (erase-itl)", onEdt(() -> panel.planModel().getValueAt(0, 3)));
        new JCheckBoxOperator(f, new NameComponentChooser("eraseAll")).push();
        waitFor("the plan", () -> panel.planModel().plan().restarting().size() == 3);
        assertEquals(4, onEdt(() -> panel.planModel().getRowCount()));
        assertEquals(0, onEdt(() -> panel.planModel().plan().erasing().size()));
        assertEquals("restart (restart)", onEdt(() -> panel.planModel().getValueAt(0, 3)));
        assertEquals(lab.phone(3).hostAndPort(), onEdt(() -> panel.planModel().plan().skipped().get(0).phone().address()));
        assertEquals("web", onEdt(() -> panel.planModel().getValueAt(0, 4)), "the Keys column: a restart over the web");
        assertEquals("", onEdt(() -> panel.planModel().getValueAt(3, 4)), "no keys for a skipped phone");
        assertTrue(onEdt(() -> (String) panel.planModel().getValueAt(3, 5)).contains("web access is off"),
                onEdt(() -> (String) panel.planModel().getValueAt(3, 5)));
        JButtonOperator fix = button(f, "fix");
        assertTrue(fix.getText().contains("3"), fix.getText());

        // fix: confirmed with the number of phones; rows turn FIXED before the run ends
        AtomicBoolean liveFix = new AtomicBoolean();
        onEdt(() -> {
            panel.rows().addTableModelListener(e -> {
                if (panel.isRunning() && panel.rows().rows().stream().anyMatch(r -> r.state() == AuditState.FIXED)) {
                    liveFix.set(true);
                }
            });
            return null;
        });
        fix.push();
        waitFor("the fix's report", () -> panel.report() != null && panel.report().fixRun() && !panel.isRunning());
        assertEquals(List.of("Restart 3 phone(s) and erase the ITL of 0 phone(s) with the erase-itl macro?\nA restarted"
                + " phone that still does not trust the cluster is erased too; an erased phone takes the next ITL it is"
                + " given on trust."), dialogs.asked);
        assertTrue(onEdt(panel::report).rows().stream().filter(r -> r.state() == AuditState.FIXED)
                .allMatch(r -> r.done().equals(List.of(PlanItem.Action.RESTART))), "fixed by restarts alone, nothing erased");
        assertTrue(liveFix.get(), "rows turned FIXED while the fix ran");
        assertEquals(List.of(AuditState.FIXED, AuditState.FIXED, AuditState.MATCH, AuditState.NOT_ATTEMPTED,
                AuditState.FIXED), onEdt(() -> column(fleet, AuditRowsModel.STATE)));
        assertEquals(List.of(AuditState.MISMATCH, AuditState.MISMATCH, AuditState.MATCH, AuditState.UNKNOWN,
                AuditState.MISMATCH), onEdt(() -> column(fleet, AuditRowsModel.FOUND)));
        assertEquals(Boolean.FALSE, onEdt(() -> panel.banner().trusted()), "the web-off phone still does not trust");
        assertTrue(onEdt(() -> panel.banner().text()).contains("1 of 5"), onEdt(() -> panel.banner().text()));
        String counts = onEdt(() -> panel.results().countsText());
        assertTrue(counts.contains("MATCH 1") && counts.contains("FIXED 3") && counts.contains("NOT_ATTEMPTED 1"), counts);
        Map<String, Map<AuditState, Integer>> chart = onEdt(() -> panel.results().chart().data());
        assertEquals(Map.of(AuditState.FIXED, 3), new EnumMap<>(chart.get("8845")), chart.toString());
        assertEquals(1, chart.values().stream().mapToInt(m -> m.getOrDefault(AuditState.NOT_ATTEMPTED, 0)).sum());
        assertTrue(onEdt(() -> panel.results().chart().getAccessibleContext().getAccessibleDescription())
                .contains("8845: FIXED 3"));
        assertFalse(button(f, "fix").isEnabled(), "a fixed audit is not fixed again");

        // filters
        new JComboBoxOperator(f, new NameComponentChooser("stateFilter")).selectItem(AuditState.FIXED.name());
        waitFor("three FIXED rows", () -> fleet.getRowCount() == 3);
        new JComboBoxOperator(f, new NameComponentChooser("nodeFilter")).selectItem(nodeOf(lab.phone(0)).fqdn());
        long fixedOnNode = lab.phones().stream().filter(p -> p.index() != 2 && p.index() != 3)
                .filter(p -> nodeOf(p).equals(nodeOf(lab.phone(0)))).count();
        waitFor("the FIXED rows of one node", () -> fleet.getRowCount() == fixedOnNode);
        new JComboBoxOperator(f, new NameComponentChooser("stateFilter")).selectItem(0);
        new JComboBoxOperator(f, new NameComponentChooser("nodeFilter")).selectItem(0);
        new JComboBoxOperator(f, new NameComponentChooser("modelFilter")).selectItem("8845");
        waitFor("the 8845 rows", () -> fleet.getRowCount() == 3);
        new JComboBoxOperator(f, new NameComponentChooser("modelFilter")).selectItem(0);
        waitFor("all rows", () -> fleet.getRowCount() == 5);

        // exports through the buttons, written atomically
        Path html = dir.resolve("audit.html");
        Path csv = dir.resolve("audit.csv");
        Path json = dir.resolve("audit.json");
        dialogs.files.add(html);
        button(f, "exportHtml").push();
        waitFor("the HTML file", () -> Files.exists(html));
        dialogs.files.add(csv);
        button(f, "exportCsv").push();
        waitFor("the CSV file", () -> Files.exists(csv));
        dialogs.files.add(json);
        button(f, "exportJson").push();
        waitFor("the JSON file", () -> Files.exists(json));
        String page = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(page.contains("<svg") && page.contains("FIXED") && page.contains(lab.phone(3).hostAndPort()), page);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(6, lines.size(), lines.toString());
        assertTrue(lines.stream().filter(l -> l.contains(",FIXED,") || l.contains("FIXED")).count() >= 3, lines.toString());
        JsonNode tree = new ObjectMapper().readTree(json.toFile());
        assertEquals("voicebench-audit/1", tree.path("format").asText(), tree.toString());
        assertEquals(5, tree.path("phones").size(), tree.toString());
        assertTrue(tree.path("fixRun").asBoolean(), tree.toString());
        assertEquals(3, tree.path("counts").path("FIXED").asInt(), tree.toString());
        assertEquals(1, tree.path("counts").path("NOT_ATTEMPTED").asInt(), tree.toString());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors.toString());
        assertTrue(onEdt(panel::statusText).contains(json.toString()), onEdt(panel::statusText));
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "no temporary files left");
        }
        AuditReport report = onEdt(panel::report);
        assertTrue(report.rows().stream().filter(r -> r.state() == AuditState.FIXED).map(AuditRow::after)
                .allMatch(a -> a != null), "each FIXED phone was read again");
    }

    @Test
    void openedFromTheMenuItAuditsTheDefaultPhonesWithTheLabsItls() throws Exception {
        startLab("127.0.142.31", "127.0.141.31");
        AuditPanel panel = onEdt(() -> {
            AuditPanel p = new AuditPanel(new FakeLabService(lab, cluster), dialogs, TrustListDownloader.withDefaults());
            p.setDefaultPhones(() -> new PhoneSet(entries(), client, ModelProfiles.builtIn()));
            p.fillFromLabIfEmpty();
            return p;
        });
        frame.show("Trust Audit", panel);
        JFrameOperator f = new JFrameOperator(frame.get());
        assertTrue(onEdt(() -> panel.inputs().phonesText()).startsWith("Phones: 5 (the Phones window's Lab group"),
                onEdt(() -> panel.inputs().phonesText()));
        JTextAreaOperator locations = new JTextAreaOperator(f, new NameComponentChooser("locations"));
        waitFor("the nodes' ITL URLs filled on opening", () -> locations.getText().lines().count() == 3);

        button(f, "runAudit").push();
        waitFor("the audit's report", () -> panel.report() != null && !panel.isRunning());
        assertEquals(5, onEdt(panel::report).rows().size());
    }

    @Test
    void withoutPhonesOrClusterItlsNothingRuns() throws Exception {
        AuditPanel panel = onEdt(() -> new AuditPanel(null, dialogs, TrustListDownloader.withDefaults()));
        frame.show("Trust Audit", panel);
        JFrameOperator f = new JFrameOperator(frame.get());
        button(f, "runAudit").push();
        waitFor("the hint to choose phones", () -> panel.errorText().contains("Phones window"));
        assertFalse(onEdt(panel::isRunning));
        assertFalse(button(f, "planFix").isEnabled());
        assertFalse(button(f, "exportHtml").isEnabled());
    }

    @Test
    void cancellingTheFixStopsBeforeTheLastPhonesAndReportsWhatEachReached() throws Exception {
        startCluster("127.0.142.11");
        lab = labBuilder("127.0.141.11").add(4, "8845").start();
        AuditPanel panel = show(1);
        JFrameOperator f = new JFrameOperator(frame.get());
        button(f, "fromLab").push();
        JTextAreaOperator locations = new JTextAreaOperator(f, new NameComponentChooser("locations"));
        waitFor("the nodes' ITL URLs", () -> locations.getText().lines().count() == 3);
        button(f, "runAudit").push();
        waitFor("the audit's report", () -> panel.report() != null && !panel.isRunning());
        button(f, "planFix").push();
        waitFor("the plan", () -> panel.planModel().plan() != null);
        button(f, "fix").push();
        waitFor("the first phone's macro to end", () -> panel.rows().rows().stream().anyMatch(r -> r.state() == AuditState.FIXED)
                || java.util.stream.IntStream.range(0, 4).anyMatch(i -> String.valueOf(
                        panel.rows().getValueAt(i, AuditRowsModel.REASON)).startsWith("restart ended")));
        button(f, "cancel").push();
        waitFor("the cancelled fix's report", () -> !panel.isRunning() && panel.report().fixRun());

        AuditReport report = onEdt(panel::report);
        assertEquals(4, report.rows().size());
        List<AuditRow> untouched = report.rows().stream().filter(r -> r.state() == AuditState.NOT_ATTEMPTED).toList();
        assertFalse(untouched.isEmpty(), "phones after the cancel were not erased: " + report.rows());
        for (AuditRow r : untouched) {
            assertTrue(r.reason().contains("cancelled"), r.reason());
        }
        assertTrue(onEdt(panel::statusText).startsWith("Fix cancelled"), onEdt(panel::statusText));
        assertEquals(Boolean.FALSE, onEdt(() -> panel.banner().trusted()));
        assertTrue(button(f, "runAudit").isEnabled(), "a new audit can start");
        assertNotNull(onEdt(() -> panel.results().countsText()));
    }

    @Test
    void cancellingTheAssessmentDropsItAndANewOneRuns() throws Exception {
        startCluster("127.0.142.21");
        lab = labBuilder("127.0.141.21").add(3, "8845", PhoneConditions.NORMAL.withResponseDelay(Duration.ofMillis(700)))
                .start();
        AuditPanel panel = show(1);
        JFrameOperator f = new JFrameOperator(frame.get());
        button(f, "fromLab").push();
        JTextAreaOperator locations = new JTextAreaOperator(f, new NameComponentChooser("locations"));
        waitFor("the nodes' ITL URLs", () -> locations.getText().lines().count() == 3);
        button(f, "runAudit").push();
        waitFor("the audit to run", panel::isRunning);
        button(f, "cancel").push();
        waitFor("the cancel", () -> !panel.isRunning());
        assertEquals("Audit cancelled.", onEdt(panel::statusText));
        Thread.sleep(1500); // long enough for a late phone of the dropped run to be ignored
        assertEquals(null, onEdt(panel::report));
        assertTrue(onEdt(() -> panel.rows().getRowCount()) < 3, "the dropped run added no more rows");

        button(f, "runAudit").push();
        waitFor("the new audit's report", () -> panel.report() != null && !panel.isRunning());
        assertEquals(List.of(AuditState.MISMATCH, AuditState.MISMATCH, AuditState.MISMATCH),
                onEdt(() -> column(panel.results().table(), AuditRowsModel.STATE)));
    }
}
