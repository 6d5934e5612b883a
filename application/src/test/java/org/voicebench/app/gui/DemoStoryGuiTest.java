package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JSpinner;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import junit.framework.AssertionFailedError;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JCheckBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.awt.Actions;
import org.openide.explorer.view.Visualizer;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The README's walkthrough "Try it: the demo lab and the fleet trust audit", as a new user clicks
 * it: Tools &gt; Start Demo Lab with the Phone Lab form's defaults (127.0.10.1:8080, user admin, no
 * password: a random one), Window &gt; Trust Audit filled from the running lab, Run Audit (7 MATCH,
 * 11 MISMATCH, 2 UNKNOWN), Credentials... for the own-password phone in the Phones window, Run Audit again
 * (7 MATCH, 12 MISMATCH, 1 UNKNOWN: the web-access-off phone), then, as the lab's CTI is used by itself, "Also erase
 * phones whose web access is off" and "Allow blind keys" (its 7945 keys are not verified over CTI), Plan Fix (12
 * restarts over the web, the web-off phone's erase over CTI), Fix 13 Phones... confirmed in the real dialog, and
 * every phone MATCH or FIXED but the web-off phone, RESTARTED (or FIXED) with its row saying CTI; Stop Lab at the end
 * (also after a failure). Runs inside the booted platform; started
 * by {@link VoiceBenchGuiIT}.
 */
public class DemoStoryGuiTest extends GuiTestCase {

    /** The Phone Lab form's default user, which the README tells the user to type. */
    private static final String USER = "admin";
    private static final long AUDIT_TIMEOUT_MS = 120_000;
    private static final long FIX_TIMEOUT_MS = 180_000;

    public DemoStoryGuiTest(String name) {
        super(name, 480_000);
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        // no native keyring and no master-password prompt under the test display (as PhonesGuiTest):
        // Credentials... stores the own-password phone's password in the platform's keyring
        System.setProperty("netbeans.keyring.no.native", "true");
        System.setProperty("netbeans.keyring.no.master", "true");
    }

    @Override
    protected void tearDown() throws Exception {
        try {
            // after a failure too: no demo lab may stay on 127.0.10.x/127.0.20.x for the next tests
            if (PhoneLabService.getDefault().current().isPresent()) {
                TopComponent lab = waitForWindow("Phone Lab");
                JButton stop = button(lab, "Stop Lab");
                onEdt(() -> {
                    stop.doClick();
                    return null;
                });
                waitFor("the demo lab to stop", 60_000, () -> PhoneLabService.getDefault().current().isEmpty());
            }
        } finally {
            onEdt(() -> {
                for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
                    if ("Trust Audit".equals(tc.getName()) || "Phones".equals(tc.getName())) {
                        tc.close();
                    }
                }
                return null;
            });
        }
    }

    public void testDemoLabAuditFixTheTwoProblemPhonesAndFixTheFleet() throws Exception {
        long t0 = System.currentTimeMillis();
        TopComponent lab = phoneLabWithDefaultForm();
        assertTrue("no lab runs before the demo", PhoneLabService.getDefault().current().isEmpty());

        // 1. Tools > Start Demo Lab (the Start window's button runs the same registered action)
        Action startDemo = onEdt(() -> Actions.forID("Tools", "org.voicebench.lab.ui.StartDemoLab"));
        assertNotNull("the Start Demo Lab action is registered", startDemo);
        onEdt(() -> {
            startDemo.actionPerformed(new ActionEvent(startDemo, ActionEvent.ACTION_PERFORMED, "start"));
            return null;
        });
        waitFor("the demo lab to run", 60_000, () -> PhoneLabService.getDefault().current().isPresent()
                && button(lab, "Stop Lab").isEnabled());
        PhoneLab running = PhoneLabService.getDefault().current().orElseThrow();
        assertEquals("demo phones", 20, running.phones().size());
        for (SimulatedPhone p : running.phones()) {
            assertTrue("demo phone on the form's first address range: " + p.hostAndPort(),
                    p.hostAndPort().startsWith("127.0.10."));
        }
        String ownPassword = address(only(running, p -> p.conditions().ownPassword() != null));
        String webOff = address(only(running, p -> !p.conditions().webAccess()));

        // 2. Window > Trust Audit: cluster ITLs and phones come from the running lab by themselves
        Action openAudit = onEdt(() -> Actions.forID("Window", "org.voicebench.audit.ui.OpenTrustAuditAction"));
        assertNotNull("the Trust Audit action is registered", openAudit);
        onEdt(() -> {
            openAudit.actionPerformed(new ActionEvent(openAudit, ActionEvent.ACTION_PERFORMED, "open"));
            return null;
        });
        TopComponent audit = waitForWindow("Trust Audit");
        JTextArea locations = named(audit, JTextArea.class, "locations");
        waitFor("the three nodes' ITL URLs from the running lab", 30_000,
                () -> locations.getText().strip().lines().filter(l -> l.matches("http://127\\.0\\.20\\.\\d+:\\d+/ITLFile\\.tlv"))
                        .count() == 3);
        JLabel phones = named(audit, JLabel.class, "phones");
        waitFor("the Phones window's 20 lab phones as the phones", 30_000, () -> phones.getText().startsWith("Phones: 20 "));
        JTable fleet = named(audit, JTable.class, "fleet");

        Map<String, Integer> first = runAudit(audit, fleet);
        assertEquals("first audit: " + rows(fleet), Map.of("MATCH", 7, "MISMATCH", 11, "UNKNOWN", 2), first);
        assertEquals("the UNKNOWN phones are the own-password and the web-access-off phone",
                new TreeSet<>(List.of(ownPassword, webOff)), new TreeSet<>(addressesIn(fleet, "UNKNOWN")));

        // 3. the own-password phone: Window > Phones, select it, Credentials..., admin / its own password (made up at each start)
        TopComponent phonesWindow = openPhonesWindow();
        Outline outline = onEdt(() -> find(phonesWindow, Outline.class, c -> true));
        selectPhone(outline, ownPassword);
        new JButtonOperator(button(phonesWindow, "Credentials\u2026")).pushNoBlock();
        JDialogOperator credentials = new JDialogOperator("Credentials for ");
        JTextFieldOperator user = new JTextFieldOperator(credentials, 0);
        user.setText(USER);
        JPasswordField password = onEdt(() -> find(credentials.getContentPane(), JPasswordField.class, c -> true));
        new JTextFieldOperator(password).typeText(only(running, p -> p.conditions().ownPassword() != null).conditions().ownPassword());
        new JButtonOperator(credentials, "OK").push();
        credentials.waitClosed();
        waitFor("the Phones window to say the credentials are saved", 30_000, () -> find(phonesWindow, JLabel.class,
                c -> c.getText() != null && c.getText().startsWith("Credentials saved for ")) != null);

        // 4. Run Audit again: the web-access-off phone is still UNKNOWN; the Phone Lab's CTI reaches it
        onEdt(() -> {
            audit.requestActive();
            return null;
        });
        Map<String, Integer> second = runAudit(audit, fleet);
        assertEquals("second audit: " + rows(fleet), Map.of("MATCH", 7, "MISMATCH", 12, "UNKNOWN", 1), second);
        assertEquals("the UNKNOWN phone is the web-access-off phone", List.of(webOff), addressesIn(fleet, "UNKNOWN"));
        JLabel ctiNote = named(audit, JLabel.class, "ctiNote");
        waitFor("the Trust Audit window to use the lab's CTI", 10_000, () -> ctiNote.getText()
                .startsWith("Keys over CTI: " + DemoLab.CTI_USER + "@") && ctiNote.getText().contains("Phone Lab"));
        new JCheckBoxOperator(named(audit, JCheckBox.class, "fixUnknown")).setSelected(true);
        new JCheckBoxOperator(named(audit, JCheckBox.class, "allowBlind")).setSelected(true);

        new JButtonOperator(named(audit, JButton.class, "planFix")).push();
        JTable plan = named(audit, JTable.class, "plan");
        // MATCH phones are not in the plan: the 12 MISMATCH phones, each only to restart (the comparer says each
        // accepts the cluster's new ITL: ITLRecovery, which signs it, is unchanged), and the web-off phone's erase
        waitFor("the plan", 10_000, () -> plan.getRowCount() == 13);
        Map<String, String> planned = onEdt(() -> {
            Map<String, String> out = new TreeMap<>();
            for (int r = 0; r < plan.getRowCount(); r++) {
                out.put(String.valueOf(plan.getModel().getValueAt(r, 1)), plan.getModel().getValueAt(r, 3) + " / "
                        + plan.getModel().getValueAt(r, 4));
            }
            return out;
        });
        assertEquals("the web-off phone's plan: " + planned, "erase (erase-itl) / cti", planned.get(webOff));
        assertEquals("phones the plan restarts over the web: " + planned, 12,
                planned.values().stream().filter(v -> v.startsWith("restart") && v.endsWith("/ web")).count());
        JButton fix = named(audit, JButton.class, "fix");
        assertEquals("Fix 13 Phones\u2026", onEdt(fix::getText));
        new JButtonOperator(fix).pushNoBlock();
        JDialogOperator confirm = new JDialogOperator(new ComponentChooser() {
            @Override
            public boolean checkComponent(Component c) {
                return c instanceof Dialog d && d.isShowing() && d.isModal()
                        && find(d, JButton.class, b -> "Yes".equals(b.getText())) != null
                        && text(d).contains("Restart 12 phone(s) and erase the ITL of 1 phone(s)");
            }

            @Override
            public String getDescription() {
                return "the confirmation to restart 12 phones and erase one over CTI";
            }
        });
        new JButtonOperator(confirm, "Yes").push();
        confirm.waitClosed();
        JLabel status = named(audit, JLabel.class, "status");
        JLabel error = named(audit, JLabel.class, "error");
        waitFor("the fix to finish", FIX_TIMEOUT_MS, () -> {
            if (!error.getText().isBlank()) {
                throw new AssertionFailedError("the Trust Audit window shows a problem: " + error.getText());
            }
            return status.getText().startsWith("Fix finished") && named(audit, JButton.class, "runAudit").isEnabled();
        });
        Map<String, Integer> after = counts(fleet);
        assertEquals("after the fix: " + rows(fleet), 7, (int) after.getOrDefault("MATCH", 0));
        assertEquals("after the fix: " + rows(fleet), 13, after.getOrDefault("FIXED", 0) + after.getOrDefault("RESTARTED", 0));
        String webOffRow = onEdt(() -> {
            for (int r = 0; r < fleet.getModel().getRowCount(); r++) {
                if (webOff.equals(String.valueOf(fleet.getModel().getValueAt(r, 1)))) {
                    return fleet.getModel().getValueAt(r, 5) + " " + fleet.getModel().getValueAt(r, 7);
                }
            }
            return "";
        });
        assertTrue("the web-off phone ended RESTARTED or FIXED over CTI: " + webOffRow + rows(fleet),
                webOffRow.equals("RESTARTED cti") || webOffRow.equals("FIXED cti"));
        if (after.getOrDefault("RESTARTED", 0) == 0) {
            String banner = onEdt(() -> named(audit, JLabel.class, "bannerText").getText());
            assertEquals("All 20 phone(s) trust the cluster (MATCH or FIXED).", banner);
        }

        // 5. Stop Lab in the Phone Lab window
        onEdt(() -> {
            lab.requestActive();
            return null;
        });
        new JButtonOperator(button(lab, "Stop Lab")).push();
        waitFor("the demo lab to stop", 60_000, () -> PhoneLabService.getDefault().current().isEmpty()
                && button(lab, "Start Demo Lab").isEnabled());
        System.err.println("[DemoStoryGuiTest] the walkthrough took " + (System.currentTimeMillis() - t0) / 1000 + " s");
    }

    /** Tools > Phone Lab with the form as a new user finds it: 127.0.10.1, port 8080, user admin, no password. */
    private static TopComponent phoneLabWithDefaultForm() throws Exception {
        new JMenuBarOperator(GuiSteps.mainWindow()).pushMenuNoBlock("Tools|Phone Lab", "|");
        TopComponent lab = waitForWindow("Phone Lab");
        // the Phone Lab tests before this one left their values in the form (it remembers them)
        onEdt(() -> {
            ((JSpinner) field(lab, "Port:")).setValue(8080);
            return null;
        });
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "First address:"))).setText("127.0.10.1");
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "User:"))).setText(USER);
        new JTextFieldOperator((JTextField) onEdt(() -> field(lab, "Password:"))).setText("");
        return lab;
    }

    /** Run Audit, wait until it finished, and the states of the fleet table counted. */
    private static Map<String, Integer> runAudit(TopComponent audit, JTable fleet) throws Exception {
        JButton run = named(audit, JButton.class, "runAudit");
        waitFor("Run Audit enabled", 10_000, run::isEnabled);
        new JButtonOperator(run).push();
        JLabel status = named(audit, JLabel.class, "status");
        JLabel error = named(audit, JLabel.class, "error");
        waitFor("the audit to finish", AUDIT_TIMEOUT_MS, () -> {
            if (!error.getText().isBlank()) {
                throw new AssertionFailedError("the Trust Audit window shows a problem: " + error.getText());
            }
            return status.getText().startsWith("Audit finished") && run.isEnabled();
        });
        return counts(fleet);
    }

    private static Map<String, Integer> counts(JTable fleet) throws Exception {
        return onEdt(() -> {
            Map<String, Integer> out = new TreeMap<>();
            for (int r = 0; r < fleet.getModel().getRowCount(); r++) {
                out.merge(String.valueOf(fleet.getModel().getValueAt(r, 5)), 1, Integer::sum);
            }
            return out;
        });
    }

    private static List<String> addressesIn(JTable fleet, String state) throws Exception {
        return onEdt(() -> {
            List<String> out = new ArrayList<>();
            for (int r = 0; r < fleet.getModel().getRowCount(); r++) {
                if (state.equals(String.valueOf(fleet.getModel().getValueAt(r, 5)))) {
                    out.add(String.valueOf(fleet.getModel().getValueAt(r, 1)));
                }
            }
            return out;
        });
    }

    /** The table as text, for failure messages: address, state, reason. */
    private static String rows(JTable fleet) throws Exception {
        return onEdt(() -> {
            StringBuilder b = new StringBuilder();
            for (int r = 0; r < fleet.getModel().getRowCount(); r++) {
                b.append("\n  ").append(fleet.getModel().getValueAt(r, 1)).append(' ')
                        .append(fleet.getModel().getValueAt(r, 5)).append(' ').append(fleet.getModel().getValueAt(r, 6));
            }
            return b.toString();
        });
    }

    private static SimulatedPhone only(PhoneLab lab, Predicate<SimulatedPhone> which) {
        List<SimulatedPhone> found = lab.phones().stream().filter(which).toList();
        assertEquals("demo phones of that kind: " + found, 1, found.size());
        return found.get(0);
    }

    private static String address(SimulatedPhone p) {
        return PhoneAddress.parse(p.hostAndPort()).toString();
    }

    /** Window > Phones; the menu is pushed again if a click got lost while another window was busy. */
    private static TopComponent openPhonesWindow() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            new JMenuBarOperator(GuiSteps.mainWindow()).pushMenuNoBlock("Window|Phones", "|");
            long end = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < end) {
                Optional<TopComponent> tc = onEdt(() -> TopComponent.getRegistry().getOpened().stream()
                        .filter(c -> "Phones".equals(c.getName())).findFirst());
                if (tc.isPresent()) {
                    return tc.get();
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionFailedError("Window > Phones did not open the Phones window");
    }

    private static void selectPhone(Outline o, String address) throws Exception {
        waitFor(address + " in the Phones window", 30_000, () -> phoneRow(o, address) >= 0);
        new JTableOperator(o).clickOnCell(onEdt(() -> phoneRow(o, address)), 0);
        waitFor(address + " selected", 10_000, () -> o.getSelectedRow() == phoneRow(o, address));
    }

    private static int phoneRow(Outline o, String address) {
        for (int r = 0; r < o.getRowCount(); r++) {
            Node n = Visualizer.findNode(o.getValueAt(r, 0));
            PhoneAddress a = n == null ? null : n.getLookup().lookup(PhoneAddress.class);
            if (a != null && address.equals(a.toString())) {
                return r;
            }
        }
        return -1;
    }

    /** All text a dialog shows (labels and text components), to recognise it by its message. */
    private static String text(Container root) {
        StringBuilder b = new StringBuilder();
        for (Component c : root.getComponents()) {
            if (c instanceof JLabel l && l.getText() != null) {
                b.append(l.getText()).append('\n');
            } else if (c instanceof javax.swing.text.JTextComponent t) {
                b.append(t.getText()).append('\n');
            }
            if (c instanceof Container inner) {
                b.append(text(inner));
            }
        }
        return b.toString();
    }

    private static <T extends Component> T named(TopComponent tc, Class<T> type, String name) throws Exception {
        T c = onEdt(() -> find(tc, type, x -> name.equals(x.getName())));
        assertNotNull(type.getSimpleName() + " named " + name + " in " + tc.getName(), c);
        return c;
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

    /** As {@link GuiSteps#onEdt}, also from the Swing thread (the conditions of {@link #waitFor} run there). */
    private static <T> T onEdt(Callable<T> work) throws Exception {
        return SwingUtilities.isEventDispatchThread() ? work.call() : GuiSteps.onEdt(work);
    }

    /** Waits up to {@code timeoutMs} for {@code condition}, checked on the Swing thread. */
    private static void waitFor(String what, long timeoutMs, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Boolean.TRUE.equals(onEdt(condition))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionFailedError("timed out after " + timeoutMs / 1000 + " s waiting for " + what);
    }
}
