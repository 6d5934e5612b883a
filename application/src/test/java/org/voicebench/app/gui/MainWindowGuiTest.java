package org.voicebench.app.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Frame;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.swing.AbstractButton;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JMenuBar;
import javax.swing.UIManager;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JEditorPaneOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.netbeans.jemmy.operators.JMenuItemOperator;
import org.openide.awt.Toolbar;
import org.openide.awt.ToolbarPool;
import org.openide.windows.WindowManager;

/**
 * Smoke test of the assembled application: it starts, shows its branded main window in FlatLaf
 * Light with only the menus and toolbar items a voice engineer needs (branding/), and logs nothing
 * bad while doing so. Runs inside the booted platform; started by {@link VoiceBenchGuiIT}.
 */
public class MainWindowGuiTest extends GuiTestCase {

    /** A log record at SEVERE, or the first line of a logged exception or of its stack trace. */
    private static final Pattern BAD_LOG_LINE = Pattern.compile(
            "^SEVERE\\b.*|^\\s+at [\\w$.<>/]+\\(.*\\)$|^(?:Caused by: )?[\\w$.]+(?:Exception|Error)(?::.*)?$");

    public MainWindowGuiTest(String name) {
        super(name, 180_000);
    }

    public void testMainWindowIsShownWithVoiceBenchTitle() throws Exception {
        Frame mainWindow = VoiceBenchGuiSuite.waitForMainWindow();
        assertTrue("main window is a JFrame: " + mainWindow, mainWindow instanceof JFrame);

        // look the window up the way a user sees it: a showing frame with that title
        JFrameOperator byTitle = new JFrameOperator("VoiceBench");
        byTitle.waitComponentShowing(true);
        assertSame("the frame titled VoiceBench is the platform's main window",
                WindowManager.getDefault().getMainWindow(), byTitle.getSource());

        String title = byTitle.getTitle();
        assertTrue("title contains VoiceBench: " + title, title.contains("VoiceBench"));
        assertFalse("title no longer says NetBeans (branding applied): " + title, title.contains("NetBeans"));
    }

    public void testLookAndFeelIsThePlatformsFlatLafLight() throws Exception {
        VoiceBenchGuiSuite.waitForMainWindow();
        assertEquals("the branded default look (swing.plaf's LookAndFeelClassName)", "com.formdev.flatlaf.FlatLightLaf",
                GuiSteps.onEdt(() -> UIManager.getLookAndFeel().getClass().getName()));
        List<String> installed = GuiSteps.onEdt(() -> Arrays.stream(UIManager.getInstalledLookAndFeels())
                .map(UIManager.LookAndFeelInfo::getClassName).toList());
        assertTrue("FlatLaf Dark is offered in Tools > Options > Appearance > Look and Feel: " + installed,
                installed.contains("com.formdev.flatlaf.FlatDarkLaf"));
    }

    public void testMenusAndToolbarHoldWhatAVoiceEngineerNeedsAndNoIdeItems() throws Exception {
        JFrameOperator main = GuiSteps.mainWindow();
        JMenuBarOperator bar = new JMenuBarOperator(main);
        Map<String, List<String>> menus = new LinkedHashMap<>();
        for (String menu : GuiSteps.onEdt(() -> menuNames((JMenuBar) bar.getSource()))) {
            List<String> items = new ArrayList<>();
            for (JMenuItemOperator item : bar.showMenuItems(menu)) {
                items.add(item.getText());
            }
            bar.closeSubmenus();
            menus.put(menu, items);
        }
        assertEquals("menus: " + menus, List.of("File", "Edit", "View", "Tools", "Window", "Help"), List.copyOf(menus.keySet()));
        assertNoneOf(menus, "File", "Save", "Save As...", "Save All", "Page Setup...", "Print...");
        assertNoneOf(menus, "Edit", "Find...", "Replace...", "Find in Files...", "Replace in Files...");
        assertNoneOf(menus, "View", "IDE Log", "Editors", "Split", "Show Only Editor");
        assertNoneOf(menus, "Tools", "Templates");
        assertNoneOf(menus, "Window", "Web", "IDE Tools", "Dashboard", "Editor", "Document Groups");
        assertNoneOf(menus, "Help", "Help Contents", "Keyboard Shortcuts Card");
        assertAllOf(menus, "File", "Open Trust List...", "Exit");
        assertAllOf(menus, "Tools", "Trust Check", "Trust Audit", "Phone Lab", "Start Demo Lab", "Plugins", "Options");
        assertAllOf(menus, "Window", "Phones", "Macro Editor", "Trust Audit", "Output");
        assertAllOf(menus, "Help", "Sample Trust Lists", "About");

        List<String> toolbars = GuiSteps.onEdt(() -> Arrays.stream(ToolbarPool.getDefault().getToolbars())
                .map(Toolbar::getName).toList());
        for (String ide : List.of("Memory", "UndoRedo", "Clipboard")) {
            assertFalse("no " + ide + " toolbar (the memory meter and garbage collection, ...): " + toolbars,
                    toolbars.contains(ide));
        }
        List<String> tools = GuiSteps.onEdt(() -> toolbarButtons(ToolbarPool.getDefault(), new ArrayList<>()));
        for (String ide : List.of("garbage", "memory", "profile", "pause", "undo", "redo", "save all")) {
            assertTrue("no " + ide + " on the toolbar: " + tools,
                    tools.stream().noneMatch(t -> t.toLowerCase(Locale.ROOT).contains(ide)));
        }
        assertTrue("the Phones button stays on the toolbar: " + tools, tools.stream().anyMatch(t -> t.contains("Phones")));
    }

    private static List<String> menuNames(JMenuBar bar) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < bar.getMenuCount(); i++) {
            if (bar.getMenu(i) != null && bar.getMenu(i).isVisible()) {
                out.add(bar.getMenu(i).getText());
            }
        }
        return out;
    }

    /** Tool tips (or texts) of the buttons shown on the main window's toolbars. */
    private static List<String> toolbarButtons(Component c, List<String> out) {
        if (c instanceof AbstractButton b && b.isShowing()) {
            out.add(b.getToolTipText() != null ? b.getToolTipText() : String.valueOf(b.getText()));
        }
        if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                toolbarButtons(child, out);
            }
        }
        return out;
    }

    private static void assertNoneOf(Map<String, List<String>> menus, String menu, String... hidden) {
        for (String item : hidden) {
            assertFalse(menu + " > " + item + " is hidden: " + menus.get(menu), menus.get(menu).contains(item));
        }
    }

    private static void assertAllOf(Map<String, List<String>> menus, String menu, String... kept) {
        for (String item : kept) {
            assertTrue(menu + " > " + item + " is there: " + menus.get(menu), menus.get(menu).contains(item));
        }
    }

    public void testAboutBoxIsBranded() throws Exception {
        JFrameOperator main = GuiSteps.mainWindow();
        new JMenuBarOperator(main).pushMenuNoBlock("Help|About", "|");
        JDialogOperator about = new JDialogOperator("About");
        try {
            JEditorPaneOperator text = new JEditorPaneOperator(about, new ComponentChooser() {
                @Override
                public boolean checkComponent(Component c) {
                    return c instanceof JEditorPane && ((JEditorPane) c).getText().contains("Product Version");
                }

                @Override
                public String getDescription() {
                    return "editor pane with the product version";
                }
            });
            String html = text.getText();
            assertTrue("About names VoiceBench as the product: " + html,
                    html.matches("(?s).*Product Version:</b>\\s*VoiceBench .*"));
        } finally {
            new JButtonOperator(about, "Close").push();
            about.waitClosed();
        }
    }

    public void testNoSevereRecordOrExceptionInStartupLog() throws Exception {
        VoiceBenchGuiSuite.waitForMainWindow();
        File log = VoiceBenchGuiSuite.messagesLog();
        assertTrue("log file exists: " + log, log.isFile());
        List<String> bad = badLines(log);
        assertTrue("startup logged SEVERE records or exceptions in " + log + ":\n" + String.join("\n", bad),
                bad.isEmpty());
    }

    static List<String> badLines(File log) throws IOException {
        return Files.readAllLines(log.toPath(), StandardCharsets.UTF_8).stream()
                .filter(l -> BAD_LOG_LINE.matcher(l).matches())
                .collect(Collectors.toList());
    }
}
