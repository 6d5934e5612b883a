package org.voicebench.app.gui;

import java.awt.Component;
import java.awt.Frame;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import org.netbeans.jemmy.ComponentChooser;
import org.netbeans.jemmy.operators.JButtonOperator;
import org.netbeans.jemmy.operators.JDialogOperator;
import org.netbeans.jemmy.operators.JEditorPaneOperator;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JMenuBarOperator;
import org.openide.windows.WindowManager;

/**
 * Smoke test of the assembled application: it starts, shows its branded main window, and logs
 * nothing bad while doing so. Runs inside the booted platform; started by {@link VoiceBenchGuiIT}.
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
