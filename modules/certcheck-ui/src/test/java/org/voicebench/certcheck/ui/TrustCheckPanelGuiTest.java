package org.voicebench.certcheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.swing.JComboBox;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextAreaOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.voicebench.certcheck.Finding;
import org.voicebench.certcheck.Severity;
import org.voicebench.certcheck.SigningRule;
import org.voicebench.certcheck.TrustCheckReport;
import org.voicebench.certcheck.Verdict;
import org.voicebench.certcheck.fetch.DownloadLimits;
import org.voicebench.lab.ui.LabRun;
import org.voicebench.lab.ui.RunningLab;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.testsupport.TestFrame;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.ui.ReportExports.Format;

/** The Trust Check panel in a frame, driven like a user: fill the form, run, read the verdict and a remedy, export. */
class TrustCheckPanelGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private TrustCheckPanel panel;
    private JFrameOperator window;

    private void show() {
        panel = onEdt(() -> new TrustCheckPanel(new CheckRunner(
                new DownloadLimits(Duration.ofSeconds(3), DownloadLimits.DEFAULT.maxBytes()))));
        window = new JFrameOperator(frame.show("Trust Check", panel));
    }

    private JTextFieldOperator field(String label) {
        return new JTextFieldOperator((JTextField) new JLabelOperator(window, label).getLabelFor());
    }

    private JTextAreaOperator area(String label) {
        return new JTextAreaOperator((JTextArea) new JLabelOperator(window, label).getLabelFor());
    }

    private void fill(Path phone, String certificates, String hosts) {
        field("Phone's trust list:").setText(phone.toString());
        area("Cluster certificates:").setText(certificates);
        area("Live hosts:").setText(hosts);
        JComboBoxOperator signing = new JComboBoxOperator((JComboBox<?>) new JLabelOperator(window, "Signing rule:")
                .getLabelFor());
        signing.selectItem(SigningRule.PRE_12.ordinal());
        assertEquals(SigningRule.PRE_12, onEdt(signing::getSelectedItem));
    }

    private void runAndWaitForVerdict() {
        new JButtonOperator(window, "Run Check").push();
        waitFor("the verdict banner", () -> panel.results().banner().verdict() != null);
    }

    @Test
    void runFromFilesShowsTheVerdictAndTheRemedyOfTheSelectedFindingThenExports() throws Exception {
        LabFiles files = LabFiles.write(dir);
        show();
        assertFalse(new JButtonOperator(window, "Export HTML\u2026").isEnabled(), "nothing to export yet");
        fill(files.phoneItl(), files.certificates().toString(), "");
        runAndWaitForVerdict();

        VerdictBanner banner = panel.results().banner();
        assertEquals(Bundle.BANNER_RECOVERABLE_VIA_TVS(), onEdt(banner::headlineText));
        TrustCheckReport report = onEdt(() -> panel.results().report());
        assertTrue(onEdt(banner::reasoningText).startsWith("\u2022 " + report.reasoning().get(0)));
        assertEquals("RECOVERABLE_VIA_TVS: " + report.findings().size() + " findings.", onEdt(panel::statusText));

        JTable table = panel.results().findingsTable();
        assertEquals(report.findings().size(), onEdt(table::getRowCount));
        List<Severity> shown = onEdt(() -> java.util.stream.IntStream.range(0, table.getRowCount())
                .mapToObj(r -> (Severity) table.getValueAt(r, FindingsTableModel.SEVERITY)).toList());
        assertEquals(shown.stream().sorted(java.util.Comparator.reverseOrder()).toList(), shown, "most severe first");
        onEdt(() -> {
            table.getRowSorter().toggleSortOrder(FindingsTableModel.SEVERITY);
            return null;
        });
        assertEquals(shown.stream().sorted().toList(), onEdt(() -> java.util.stream.IntStream.range(0,
                table.getRowCount()).mapToObj(r -> (Severity) table.getValueAt(r, FindingsTableModel.SEVERITY)).toList()),
                "sorted by rank (INFO < WARNING < CRITICAL), not alphabetically");
        int tvsRow = onEdt(() -> {
            for (int r = 0; r < table.getRowCount(); r++) {
                if ("TVS_CAN_VOUCH".equals(table.getValueAt(r, FindingsTableModel.CODE))) {
                    return r;
                }
            }
            return -1;
        });
        assertTrue(tvsRow >= 0, "the TVS finding is listed");
        new JTableOperator(table).clickOnCell(tvsRow, FindingsTableModel.MESSAGE);
        Finding tvs = report.findings(org.voicebench.certcheck.FindingCode.TVS_CAN_VOUCH).get(0);
        waitFor("the remedy of the selected finding", () -> panel.results().detailText().contains(tvs.remedy()));
        String detail = onEdt(() -> panel.results().detailText());
        assertTrue(detail.contains(tvs.message()) && detail.contains("phone #"), detail);

        assertEquals(report.certificates().size(), onEdt(() -> panel.results().certificatesTable().getRowCount()));
        assertEquals(report.records().size(), onEdt(() -> panel.results().recordsTable().getRowCount()));
        assertEquals(report.reasoning().size(), onEdt(() -> panel.results().reasoningList().getModel().getSize()));

        waitFor("Export to be enabled", () -> new JButtonOperator(window, "Export HTML\u2026").isEnabled());
        Path html = dir.resolve("check.html");
        Path json = dir.resolve("check.json");
        assertEquals(List.of(html), panel.export(Format.HTML, html).get(20, TimeUnit.SECONDS));
        assertEquals(List.of(json), panel.export(Format.JSON, json).get(20, TimeUnit.SECONDS));
        assertTrue(Files.readString(html).contains("RECOVERABLE_VIA_TVS"));
        assertEquals("RECOVERABLE_VIA_TVS", new ObjectMapper().readTree(json.toFile()).get("verdict").asText());
        waitFor("the status to name the saved file", () -> panel.statusText().equals("Saved " + json));
    }

    @Test
    void aMalformedPhoneFileShowsAMessageNamingItAndNoResult() throws Exception {
        LabFiles files = LabFiles.write(dir);
        Path broken = LabFiles.malformed(dir);
        show();
        fill(broken, files.certificates().toString(), "");
        new JButtonOperator(window, "Run Check").push();
        waitFor("the error", () -> panel.errorText().contains(broken.toString()));
        String error = onEdt(panel::errorText);
        assertTrue(error.startsWith("Cannot check: " + broken + ": "), error);
        assertFalse(error.contains("Exception") || error.contains("\tat "), "no stack trace: " + error);
        assertEquals(null, onEdt(() -> panel.results().banner().verdict()));
        waitFor("Run to be enabled again", () -> new JButtonOperator(window, "Run Check").isEnabled());
    }

    @Test
    void anEmptyFormSaysWhatIsMissingWithoutRunning() {
        show();
        new JButtonOperator(window, "Run Check").push();
        assertEquals(Bundle.ERR_NoPhoneList(), onEdt(panel::errorText));
        assertFalse(onEdt(panel::isRunning));
    }

    @Test
    void cancellingAHangingCaptureKeepsThePreviousResult() throws Exception {
        LabFiles files = LabFiles.write(dir);
        show();
        fill(files.phoneItl(), files.certificates().toString(), "");
        runAndWaitForVerdict();
        TrustCheckReport previous = onEdt(() -> panel.results().report());

        // a server that accepts and never answers the TLS handshake: the capture hangs until its timeout
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread holder = new Thread(() -> {
                try (Socket s = silent.accept(); InputStream in = s.getInputStream()) {
                    in.transferTo(OutputStreamSink.INSTANCE);
                } catch (java.io.IOException e) {
                    // the socket closes at the end of the test
                }
            });
            holder.setDaemon(true);
            holder.start();
            area("Live hosts:").setText("127.0.0.1:" + silent.getLocalPort() + "=TVS@cucm-pub");
            new JButtonOperator(window, "Run Check").push();
            waitFor("the check to run", () -> new JButtonOperator(window, "Cancel").isEnabled());
            new JButtonOperator(window, "Cancel").push();

            assertEquals(Bundle.STATUS_Cancelled(), onEdt(panel::statusText));
            assertTrue(onEdt(() -> new JButtonOperator(window, "Run Check").isEnabled()));
            // the hanging capture times out (3 s) after the cancel; its failure must not replace anything
            Thread.sleep(4000);
            assertSame(previous, onEdt(() -> panel.results().report()));
            assertEquals(Verdict.RECOVERABLE_VIA_TVS, onEdt(() -> panel.results().banner().verdict()));
            assertEquals(" ", onEdt(panel::errorText));
            assertEquals(Bundle.STATUS_Cancelled(), onEdt(panel::statusText));
        }
    }

    @Test
    void fromPhoneLabChecksTheLabPhonesAgainstItsRegeneratedCluster() throws Exception {
        RunningLab service = new RunningLab();
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(41).freePorts()
                .tftpPort(0).signing(LabCluster.ItlSigning.CALLMANAGER)
                .scenario(ClusterScenario.CALLMANAGER_REGENERATED).start();
             PhoneLab phones = PhoneLab.builder().simulatedCluster(cluster).add(1, "7965")
                     .firstAddress("127.0.79.1").start()) {
            panel = onEdt(() -> new TrustCheckPanel(new CheckRunner(
                    new DownloadLimits(Duration.ofSeconds(3), DownloadLimits.DEFAULT.maxBytes())), service, dir));
            window = new JFrameOperator(frame.show("Trust Check", panel));
            assertFalse(new JButtonOperator(window, "From Phone Lab").isEnabled(), "no lab running yet");

            service.publish(new LabRun(phones, cluster));
            waitFor("From Phone Lab to be enabled", () -> new JButtonOperator(window, "From Phone Lab").isEnabled());
            new JButtonOperator(window, "From Phone Lab").push();
            Path saved = dir.resolve("lab-phones-ITLFile.tlv");
            waitFor("the lab's inputs", () -> field("Phone's trust list:").getText().equals(saved.toString()));
            assertEquals(cluster.publisher().itlHttpUrl(), field("Cluster trust list:").getText());
            assertTrue(area("Live hosts:").getText().contains("=TVS@" + cluster.publisher().name()));
            assertTrue(java.util.Arrays.equals(phones.phone(0).itl().orElseThrow(), Files.readAllBytes(saved)),
                    "the saved file is the ITL the lab's phone holds");

            runAndWaitForVerdict();
            assertEquals(Verdict.RECOVERABLE_VIA_TVS, onEdt(() -> panel.results().banner().verdict()));
            service.stop();
            waitFor("From Phone Lab to be disabled", () -> !new JButtonOperator(window, "From Phone Lab").isEnabled());
        }
    }

    /** Discards what the silent server reads. */
    private static final class OutputStreamSink extends java.io.OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {
        }
    }
}
