package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.find;
import static org.voicebench.app.gui.GuiSteps.mainWindow;
import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitFor;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dialog;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.DataFlavor;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JTableOperator;
import org.netbeans.jemmy.operators.JTextFieldOperator;
import org.netbeans.swing.outline.Outline;
import org.openide.explorer.view.Visualizer;
import org.openide.nodes.Node;
import org.openide.windows.TopComponent;
import org.voicebench.macro.MacroLibrary;

/**
 * Tools &gt; Plugins in the running application: the Installed tab lists VoiceBench's modules and none of the
 * platform's internals; the example plugin (examples/company-plugin) is installed from its NBM through the
 * Downloaded tab's Add Plugins... and the install wizard, without a restart; then its action on the Phones window's
 * selection copies the phone for ACME's change ticket and its macro library's macro runs from Run Built-in Macro...
 */
public class PluginsGuiTest extends GuiTestCase {

    /** The example plugin's NBM (application/pom.xml copies it to target/example-plugin). */
    static final String NBM_PROPERTY = "voicebench.example.nbm";
    private static final String PLUGIN = "ACME Phone Tools (example plugin)";
    private static final String ACTION = "Copy for ACME Change Ticket";
    private static final String PHONE = "SEP00ACE0000001";

    public PluginsGuiTest(String name) {
        super(name, 360_000);
    }

    public void testExamplePluginInstalledThroughToolsPluginsAddsItsActionAndMacros() throws Exception {
        File nbm = new File(System.getProperty(NBM_PROPERTY, "missing"));
        assertTrue("the example plugin's NBM (build examples/company-plugin first): " + nbm, nbm.isFile());
        assertFalse("the plugin is not part of the application", MacroLibrary.allNames().contains("acme-soft-reset"));

        JDialog pluginsDialog = openPlugins();
        JDialogOperator plugins = new JDialogOperator(pluginsDialog);

        List<String> installed = installedNames(pluginsDialog);
        assertTrue("VoiceBench's modules are listed: " + installed, installed.contains("VoiceBench Trust Audit")
                && installed.contains("VoiceBench Macros"));
        for (String name : installed) {
            assertTrue("only VoiceBench's own modules are listed, no platform internal: " + name + " in " + installed,
                    name.startsWith("VoiceBench"));
        }
        for (String internal : List.of("VoiceBench Macro Core", "VoiceBench Library: Jackson")) {
            assertFalse("no core or library module in the list: " + internal + " in " + installed,
                    installed.contains(internal));
        }

        selectTab(pluginsDialog, "Downloaded");
        new JButtonOperator(plugins, "Add Plugins").pushNoBlock();
        JFileChooser chooser = waitForComponent(JFileChooser.class, "the Add Plugins file chooser");
        SwingUtilities.invokeLater(() -> {
            chooser.setSelectedFile(nbm);
            chooser.setSelectedFiles(new File[]{nbm}); // the chooser allows several files
            chooser.approveSelection();
        });
        try {
            waitFor("the example plugin in the Downloaded tab", () -> tableText(pluginsDialog).contains(PLUGIN));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the tab shows: " + onEdt(() -> tableText(pluginsDialog))
                    + "; dialogs: " + onEdt(PluginsGuiTest::dialogs), e);
        }
        waitFor("its Install button enabled", () -> {
            JButton b = find(pluginsDialog, JButton.class, c -> "Install".equals(c.getText()) && c.isShowing());
            return b != null && b.isEnabled();
        });
        new JButtonOperator((JButton) onEdt(() -> find(pluginsDialog, JButton.class,
                c -> "Install".equals(c.getText()) && c.isShowing()))).pushNoBlock();
        runInstallWizard();

        waitFor("the plugin's macros in the library", () -> MacroLibrary.allNames().contains("acme-open-services"));
        List<String> after = installedNames(pluginsDialog);
        assertTrue("the plugin is listed as installed: " + after, after.contains(PLUGIN));
        new JButtonOperator(plugins, "Close").push();
        plugins.waitClosed();

        TopComponent phones = openPhonesWindow();
        Outline outline = onEdt(() -> find(phones, Outline.class, c -> true));
        if (onEdt(() -> row(outline, PHONE)) < 0) {
            new JButtonOperator(button(phones, "Add\u2026")).pushNoBlock();
            JDialogOperator add = new JDialogOperator("Add Phone");
            new JTextFieldOperator(add, 0).setText("127.0.88.1:9");
            new JTextFieldOperator(add, 1).setText(PHONE);
            new JButtonOperator(add, "OK").push();
            add.waitClosed();
        }
        select(outline, PHONE);

        // the plugin's action, added to the open Phones window when the module was enabled
        waitFor("the " + ACTION + " button in the Phones window", () -> find(phones, JButton.class,
                c -> ACTION.equals(c.getText())) != null);
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new java.awt.datatransfer.StringSelection(""), null);
        new JButtonOperator(button(phones, ACTION)).push();
        waitFor("the change ticket text on the clipboard", () -> clipboard().startsWith("ACME change ticket: 1 phone\n"));
        assertTrue(clipboard(), clipboard().contains(PHONE + "\t127.0.88.1:9"));

        // the plugin's macro library in Run Built-in Macro...
        new JButtonOperator(button(phones, "Run Built-in Macro\u2026")).pushNoBlock();
        JDialogOperator choose = new JDialogOperator("Run a Built-in Macro");
        @SuppressWarnings("unchecked")
        JComboBox<String> macros = onEdt(() -> find((Container) choose.getSource(), JComboBox.class, c -> true));
        List<String> offered = onEdt(() -> {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < macros.getItemCount(); i++) {
                names.add(macros.getItemAt(i));
            }
            return names;
        });
        assertTrue("the built-ins, then ACME's: " + offered, offered.containsAll(List.of("erase-itl", "acme-soft-reset",
                "acme-open-services")) && offered.indexOf("acme-soft-reset") > offered.indexOf("restart"));
        onEdt(() -> {
            macros.setSelectedItem("acme-open-services");
            return null;
        });
        new JButtonOperator(choose, "OK").push();
        choose.waitClosed();
        TopComponent run = waitForRun("Run: acme-open-services");
        JTable results = onEdt(() -> find(run, JTable.class, c -> "results".equals(c.getName())));
        assertNotNull("the run's results table", results);
        waitFor("the phone's result", () -> results.getRowCount() == 1
                && String.valueOf(results.getValueAt(0, 0)).length() > 0);
        onEdt(() -> {
            run.close();
            return null;
        });
    }

    /** Next, accept the license, Install, Continue past the unsigned-plugin warning, Finish. */
    private static void runInstallWizard() throws Exception {
        long end = System.currentTimeMillis() + GuiSteps.TIMEOUT_MS;
        boolean finished = false;
        while (!finished) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the Plugin Installer did not finish; open dialogs: " + onEdt(PluginsGuiTest::dialogs));
            }
            finished = onEdt(() -> {
                for (Window w : Window.getWindows()) {
                    if (!(w instanceof Dialog) || !w.isShowing() || "Plugins".equals(((Dialog) w).getTitle())) {
                        continue;
                    }
                    JCheckBox accept = find(w, JCheckBox.class, c -> c.getText().startsWith("I accept") && c.isShowing());
                    if (accept != null && !accept.isSelected()) {
                        accept.doClick();
                        return false;
                    }
                    for (String text : List.of("Finish", "Continue", "Install", "Next >")) {
                        JButton b = find(w, JButton.class, c -> text.equals(c.getText()) && c.isShowing() && c.isEnabled());
                        if (b != null) {
                            SwingUtilities.invokeLater(b::doClick);
                            return "Finish".equals(text);
                        }
                    }
                }
                return false;
            });
            Thread.sleep(500);
        }
        waitFor("the Plugin Installer closed", () -> dialogs().stream().noneMatch(t -> t.startsWith("Plugin Installer")));
    }

    /**
     * Tools &gt; Plugins. Its first opening reads every module's and update center's data: on a busy machine that has
     * taken longer than Jemmy's 60 s dialog wait, so this waits the GUI tests' own limit and says what was showing.
     */
    private JDialog openPlugins() throws Exception {
        new JMenuBarOperator(mainWindow()).pushMenuNoBlock("Tools|Plugins", "|");
        try {
            waitFor("the Plugins dialog", () -> pluginsDialog() != null);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; dialogs showing: " + onEdt(PluginsGuiTest::dialogs), e);
        }
        return onEdt(PluginsGuiTest::pluginsDialog);
    }

    private static JDialog pluginsDialog() {
        for (Window w : Window.getWindows()) {
            if (w instanceof JDialog d && d.isShowing() && "Plugins".equals(d.getTitle())) {
                return d;
            }
        }
        return null;
    }

    private static List<String> dialogs() {
        List<String> out = new ArrayList<>();
        for (Window w : Window.getWindows()) {
            if (w instanceof Dialog d && w.isShowing()) {
                out.add(d.getTitle());
            }
        }
        return out;
    }

    /** The names in the Installed tab's table (only what it shows without Show Details). */
    private static List<String> installedNames(JDialog plugins) throws Exception {
        selectTab(plugins, "Installed");
        waitFor("the Installed tab's list", () -> !tableText(plugins).isEmpty());
        Thread.sleep(1000); // the tab fills its table in the background: let it settle
        return onEdt(() -> {
            List<String> names = new ArrayList<>();
            JTable t = visibleTable(plugins);
            for (int r = 0; r < t.getRowCount(); r++) {
                for (int c = 0; c < t.getColumnCount(); c++) {
                    Object v = t.getValueAt(r, c);
                    if (v instanceof String s) {
                        names.add(s);
                    }
                }
            }
            return names;
        });
    }

    private static void selectTab(JDialog plugins, String title) throws Exception {
        waitFor("the " + title + " tab", () -> {
            JTabbedPane tabs = find(plugins, JTabbedPane.class, c -> true);
            if (tabs == null) {
                return false;
            }
            for (int i = 0; i < tabs.getTabCount(); i++) {
                if (tabs.getTitleAt(i).toLowerCase(Locale.ROOT).startsWith(title.toLowerCase(Locale.ROOT))) {
                    tabs.setSelectedIndex(i);
                    return true;
                }
            }
            return false;
        });
    }

    private static JTable visibleTable(JDialog plugins) {
        return find(plugins, JTable.class, c -> c.isShowing());
    }

    private static String tableText(JDialog plugins) {
        JTable t = visibleTable(plugins);
        if (t == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < t.getRowCount(); r++) {
            for (int c = 0; c < t.getColumnCount(); c++) {
                s.append(t.getValueAt(r, c)).append('|');
            }
        }
        return s.toString();
    }

    private static <T extends Component> T waitForComponent(Class<T> type, String what) throws Exception {
        List<T> found = new ArrayList<>();
        waitFor(what, () -> {
            for (Window w : Window.getWindows()) {
                T c = w.isShowing() ? find(w, type, x -> x.isShowing()) : null;
                if (c != null) {
                    found.add(c);
                    return true;
                }
            }
            return false;
        });
        return found.get(0);
    }

    private static String clipboard() throws Exception {
        Object v = Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        return v == null ? "" : v.toString();
    }

    /** The run's window; a CTI transport question (when CTI is configured) is answered with its default. */
    private static TopComponent waitForRun(String name) throws Exception {
        long end = System.currentTimeMillis() + GuiSteps.TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            TopComponent tc = onEdt(() -> TopComponent.getRegistry().getOpened().stream()
                    .filter(c -> name.equals(c.getName()) || name.equals(c.getDisplayName())).findFirst().orElse(null));
            if (tc != null) {
                return tc;
            }
            onEdt(() -> {
                for (Window w : Window.getWindows()) {
                    if (w instanceof Dialog d && w.isShowing() && d.getTitle().startsWith("How the Keys Reach the Phones")) {
                        AbstractButton ok = find(w, JButton.class, c -> "OK".equals(c.getText()));
                        if (ok != null) {
                            SwingUtilities.invokeLater(ok::doClick);
                        }
                    }
                }
                return null;
            });
            Thread.sleep(200);
        }
        return waitForWindow(name);
    }

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

    private static int row(Outline o, String name) {
        for (int r = 0; r < o.getRowCount(); r++) {
            Node n = Visualizer.findNode(o.getValueAt(r, 0));
            if (n != null && name.equals(n.getDisplayName())) {
                return r;
            }
        }
        return -1;
    }

    private static void select(Outline o, String name) throws Exception {
        waitFor(name + " in the Phones window", () -> row(o, name) >= 0);
        new JTableOperator(o).clickOnCell(onEdt(() -> row(o, name)), 0);
        waitFor(name + " selected", () -> o.getSelectedRow() == row(o, name));
    }

    private static JButton button(TopComponent tc, String text) throws Exception {
        JButton b = onEdt(() -> find(tc, JButton.class, c -> text.equals(c.getText())));
        assertNotNull("button " + text, b);
        return b;
    }
}
