package org.voicebench.audit.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.swing.JTable;
import javax.swing.event.ChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.voicebench.audit.AuditReport;
import org.voicebench.audit.AuditRow;
import org.voicebench.audit.AuditState;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.cti.ui.FixedCtiConfiguration;
import org.voicebench.cti.ui.api.CtiConfiguration;
import org.voicebench.lab.ui.LabDescriptions;
import org.voicebench.lab.ui.LabRun;
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.ScriptedDialogs;
import org.voicebench.testsupport.TestFrame;

/**
 * The Trust Audit window's CTI plan through its real UI, against a lab whose phones moved to another cluster, two of
 * them with web access off, and the lab CTI service with the stand-in JTAPI jar: without "Also erase phones whose web
 * access is off" those are skipped naming it; with it the plan erases them over CTI (Keys column "cti"), the fix opens
 * the provider, erases them, the lab's RIS shows them back (RESTARTED) and shuts the provider down; a CTI login that
 * fails stops the fix before any phone is touched. Cluster 127.0.143.x, phones 127.0.144.x.
 */
@Timeout(180)
class AuditOverCtiGuiTest {

    private static final String USER = "audit-cti";
    private static final String PASSWORD = "s3cret-AuditCti";
    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "Cti-Audit-Ui-S3cret!";

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SimulatedCluster cluster;
    private PhoneLab lab;
    private SimulatedCucmApi api;
    private SimulatedCti cti;
    private PhoneClient client;

    @AfterEach
    void stop() {
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

    /** Phone 0: a 7965 over the web; 1 and 2: a 7962 and a 7942 with web access off (their CTI keys are field-tested). */
    private void startLab(String clusterAddress, String firstPhone) throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(143).firstAddress(clusterAddress).freePorts()
                .tftpPort(0).scenario(ClusterScenario.CLUSTER_MOVE).start();
        PhoneConditions off = PhoneConditions.NORMAL.withWebAccess(false);
        lab = PhoneLab.builder().simulatedCluster(cluster).user(USER, PASSWORD).firstAddress(firstPhone)
                .eraseMessageTime(Duration.ofMillis(300)).rebootTime(Duration.ofSeconds(1))
                .add(1, "7965").add(1, "7962", off).add(1, "7942", off).start();
        api = cluster.startCucmApi(SimulatedCucmApi.builder().user(USER, PASSWORD).phones(lab, "Lab"));
        cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, lab.phones().stream().map(SimulatedPhone::name).toList());
        cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(Duration.ofMillis(200)));
        client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)).withMaxConnections(16),
                CredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
    }

    private AuditPanel show(String ctiPassword) throws Exception {
        PhoneLabService labService = new LabWithRis();
        CtiConfiguration configuration = FixedCtiConfiguration.lab(cti.host(), CTI_USER, ctiPassword, Duration.ofMillis(200));
        AuditPanel panel = onEdt(() -> {
            AuditPanel p = new AuditPanel(labService, dialogs, TrustListDownloader.withDefaults(),
                    new CtiFixKeys(configuration, labService));
            p.setPhones(new PhoneSet(lab.phones().stream().map(s -> new PhoneEntry(PhoneAddress.parse(s.hostAndPort()),
                    s.name(), "Lab", s.profile().model(), "")).toList(), client, ModelProfiles.builtIn()));
            return p;
        });
        frame.show("Trust Audit", panel);
        return panel;
    }

    private static JButtonOperator button(JFrameOperator f, String name) {
        return new JButtonOperator(f, new NameComponentChooser(name));
    }

    private void audit(JFrameOperator f, AuditPanel panel) {
        button(f, "fromLab").push();
        JTextAreaOperator locations = new JTextAreaOperator(f, new NameComponentChooser("locations"));
        waitFor("the node's ITL URL", () -> locations.getText().lines().count() == 1);
        button(f, "runAudit").push();
        waitFor("the audit's report", () -> panel.report() != null && !panel.isRunning());
    }

    /** Plan column values by phone name. */
    private static Map<String, String> planColumn(JTable plan, int column) {
        Map<String, String> out = new HashMap<>();
        for (int r = 0; r < plan.getModel().getRowCount(); r++) {
            out.put(String.valueOf(plan.getModel().getValueAt(r, 0)), String.valueOf(plan.getModel().getValueAt(r, column)));
        }
        return out;
    }

    @Test
    void theWebOffPhonesAreErasedOverCtiOnlyWhenAskedAndEndRestarted() throws Exception {
        startLab("127.0.143.1", "127.0.144.1");
        AuditPanel panel = show(CTI_PASSWORD);
        JFrameOperator f = new JFrameOperator(frame.get());
        String web = lab.phone(0).name();
        String off1 = lab.phone(1).name();
        String off2 = lab.phone(2).name();
        JLabelOperator note = new JLabelOperator(f, new NameComponentChooser("ctiNote"));
        assertTrue(note.getText().startsWith("Keys over CTI: " + CTI_USER + "@" + cti.host()), note.getText());

        audit(f, panel);
        button(f, "planFix").push();
        JTable plan = (JTable) new JTableOperator(f, new NameComponentChooser("plan")).getSource();
        waitFor("the plan", () -> panel.planModel().plan() != null);
        Map<String, String> actions = onEdt(() -> planColumn(plan, 3));
        assertTrue(actions.get(web).startsWith("erase"), actions.toString());
        assertEquals("skip", actions.get(off1), actions.toString());
        assertTrue(onEdt(() -> planColumn(plan, 5)).get(off1).contains("--fix-unknown"));

        new JCheckBoxOperator(f, new NameComponentChooser("fixUnknown")).push();
        waitFor("the plan erasing the web-off phones over CTI",
                () -> panel.planModel().plan() != null && panel.planModel().plan().overCti().size() == 2);
        Map<String, String> keys = onEdt(() -> planColumn(plan, 4));
        assertEquals(Map.of(web, "web", off1, "cti", off2, "cti"), keys);

        button(f, "fix").push();
        assertTrue(dialogs.asked.stream().anyMatch(q -> q.contains("2 of them are erased over CTI")), dialogs.asked.toString());
        waitFor("the fix's report", () -> !panel.isRunning() && panel.report() != null && panel.report().fixRun());

        AuditReport report = onEdt(panel::report);
        Map<String, AuditRow> rows = new HashMap<>();
        report.rows().forEach(r -> rows.put(r.phone().phone().name(), r));
        assertEquals(AuditState.FIXED, rows.get(web).state(), rows.get(web).reason());
        for (String name : List.of(off1, off2)) {
            AuditRow row = rows.get(name);
            assertEquals(AuditState.RESTARTED, row.state(), row.reason());
            assertTrue(row.reason().contains("registered again"), row.reason());
        }
        Map<String, String> shown = onEdt(() -> {
            Map<String, String> out = new HashMap<>();
            for (int r = 0; r < panel.rows().getRowCount(); r++) {
                out.put(String.valueOf(panel.rows().getValueAt(r, AuditRowsModel.PHONE)),
                        panel.rows().getValueAt(r, AuditRowsModel.STATE) + " " + panel.rows().getValueAt(r, AuditRowsModel.KEYS));
            }
            return out;
        });
        assertEquals(Map.of(web, "FIXED web", off1, "RESTARTED cti", off2, "RESTARTED cti"), shown);
        assertEquals(0, cti.openProviders(), "the provider was shut down after the fix");
        assertTrue(lab.phones().stream().allMatch(SimulatedPhone::hasItl), "every phone took the new cluster's ITL");
    }

    @Test
    void aCtiLoginThatFailsStopsTheFixBeforeAnyPhoneIsTouched() throws Exception {
        startLab("127.0.143.21", "127.0.144.21");
        AuditPanel panel = show("not-the-password");
        JFrameOperator f = new JFrameOperator(frame.get());
        List<Integer> keysBefore = lab.phones().stream().map(SimulatedPhone::acceptedKeys).toList();
        audit(f, panel);
        new JCheckBoxOperator(f, new NameComponentChooser("fixUnknown")).push();
        button(f, "planFix").push();
        waitFor("the plan over CTI", () -> panel.planModel().plan() != null && panel.planModel().plan().overCti().size() == 2);
        button(f, "fix").push();
        waitFor("the CTI failure shown", () -> panel.errorText().startsWith("CTI cannot be used, no phone was touched:"));
        assertTrue(panel.errorText().contains("refused the CTI login"), panel.errorText());
        assertFalse(panel.errorText().contains("not-the-password"), "the password is never shown");
        assertFalse(onEdt(panel::report).fixRun(), "the assessment is still the report");
        assertEquals(0, cti.deliveredData());
        assertEquals(0, cti.openProviders());
        assertEquals(keysBefore, lab.phones().stream().map(SimulatedPhone::acceptedKeys).toList(), "no key reached a phone");
    }

    /** The test's lab as lab-ui describes it, with its AXL/RIS API and credentials (the lab's RIS shows registrations). */
    private final class LabWithRis implements PhoneLabService {
        @Override
        public Optional<PhoneLab> current() {
            return Optional.of(lab);
        }

        @Override
        public List<LabPhone> phones() {
            return LabDescriptions.phones(lab);
        }

        @Override
        public Optional<ClusterDescription> cluster() {
            return LabDescriptions.cluster(new LabRun(lab, cluster, credentials().orElseThrow(), api));
        }

        @Override
        public Optional<PhoneCredentials> credentials() {
            return Optional.of(new PhoneCredentials(USER, PASSWORD.toCharArray()));
        }

        @Override
        public void addChangeListener(ChangeListener listener) {
        }

        @Override
        public void removeChangeListener(ChangeListener listener) {
        }
    }
}
