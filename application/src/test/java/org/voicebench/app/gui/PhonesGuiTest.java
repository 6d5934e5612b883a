package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.view.Visualizer;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;

/**
 * Window &gt; Phones and a remote view in the running application, against a Phone Lab of a 7965
 * and an 8845 started from Tools &gt; Phone Lab: the lab's phones appear in the "Lab" group, the
 * group's credentials go to the keyring (never into the phone list file), the 8845's remote view
 * shows its screen and Applications changes it. Runs inside the booted platform; started by
 * {@link VoiceBenchGuiIT}.
 */
public class PhonesGuiTest extends GuiTestCase {

    private static final String USER = "labuser";
    private static final String PASSWORD = "s3cret-remote";

    public PhonesGuiTest(String name) {
        super(name, 240_000);
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        // no native keyring and no master-password prompt under the test display: the platform
        // keeps the keyring in memory (set before the first keyring use, which is in this test)
        System.setProperty("netbeans.keyring.no.native", "true");
        System.setProperty("netbeans.keyring.no.master", "true");
    }

    public void testLabPhonesGetCredentialsAndTheRemoteViewDrivesThe8845() throws Exception {
        startLab();
        TopComponent phones = openPhonesWindow();
        Outline outline = onEdt(() -> find(phones, Outline.class, c -> true));
        waitFor("the Lab group with two phones", () -> row(outline, "Lab") >= 0 && outline.getRowCount() >= 3);

        select(outline, "Lab");
        new JButtonOperator(button(phones, "Credentials\u2026")).pushNoBlock();
        JDialogOperator dialog = new JDialogOperator("Credentials for group Lab");
        new JTextFieldOperator(dialog, 0).setText(USER);
        JPasswordField password = onEdt(() -> find(dialog.getContentPane(), JPasswordField.class, c -> true));
        new JTextFieldOperator(password).typeText(PASSWORD);
        new JButtonOperator(dialog, "OK").push();
        dialog.waitClosed();
        Path list = Path.of(System.getProperty("netbeans.user"), "config/VoiceBench/phones.json");
        waitFor("the Lab group's user saved in the phone list", () -> Files.exists(list) && Files.readString(list).contains(USER));

        String phone8845 = onEdt(() -> {
            for (int r = 0; r < outline.getRowCount(); r++) {
                Node n = Visualizer.findNode(outline.getValueAt(r, 0));
                if (n != null && "8845".equals(value(outline, r, "Model"))) {
                    return n.getDisplayName();
                }
            }
            return null;
        });
        assertNotNull("an 8845 in the Lab group", phone8845);
        try {
            waitFor("authentication OK on the 8845", () -> "authentication OK".equals(value(outline, row(outline, phone8845), "Status")));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; status " + onEdt(() -> value(outline, row(outline, phone8845), "Status"))
                    + ": " + onEdt(() -> Visualizer.findNode(outline.getValueAt(row(outline, phone8845), 0)).getShortDescription()), e);
        }
        String stored = Files.readString(list);
        assertTrue(stored, stored.contains(USER));
        assertFalse("no password in the phone list: " + stored, stored.contains(PASSWORD));

        select(outline, phone8845);
        new JButtonOperator(button(phones, "Open Remote View")).push();
        TopComponent remote = waitForWindow("Remote: " + phone8845);
        JComponent screen = onEdt(() -> find(remote, JComponent.class, c -> "screen".equals(c.getName())));
        waitFor("the screen painted", () -> !blank(snapshot(screen)));
        BufferedImage before = onEdt(() -> snapshot(screen));
        JButton applications = onEdt(() -> find(remote, JButton.class, c -> "key:Applications".equals(c.getName())));
        assertNotNull("the 8845 keypad has Applications", applications);
        assertNull("and no Settings key", onEdt(() -> find(remote, JButton.class, c -> "key:Settings".equals(c.getName()))));
        new JButtonOperator(applications).push();
        waitFor("the screen to change after Applications", () -> !same(before, snapshot(screen)));
        onEdt(() -> {
            remote.close();
            phones.close();
            return null;
        });
        stopLab();
    }

    private static void startLab() throws Exception {
        new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Tools|Phone Lab", "|");
        TopComponent lab = waitForWindow("Phone Lab");
        onEdt(() -> {
            ((JSpinner) field(lab, "Phones:")).setValue(2);
            ((JSpinner) field(lab, "Port:")).setValue(0);
            return null;
        });
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "Models:"))).setText("7965,8845");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "First address:"))).setText("127.0.89.1");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "User:"))).setText(USER);
        JTextFieldOperator password = new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "Password:")));
        password.setText(""); // the Phone Lab test before this one left its password in the field
        password.typeText(PASSWORD);
        new JButtonOperator(button(lab, "Start Lab")).push();
        JButton stop = button(lab, "Stop Lab");
        waitFor("the lab to run", stop::isEnabled);
    }

    /** Window &gt; Phones; the menu is pushed again if a click got lost while the lab's window was busy. */
    private static TopComponent openPhonesWindow() throws Exception {
        for (int attempt = 1;; attempt++) {
            new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Window|Phones", "|");
            long end = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < end) {
                TopComponent tc = onEdt(() -> TopComponent.getRegistry().getOpened().stream()
                        .filter(c -> "Phones".equals(c.getName())).findFirst().orElse(null));
                if (tc != null) {
                    return tc;
                }
                Thread.sleep(100);
            }
            if (attempt == 3) {
                return waitForWindow("Phones");
            }
        }
    }

    private static void stopLab() throws Exception {
        TopComponent lab = waitForWindow("Phone Lab");
        new JButtonOperator(button(lab, "Stop Lab")).push();
        JButton start = button(lab, "Start Lab");
        waitFor("the lab to stop", start::isEnabled);
    }

    private static int row(Outline o, String name) {
        for (int r = 0; r < o.getRowCount(); r++) {
            Node n = Visualizer.findNode(o.getValueAt(r, 0));
            if (n != null && name.equals(n.getDisplayName())) {
                return r;
            }
        }
        return -1;
    }

    private static String value(Outline o, int row, String column) throws Exception {
        if (row < 0) {
            return null;
        }
        for (int c = 0; c < o.getColumnCount(); c++) {
            if (column.equals(o.getColumnName(c))) {
                Object v = o.getValueAt(row, c);
                return v instanceof Node.Property<?> p ? String.valueOf(p.getValue()) : String.valueOf(v);
            }
        }
        throw new AssertionError("no column " + column);
    }

    private static void select(Outline o, String name) throws Exception {
        waitFor(name + " in the Phones window", () -> row(o, name) >= 0);
        new JTableOperator(o).clickOnCell(onEdt(() -> row(o, name)), 0);
        waitFor(name + " selected", () -> o.getSelectedRow() == row(o, name));
    }

    private static BufferedImage snapshot(Component c) {
        BufferedImage img = new BufferedImage(Math.max(1, c.getWidth()), Math.max(1, c.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            c.paint(g);
        } finally {
            g.dispose();
        }
        return img;
    }

    private static boolean blank(BufferedImage img) {
        int first = img.getRGB(0, 0);
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                if (img.getRGB(x, y) != first) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean same(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        return Arrays.equals(pa, pb);
    }

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
}
