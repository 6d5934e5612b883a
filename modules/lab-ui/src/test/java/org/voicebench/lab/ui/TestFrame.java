package org.voicebench.lab.ui;

import java.awt.GraphicsEnvironment;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;

/**
 * The frame a Jemmy test shows its component in; register it with {@code @RegisterExtension}.
 * Tests are skipped without a display, and the frame is disposed after each test.
 */
final class TestFrame implements BeforeEachCallback, AfterEachCallback {

    private JFrame frame;

    @Override
    public void beforeEach(ExtensionContext context) {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "no display: GUI tests skipped; run them with xvfb-run -a mvn -o -pl modules/lab-ui test");
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        JFrame shown = frame;
        frame = null;
        if (shown != null) {
            SwingUtilities.invokeAndWait(shown::dispose);
        }
    }

    JFrame show(String title, JComponent content) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame(title);
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.getContentPane().add(content);
            frame.setSize(1100, 600);
            frame.setVisible(true);
        });
        return frame;
    }
}
