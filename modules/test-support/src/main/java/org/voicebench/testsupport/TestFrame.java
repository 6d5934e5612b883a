package org.voicebench.testsupport;

import java.awt.GraphicsEnvironment;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;

/**
 * The frame a Jemmy test shows its component in; register it with {@code @RegisterExtension}.
 * Tests are skipped without a display (run them under {@code xvfb-run -a}), Jemmy's chatter is
 * silenced, and the frame is disposed after each test.
 */
public final class TestFrame implements BeforeEachCallback, AfterEachCallback {

    private JFrame frame;

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "no display: GUI tests skipped; run them under xvfb-run -a (e.g. xvfb-run -a mvn -B verify)");
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        dispose();
    }

    /** Shows {@code content} in a new frame, disposing the one shown before. */
    public JFrame show(String title, JComponent content) {
        dispose();
        onEdt(() -> {
            JFrame f = new JFrame(title);
            f.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            f.getContentPane().add(content);
            f.setSize(1280, 900);
            f.setVisible(true);
            frame = f;
        });
        return frame;
    }

    /** The frame now shown, or null. */
    public JFrame get() {
        return frame;
    }

    private void dispose() {
        JFrame shown = frame;
        frame = null;
        if (shown != null) {
            onEdt(shown::dispose);
        }
    }

    private static void onEdt(Runnable work) {
        GuiTestSupport.onEdt(() -> {
            work.run();
            return null;
        });
    }
}
