package org.voicebench.app.gui;

import static org.voicebench.app.gui.GuiSteps.onEdt;
import static org.voicebench.app.gui.GuiSteps.waitForWindow;

import java.nio.file.Path;
import org.openide.windows.Mode;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * {@code voicebench FILE} on a fresh user directory: the platform is booted by
 * {@link VoiceBenchGuiIT} with a trust list as launcher argument, so the file is read while the
 * platform starts and the Start window opens on this first start. The file's inspector must end
 * up in front, the Start window behind it. Runs first, before other tests open windows.
 */
public class CommandLineGuiTest extends GuiTestCase {

    /** System property naming the file VoiceBenchGuiIT passes on the command line. */
    public static final String FILE_PROPERTY = "voicebench.test.commandLineFile";

    /** How long the window order must stay as it is: startup work queued behind it would change it within this time. */
    private static final long SETTLE_MS = 2_000;

    public CommandLineGuiTest(String name) {
        super(name, 180_000);
    }

    public void testFileFromTheCommandLineIsInFrontOfTheStartWindow() throws Exception {
        String file = System.getProperty(FILE_PROPERTY);
        assertNotNull("VoiceBenchGuiIT sets " + FILE_PROPERTY, file);
        VoiceBenchGuiSuite.waitForMainWindow();
        TopComponent inspector = waitForWindow(Path.of(file).getFileName().toString());
        TopComponent start = waitForWindow("Start");
        // window activation follows the opening in later Swing events: give it a moment, then
        // check that nothing queued at startup (such as the Start window) covers it afterwards
        long end = System.currentTimeMillis() + 10_000;
        while (!onEdt(() -> inFront(inspector)) && System.currentTimeMillis() < end) {
            Thread.sleep(100);
        }
        Thread.sleep(SETTLE_MS);
        assertTrue("the Start window stays open behind the inspector", onEdt(start::isOpened));
        assertTrue("the inspector of " + file + " is in front " + SETTLE_MS + " ms after the startup; selected in the editor area: "
                + onEdt(() -> name(WindowManager.getDefault().findMode(inspector).getSelectedTopComponent()))
                + ", active: " + onEdt(() -> name(TopComponent.getRegistry().getActivated())),
                onEdt(() -> inFront(inspector)));
    }

    private static String name(TopComponent tc) {
        return tc == null ? "none" : tc.getDisplayName() != null ? tc.getDisplayName() : tc.getName();
    }

    private static boolean inFront(TopComponent tc) {
        Mode mode = WindowManager.getDefault().findMode(tc);
        return mode != null && mode.getSelectedTopComponent() == tc && TopComponent.getRegistry().getActivated() == tc;
    }
}
