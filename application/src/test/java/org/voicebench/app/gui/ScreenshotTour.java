package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.Window;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import junit.framework.AssertionFailedError;
import org.netbeans.api.options.OptionsDisplayer;
import org.netbeans.jemmy.operators.AbstractButtonOperator;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JComboBoxOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.jemmy.util.NameComponentChooser;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.view.Visualizer;
import org.openide.modules.Places;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.remote.ui.api.PhonesService;

/**
 * Walks through every VoiceBench window as a new user would and saves a screenshot of each
 * ({@link Screenshots}): the Start window, the inspector with the sample ITL, Compare, Trust Check
 * on the samples, Tools &gt; Options &gt; CTI, the demo lab's Trust Audit after Run Audit, the
 * Readiness window's check of the demo phones, Phones, a remote view, the macro editor with a
 * recording, Personalize... with a picture, the Phone Lab and Tools &gt; Plugins. Runs only when
 * {@value Screenshots#FOLDER_PROPERTY} is set, booted by {@link ScreenshotsIT} in a user directory of
 * its own; not part of the test run.
 */
public class ScreenshotTour extends GuiTestCase {

    private static final String SAMPLE_ITL = "ITLFile.tlv";
    private static final String SAMPLE_ITL_AFTER = "ITLFile-after-CallManager-regeneration.tlv";

    public ScreenshotTour(String name) {
        super(name, 900_000);
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

        ctiOptions();

        push(start, "Start the Demo Lab");
        TopComponent lab = waitForWindow("Phone Lab");
        waitFor("the demo lab to run", () -> PhoneLabService.getDefault().current().isPresent()
                && button(lab, "Stop Lab").isEnabled());
        TopComponent audit = auditOfTheDemo(start);
        Screenshots.saveMaximized("trust-audit", audit);
        Screenshots.saveMaximized("readiness", readinessOfTheDemo(audit));

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

        Screenshots.saveMaximized("personalize", personalizeTheLabGroup(phones, outline));

        Screenshots.saveMaximized("phone-lab", lab);

        plugins();
    }

    /**
     * Tools &gt; Options &gt; CTI with a CUCM's values typed in (before the demo lab runs, whose CTI the form would
     * otherwise point to); Cancel, so nothing is saved.
     */
    private static void ctiOptions() throws Exception {
        OptionsDisplayer.getDefault().open("CTI");
        JDialogOperator options = new JDialogOperator("Options");
        new JTextFieldOperator(options, new NameComponentChooser("jar")).setText("/opt/cucm/jtapi.jar");
        new JTextFieldOperator(options, new NameComponentChooser("hosts")).setText("cucm-pub,cucm-sub1");
        new JTextFieldOperator(options, new NameComponentChooser("user")).setText("vb-cti");
        JDialog dialog = (JDialog) options.getSource();
        widen(dialog, Screenshots.WIDTH);
        Screenshots.saveDialog("options-cti", dialog);
        new JButtonOperator(options, "Cancel").push();
        options.waitClosed();
    }

    /**
     * The Trust Audit's Readiness... with its phones, From Phone Lab, the change that rejects the settings-locked demo
     * phones (ITLRecovery and every TVS regenerated), Run Check: they come first, FACTORY_RESET_ONLY.
     */
    private static TopComponent readinessOfTheDemo(TopComponent audit) throws Exception {
        push(audit, "Readiness\u2026");
        TopComponent readiness = waitForWindow("Readiness");
        new AbstractButtonOperator(named(readiness, JButton.class, "fromLab")).push();
        JTextArea itls = named(readiness, JTextArea.class, "clusterItls");
        JTextField cucm = named(readiness, JTextField.class, "cucmHost");
        waitFor("the lab's ITLs and CUCM", () -> itls.getText().strip().lines().count() == 3 && !cucm.getText().isBlank());
        @SuppressWarnings("unchecked")
        JComboBox<String> choice = named(readiness, JComboBox.class, "changeChoice");
        for (String change : new String[] {"regenerate:ITLRecovery", "regenerate:TVS"}) {
            new JComboBoxOperator(choice).selectItem(change);
            new AbstractButtonOperator(named(readiness, JButton.class, "addChange")).push();
        }
        new AbstractButtonOperator(named(readiness, JButton.class, "runCheck")).push();
        JLabel status = named(readiness, JLabel.class, "status");
        waitFor("the check to finish", () -> status.getText().startsWith("Check finished")
                && named(readiness, JButton.class, "runCheck").isEnabled());
        JTable table = named(readiness, JTable.class, "readiness");
        String first = onEdt(() -> String.valueOf(table.getValueAt(0, 0)));
        if (!"FACTORY_RESET_ONLY".equals(first)) {
            throw new AssertionFailedError("the settings-locked phones first, FACTORY_RESET_ONLY; found " + first
                    + " (" + status.getText() + ")");
        }
        onEdt(() -> { // as a user widens the Outcome column to read it
            table.getColumnModel().getColumn(0).setPreferredWidth(215);
            table.doLayout();
            return null;
        });
        return readiness;
    }

    /**
     * Personalize... on the Phones window's Lab group, with a picture chosen in its file chooser: a preview per model.
     * Nothing is pushed.
     */
    private static TopComponent personalizeTheLabGroup(TopComponent phones, Outline outline) throws Exception {
        Path picture = Places.getUserDirectory().toPath().resolve("var/voicebench/company-background.png");
        writeCompanyPicture(picture);
        selectRow(outline, PhonesService.LAB_GROUP);
        AbstractButton personalize = button(phones, "Personalize\u2026");
        // the last buttons of the Phones window's toolbar may be cut off by its width: click it as the keyboard would
        onEdt(() -> {
            personalize.doClick();
            return null;
        });
        TopComponent window = waitForWindowWhere(tc -> tc.getName() != null && tc.getName().startsWith("Personalize: "));
        new AbstractButtonOperator(named(window, JButton.class, "browsePicture")).pushNoBlock();
        JFileChooser chooser = waitForShowing(JFileChooser.class, "the picture's file chooser");
        SwingUtilities.invokeLater(() -> {
            chooser.setSelectedFile(picture.toFile());
            chooser.approveSelection();
        });
        JTextField field = named(window, JTextField.class, "picture");
        JPanel previews = named(window, JPanel.class, "previews");
        waitFor("the picture and a preview per model", () -> picture.toString().equals(field.getText())
                && previews.getComponentCount() > 1 && find(previews, JLabel.class, l -> l.getIcon() != null) != null);
        onEdt(() -> { // as a user drags the divider down to read the previews' captions (model, size, colours)
            JScrollPane pane = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, previews);
            JSplitPane split = (JSplitPane) SwingUtilities.getAncestorOfClass(JSplitPane.class, pane);
            int bottom = 0;
            for (Component cell : previews.getComponents()) { // the previews in view
                if (cell.getX() < pane.getViewport().getWidth()) {
                    bottom = Math.max(bottom, cell.getY() + cell.getHeight());
                }
            }
            Insets in = pane.getInsets();
            split.setDividerLocation(bottom + 8 + in.top + in.bottom + pane.getHorizontalScrollBar().getHeight());
            split.setResizeWeight(0); // and the previews keep that height when the window is maximized for the picture
            return null;
        });
        return window;
    }

    /** A company's background picture: a gradient with its name, as a user would choose one. */
    private static void writeCompanyPicture(Path file) throws Exception {
        BufferedImage image = new BufferedImage(1280, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x0D47A1), 1280, 800, new Color(0x00897B)));
            g.fillRect(0, 0, 1280, 800);
            g.setStroke(new BasicStroke(24));
            g.setColor(new Color(255, 255, 255, 60));
            g.drawOval(760, 120, 560, 560);
            g.drawOval(880, 240, 320, 320);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 150));
            g.drawString("ACME", 110, 430);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 64));
            g.drawString("Voice Services", 116, 530);
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    /** Tools &gt; Plugins on its Installed tab, a VoiceBench module selected (its description beside the list). */
    private static void plugins() throws Exception {
        new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Tools|Plugins", "|");
        JDialogOperator plugins = new JDialogOperator("Plugins");
        JDialog dialog = (JDialog) plugins.getSource();
        waitFor("the Installed tab", () -> {
            JTabbedPane tabs = find(dialog, JTabbedPane.class, c -> true);
            for (int i = 0; tabs != null && i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).toLowerCase(Locale.ROOT).startsWith("installed")) {
                    tabs.setSelectedIndex(i);
                    return true;
                }
            }
            return false;
        });
        String module = "VoiceBench Trust Audit";
        waitFor(module + " listed", () -> cellRow(dialog, module) >= 0);
        Thread.sleep(1000); // the tab fills its table in the background: let it settle
        new JTableOperator(onEdt(() -> find(dialog, JTable.class, Component::isShowing)))
                .clickOnCell(onEdt(() -> cellRow(dialog, module)), 1);
        widen(dialog, 1000);
        Screenshots.saveDialog("plugins", dialog);
        new JButtonOperator(plugins, "Close").push();
        plugins.waitClosed();
    }

    /** Makes {@code dialog} as wide as its content asks, at least {@code width} (its notes and names not cut off). */
    private static void widen(JDialog dialog, int width) throws Exception {
        onEdt(() -> {
            int w = Math.min(Screenshots.WIDTH, Math.max(width, Math.max(dialog.getWidth(), dialog.getPreferredSize().width)));
            dialog.setSize(w, dialog.getHeight());
            dialog.validate();
            return null;
        });
    }

    /** The row of the dialog's showing table that has a cell {@code text}, or -1. */
    private static int cellRow(JDialog dialog, String text) {
        JTable t = find(dialog, JTable.class, Component::isShowing);
        for (int r = 0; t != null && r < t.getRowCount(); r++) {
            for (int c = 0; c < t.getColumnCount(); c++) {
                if (text.equals(t.getValueAt(r, c))) {
                    return r;
                }
            }
        }
        return -1;
    }

    /** The first showing component of {@code type} in any window (a modal dialog's content). */
    private static <T extends Component> T waitForShowing(Class<T> type, String what) throws Exception {
        AtomicReference<T> found = new AtomicReference<>();
        waitFor(what, () -> {
            for (Window w : Window.getWindows()) {
                T c = w.isShowing() ? find(w, type, Component::isShowing) : null;
                if (c != null) {
                    found.set(c);
                    return true;
                }
            }
            return false;
        });
        return found.get();
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
