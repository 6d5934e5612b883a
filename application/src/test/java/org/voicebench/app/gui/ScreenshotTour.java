package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.awt.Component;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import junit.framework.AssertionFailedError;
import org.netbeans.jemmy.operators.AbstractButtonOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.view.Visualizer;
import org.openide.modules.Places;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * Walks through every VoiceBench window as a new user would and saves a screenshot of each
 * ({@link Screenshots}): the Start window, the inspector with the sample ITL, Compare, Trust Check
 * on the samples, the demo lab's Trust Audit after Run Audit, Phones, a remote view, the macro
 * editor with a recording, and the Phone Lab. Runs only when {@value Screenshots#FOLDER_PROPERTY}
 * is set, booted by {@link ScreenshotsIT} in a user directory of its own; not part of the test run.
 */
public class ScreenshotTour extends GuiTestCase {

    private static final String SAMPLE_ITL = "ITLFile.tlv";
    private static final String SAMPLE_ITL_AFTER = "ITLFile-after-CallManager-regeneration.tlv";

    public ScreenshotTour(String name) {
        super(name, 600_000);
    }

    @Override
    protected void setUp() throws Exception {
        super.setUp();
        // as DemoStoryGuiTest: no native keyring and no master-password prompt under the virtual display
        System.setProperty("netbeans.keyring.no.native", "true");
        System.setProperty("netbeans.keyring.no.master", "true");
    }

    @Override
    protected void tearDown() throws Exception {
        if (PhoneLabService.getDefault().current().isPresent()) {
            TopComponent lab = waitForWindow("Phone Lab");
            AbstractButton stop = button(lab, "Stop Lab");
            onEdt(() -> {
                stop.doClick();
                return null;
            });
            waitFor("the demo lab to stop", () -> PhoneLabService.getDefault().current().isEmpty());
        }
    }

    public void testEveryWindow() throws Exception {
        mainWindow();
        Screenshots.sizeMainWindow();
        TopComponent start = waitForWindow("Start");
        Screenshots.save("start", start);

        Path samples = Places.getUserDirectory().toPath().resolve("var/voicebench/samples");
        push(start, "Open Sample ITL");
        TopComponent inspector = waitForWindow(SAMPLE_ITL);
        selectRow(onEdt(() -> find(inspector, Outline.class, c -> true)), "Record 2");
        Screenshots.save("inspector", inspector);

        push(start, "Compare Old/New ITL");
        TopComponent compare = waitForWindow("Compare Trust Lists");
        Screenshots.save("compare", compare);

        push(start, "Open Trust Check");
        TopComponent check = waitForWindow("Trust Check");
        new JTextFieldOperator(field(check, "Phone's trust list:")).setText(samples.resolve(SAMPLE_ITL).toString());
        new JTextFieldOperator(field(check, "Cluster trust list:")).setText(samples.resolve(SAMPLE_ITL_AFTER).toString());
        push(check, "Run Check");
        JLabel verdict = onEdt(() -> find(check, JLabel.class,
                l -> "Verdict".equals(l.getAccessibleContext().getAccessibleName())));
        waitFor("the verdict", () -> verdict.getText() != null && !verdict.getText().isBlank());
        Screenshots.save("trust-check", check);

        push(start, "Start the Demo Lab");
        TopComponent lab = waitForWindow("Phone Lab");
        waitFor("the demo lab to run", () -> PhoneLabService.getDefault().current().isPresent()
                && button(lab, "Stop Lab").isEnabled());
        TopComponent audit = auditOfTheDemo(start);
        Screenshots.saveMaximized("trust-audit", audit);

        push(start, "Open Phones");
        TopComponent phones = waitForWindow("Phones");
        Outline outline = onEdt(() -> find(phones, Outline.class, c -> true));
        waitFor("every demo phone checked", () -> outline.getRowCount() > 20 && !anyCell(outline, "not checked"));
        Screenshots.saveMaximized("phones", phones);

        SimulatedPhone phone = PhoneLabService.getDefault().current().orElseThrow().phones().stream()
                .filter(p -> p.modelNumber().startsWith("CP-8845") && p.conditions().webAccess()
                        && p.conditions().ownPassword() == null)
                .findFirst().orElseThrow();
        selectRow(outline, PhoneAddress.parse(phone.hostAndPort()).toString());
        push(phones, "Open Remote View");
        TopComponent remote = waitForWindowWhere(tc -> tc.getName() != null && tc.getName().startsWith("Remote: "));
        waitFor("the phone's screen", () -> find(remote, JLabel.class,
                l -> l.getText() != null && l.getText().startsWith("Screen updated")) != null);
        Screenshots.save("remote-view", remote);

        push(remote, "Record Macro");
        for (String key : new String[] {"Applications", "NavDwn", "NavSelect"}) {
            int accepted = phone.acceptedKeys();
            new AbstractButtonOperator(named(remote, AbstractButton.class, "key:" + key)).push();
            waitFor(key + " accepted by the phone", () -> phone.acceptedKeys() > accepted);
        }
        push(remote, "Record Macro");
        TopComponent macro = waitForWindowWhere(tc -> tc.getName() != null && tc.getName().startsWith("Macro: "));
        Screenshots.save("macro-editor", macro);

        Screenshots.saveMaximized("phone-lab", lab);
    }

    /** Window > Trust Audit filled from the running demo lab, after Run Audit, with a stale phone's row selected. */
    private static TopComponent auditOfTheDemo(TopComponent start) throws Exception {
        push(start, "Open Trust Audit");
        TopComponent audit = waitForWindow("Trust Audit");
        JTextArea locations = named(audit, JTextArea.class, "locations");
        waitFor("the three nodes' ITL URLs", () -> locations.getText().strip().lines().count() == 3);
        JLabel count = named(audit, JLabel.class, "phones");
        waitFor("the 20 lab phones", () -> count.getText().startsWith("Phones: 20 "));
        new AbstractButtonOperator(named(audit, JButton.class, "runAudit")).push();
        JLabel status = named(audit, JLabel.class, "status");
        waitFor("the audit to finish", () -> status.getText().startsWith("Audit finished")
                && named(audit, JButton.class, "runAudit").isEnabled());
        JTable fleet = named(audit, JTable.class, "fleet");
        onEdt(() -> {
            for (int r = 0; r < fleet.getRowCount(); r++) {
                if ("MISMATCH".equals(String.valueOf(fleet.getValueAt(r, 5)))) {
                    fleet.setRowSelectionInterval(r, r);
                    fleet.scrollRectToVisible(fleet.getCellRect(r, 0, true));
                    break;
                }
            }
            return null;
        });
        return audit;
    }

    /** Clicks the first row whose first column names {@code text} (a node's display name or a phone's address). */
    private static void selectRow(Outline outline, String text) throws Exception {
        Predicate<Integer> matches = r -> {
            Node n = Visualizer.findNode(outline.getValueAt(r, 0));
            PhoneAddress a = n == null ? null : n.getLookup().lookup(PhoneAddress.class);
            return n != null && (text.equals(n.getDisplayName()) || a != null && text.equals(a.toString()));
        };
        waitFor(text + " listed", () -> row(outline, matches) >= 0);
        int row = onEdt(() -> row(outline, matches));
        new JTableOperator(outline).clickOnCell(row, 0);
        waitFor(text + " selected", () -> outline.getSelectedRow() == row);
    }

    private static int row(Outline outline, Predicate<Integer> matches) {
        for (int r = 0; r < outline.getRowCount(); r++) {
            if (matches.test(r)) {
                return r;
            }
        }
        return -1;
    }

    /** True when a property cell of the outline shows {@code text}. */
    private static boolean anyCell(Outline outline, String text) throws Exception {
        for (int r = 0; r < outline.getRowCount(); r++) {
            for (int c = 1; c < outline.getColumnCount(); c++) {
                if (outline.getValueAt(r, c) instanceof Node.Property<?> p && text.equals(String.valueOf(p.getValue()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static TopComponent waitForWindowWhere(Predicate<TopComponent> which) throws Exception {
        AtomicReference<TopComponent> found = new AtomicReference<>();
        waitFor("the window", () -> {
            TopComponent.getRegistry().getOpened().stream().filter(which).findFirst().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** Pushes the button or toggle labelled {@code text} in {@code window}, through Jemmy. */
    private static void push(TopComponent window, String text) throws Exception {
        onEdt(() -> {
            window.requestActive();
            return null;
        });
        AbstractButton b = button(window, text);
        waitFor(text + " showing and enabled", () -> b.isShowing() && b.isEnabled());
        new AbstractButtonOperator(b).push();
    }

    private static AbstractButton button(TopComponent window, String text) throws Exception {
        AbstractButton b = onAnyThread(() -> find(window, AbstractButton.class, c -> text.equals(c.getText())));
        if (b == null) {
            throw new AssertionFailedError("no button " + text + " in " + window.getName());
        }
        return b;
    }

    private static <T extends Component> T named(TopComponent window, Class<T> type, String name) throws Exception {
        T c = onAnyThread(() -> find(window, type, x -> name.equals(x.getName())));
        if (c == null) {
            throw new AssertionFailedError(type.getSimpleName() + " named " + name + " in " + window.getName());
        }
        return c;
    }

    /** As {@link GuiSteps#onEdt}, also from the Swing thread (the conditions of {@link GuiSteps#waitFor} run there). */
    private static <T> T onAnyThread(Callable<T> work) throws Exception {
        return SwingUtilities.isEventDispatchThread() ? work.call() : onEdt(work);
    }

    private static JTextField field(TopComponent window, String label) throws Exception {
        JLabel l = onEdt(() -> find(window, JLabel.class, c -> label.equals(c.getText())));
        if (l == null) {
            throw new AssertionFailedError("label " + label + " in " + window.getName());
        }
        return (JTextField) l.getLabelFor();
    }
}
