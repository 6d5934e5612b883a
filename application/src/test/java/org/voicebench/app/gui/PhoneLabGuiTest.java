package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.openide.windows.TopComponent;

/**
 * Tools &gt; Phone Lab in the running application: start a 2-phone lab on loopback from the form,
 * see both phones listed, stop it and see the addresses refuse connections.
 * Runs inside the booted platform; started by {@link VoiceBenchGuiIT}.
 */
public class PhoneLabGuiTest extends GuiTestCase {

    public PhoneLabGuiTest(String name) {
        super(name, 180_000);
    }

    public void testStartTwoPhoneLabSeeBothAndStop() throws Exception {
        new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Tools|Phone Lab", "|");
        TopComponent lab = waitForWindow("Phone Lab");

        onEdt(() -> {
            ((JSpinner) field(lab, "Phones:")).setValue(2);
            ((JSpinner) field(lab, "Port:")).setValue(0);
            return null;
        });
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "Models:"))).setText("7965,8845");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "First address:"))).setText("127.0.88.1");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "User:"))).setText("labuser");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "Password:"))).typeText("s3cret");
        new JButtonOperator(button(lab, "Start Lab")).push();

        JTable table = onEdt(() -> find(lab, JTable.class,
                c -> "Lab phones".equals(c.getAccessibleContext().getAccessibleName())));
        waitFor("2 phones in the Phone Lab table", () -> table.getRowCount() == 2);
        List<String> addresses = onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (int r = 0; r < table.getRowCount(); r++) {
                out.add(String.valueOf(table.getValueAt(r, 0)));
            }
            return out;
        });
        String models = onEdt(() -> table.getValueAt(0, 1) + " " + table.getValueAt(1, 1));
        assertTrue("models in turn: " + models, models.matches(".*7965.* .*8845.*"));
        for (String a : addresses) {
            assertTrue("phone at 127.0.88.x: " + addresses, a.startsWith("127.0.88."));
            assertTrue("phone listens at " + a, accepts(a));
        }

        new JButtonOperator(button(lab, "Stop Lab")).push();
        waitFor("the table to empty after Stop", () -> table.getRowCount() == 0);
        JButton start = button(lab, "Start Lab");
        waitFor("Start Lab to be enabled again", start::isEnabled);
        for (String a : addresses) {
            assertFalse("stopped phone refuses " + a, accepts(a));
        }
    }

    /** The field a label (text without mnemonic marker) stands for. */
    private static JComponent field(TopComponent tc, String label) {
        JLabel l = find(tc, JLabel.class, c -> label.equals(c.getText()));
        assertNotNull("label " + label, l);
        return (JComponent) l.getLabelFor();
    }

    private static JButton button(TopComponent tc, String text) throws Exception {
        JButton b = onEdt(() -> find(tc, JButton.class, c -> text.equals(c.getText())));
        assertNotNull("button " + text, b);
        return b;
    }

    private static boolean accepts(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        InetSocketAddress a = new InetSocketAddress(hostAndPort.substring(0, colon),
                Integer.parseInt(hostAndPort.substring(colon + 1)));
        try (Socket s = new Socket()) {
            s.connect(a, 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
