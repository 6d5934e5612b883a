package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JLabelOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.MemoryPreferences;
import org.voicebench.testsupport.TestFrame;

/** Start Demo Lab in the Phone Lab panel: 20 phones, the web-off one switched on from the table, stop. */
class DemoLabGuiTest {

    private static final int WEB_ACCESS = 6;

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    private final RunningLab service = new RunningLab();
    private final MemoryPreferences prefs = new MemoryPreferences();

    @Test
    void startTheDemoEnableWebAccessOnTheWebOffPhoneAndStop() throws Exception {
        PhoneLabPanel panel = onEdt(() -> {
            PhoneLabPanel p = new PhoneLabPanel(prefs, service);
            p.demoClusterAddress("127.0.156.1");
            return p;
        });
        JFrameOperator f = new JFrameOperator(frame.show("Phone Lab", panel));
        onEdt(() -> {
            ((JTextField) new JLabelOperator(f, "First address:").getLabelFor()).setText("127.0.155.1");
            ((JSpinner) new JLabelOperator(f, "Port:").getLabelFor()).setValue(0);
            ((JTextField) new JLabelOperator(f, "User:").getLabelFor()).setText("demo");
            return null;
        });
        JButtonOperator enable = new JButtonOperator(f, "Enable Web Access");
        assertFalse(enable.isEnabled(), "nothing to enable before a lab runs");

        new JButtonOperator(f, "Start Demo Lab").push(); // empty password field: a random one
        JTable table = panel.table();
        waitFor("the demo's 20 phones in the table", () -> table.getRowCount() == 20);
        assertFalse(new JButtonOperator(f, "Start Demo Lab").isEnabled(), "one lab at a time");
        assertFalse(new JButtonOperator(f, "Start Lab").isEnabled());
        SimulatedCucmApi cucm = service.run().orElseThrow().cucmApi();
        assertEquals("demo", service.credentials().orElseThrow().user());
        assertEquals(16, service.credentials().orElseThrow().password().length, "a random password");
        assertEquals(List.of(), List.copyOf(prefs.values().values()).stream()
                .filter(v -> v.equals(new String(service.credentials().orElseThrow().password()))).toList(),
                "the random password is not stored");

        List<Integer> webOff = onEdt(() -> {
            List<Integer> rows = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                if (Boolean.FALSE.equals(table.getValueAt(r, WEB_ACCESS))) {
                    rows.add(r);
                }
            }
            return rows;
        });
        assertEquals(1, webOff.size(), "one phone with web access off: " + webOff);
        int row = webOff.get(0);
        String address = onEdt(() -> String.valueOf(table.getValueAt(row, 0)));
        SimulatedPhone phone = service.current().orElseThrow().phones().stream()
                .filter(p -> p.hostAndPort().equals(address)).findFirst().orElseThrow();
        assertFalse(Connections.accepts(phone.address()), "web access off: " + address + " refuses");

        new JTableOperator(table).selectCell(row, 0);
        waitFor("Enable Web Access to be enabled for the selection", enable::isEnabled);
        enable.push();
        waitFor("the table to show web access on for " + address,
                () -> Boolean.TRUE.equals(table.getValueAt(row, WEB_ACCESS)));
        assertTrue(phone.conditions().webAccess());
        assertTrue(Connections.accepts(phone.address()), "the phone's web server listens at " + address);
        assertEquals("Web access enabled on 1 phone(s).", onEdt(panel::statusText));

        List<InetSocketAddress> listening = service.current().orElseThrow().phones().stream()
                .map(SimulatedPhone::address).toList();
        new JButtonOperator(f, "Stop Lab").push();
        waitFor("the demo to stop", () -> service.current().isEmpty() && table.getRowCount() == 0);
        listening.forEach(a -> assertFalse(Connections.accepts(a), "a stopped phone refuses " + a));
        assertFalse(Connections.accepts(cucm.address()), "the stopped AXL/RIS API refuses " + cucm.address());
        waitFor("Start Demo Lab to be enabled again", () -> new JButtonOperator(f, "Start Demo Lab").isEnabled());
    }
}
