package org.voicebench.lab.ui;

import org.voicebench.testsupport.MemoryPreferences;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.testsupport.TestFrame;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.net.InetSocketAddress;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/** The Phone Lab panel in a frame, driven like a user: fill the form, start, see the phones, copy, stop. */
class PhoneLabPanelGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    private final RunningLab service = new RunningLab();
    private final MemoryPreferences prefs = new MemoryPreferences();

    @Test
    void startThreePhonesSeeThemCopyInventoryAndStop() throws Exception {
        PhoneLabPanel panel = onEdt(() -> new PhoneLabPanel(prefs, service));
        JFrame shown = frame.show("Phone Lab", panel);
        JFrameOperator f = new JFrameOperator(shown);
        assertTrue(onEdt(panel::refreshing), "the table refreshes while the panel is shown");
        JSpinner portSpinner = (JSpinner) new JLabelOperator(f, "Port:").getLabelFor();
        assertEquals("8080", onEdt(() -> ((JSpinner.DefaultEditor) portSpinner.getEditor()).getTextField().getText()),
                "the port shows without a thousands separator");

        onEdt(() -> {
            ((JSpinner) new JLabelOperator(f, "Phones:").getLabelFor()).setValue(3);
            ((JSpinner) new JLabelOperator(f, "Port:").getLabelFor()).setValue(0);
            ((JSpinner) new JLabelOperator(f, "Cluster nodes:").getLabelFor()).setValue(2);
            return null;
        });
        new JComboBoxOperator((javax.swing.JComboBox<?>) new JLabelOperator(f, "Scenario:").getLabelFor())
                .selectItem(ClusterScenario.CALLMANAGER_REGENERATED.toString());
        field(f, "Models:").setText("7965,8845,7841");
        field(f, "First address:").setText("127.0.77.1");
        field(f, "User:").setText("labuser");
        field(f, "Password:").typeText("s3cret");
        new JButtonOperator(f, "Start Lab").push();

        JTable table = panel.table();
        waitFor("3 phones in the table", () -> table.getRowCount() == 3);
        PhoneLab lab = service.current().orElseThrow();
        List<String> models = onEdt(() -> List.of(String.valueOf(table.getValueAt(0, 1)),
                String.valueOf(table.getValueAt(1, 1)), String.valueOf(table.getValueAt(2, 1))));
        assertTrue(models.get(0).contains("7965") && models.get(1).contains("8845") && models.get(2).contains("7841"),
                models.toString());
        assertEquals(lab.phone(0).hostAndPort(), onEdt(() -> table.getValueAt(0, 0)));
        assertTrue(lab.phone(0).hostAndPort().startsWith("127.0.77.1:"), lab.phone(0).hostAndPort());
        assertEquals(lab.phone(1).name(), onEdt(() -> table.getValueAt(1, 2)));
        assertTrue(String.valueOf(onEdt(() -> table.getValueAt(2, 4))).startsWith("present (SHA-1 "));
        assertEquals(Boolean.FALSE, onEdt(() -> table.getValueAt(2, 5)));
        assertEquals("labuser", prefs.get("user", null));
        assertFalse(prefs.values().containsValue("s3cret"), "the password is never stored: " + prefs.values());

        SimulatedCluster cluster = service.simulatedCluster().orElseThrow();
        assertEquals(2, cluster.nodes().size());
        assertEquals(ClusterScenario.CALLMANAGER_REGENERATED, cluster.scenario());
        assertArrayEquals(cluster.baselineItl(), lab.phone(0).itl().orElseThrow(), "phones hold yesterday's ITL");
        new JComboBoxOperator((javax.swing.JComboBox<?>) new JLabelOperator(f, "Scenario:").getLabelFor())
                .selectItem(ClusterScenario.TVS_REGENERATED.toString());
        new JButtonOperator(f, "Apply Scenario").push();
        waitFor("the cluster to switch scenario", () -> cluster.scenario() == ClusterScenario.TVS_REGENERATED);
        InetSocketAddress tvs = cluster.publisher().endpoint(SimulatedCluster.Service.TVS);
        assertTrue(Connections.accepts(tvs), "the cluster's TVS listens at " + tvs);

        List<InetSocketAddress> addresses = lab.phones().stream().map(SimulatedPhone::address).toList();
        addresses.forEach(a -> assertTrue(Connections.accepts(a), "phone listens at " + a));
        lab.phone(2).reboot();
        waitFor("the periodic refresh to show phone 3 rebooting", () -> Boolean.TRUE.equals(table.getValueAt(2, 5)));

        new JButtonOperator(f, "Copy Inventory CSV").push();
        Object csv = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        assertEquals(lab.inventoryCsv(), csv);

        new JButtonOperator(f, "Stop Lab").push();
        waitFor("the lab to stop", () -> service.current().isEmpty() && table.getRowCount() == 0);
        addresses.forEach(a -> assertFalse(Connections.accepts(a), "stopped phone refuses " + a));
        assertFalse(Connections.accepts(tvs), "the stopped cluster's TVS refuses " + tvs);
        waitFor("Start to be enabled again", () -> new JButtonOperator(f, "Start Lab").isEnabled());
    }

    @Test
    void aMissingPasswordIsReportedAndNothingStarts() throws Exception {
        PhoneLabPanel panel = onEdt(() -> new PhoneLabPanel(prefs, service));
        JFrameOperator f = new JFrameOperator(frame.show("Phone Lab", panel));
        new JButtonOperator(f, "Start Lab").push();
        assertEquals("Give the password the phones accept.", onEdt(panel::statusText));
        assertTrue(service.current().isEmpty());
    }

    @Test
    void theRefreshStopsWhenThePanelIsHidden() throws Exception {
        PhoneLabPanel panel = onEdt(() -> new PhoneLabPanel(prefs, service));
        JFrame shown = frame.show("Phone Lab", panel);
        assertTrue(onEdt(panel::refreshing));
        SwingUtilities.invokeAndWait(() -> shown.setVisible(false));
        waitFor("the refresh to stop", () -> !panel.refreshing());
    }

    private static JTextFieldOperator field(JFrameOperator f, String label) {
        return new JTextFieldOperator((javax.swing.JTextField) new JLabelOperator(f, label).getLabelFor());
    }
}
