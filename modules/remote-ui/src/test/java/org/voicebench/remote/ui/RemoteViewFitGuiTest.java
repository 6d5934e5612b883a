package org.voicebench.remote.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.testsupport.GuiTestSupport.onEdt;
import static org.voicebench.testsupport.GuiTestSupport.waitFor;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.netbeans.jemmy.operators.JToggleButtonOperator;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.sim.SimulatedPhone;
import org.voicebench.testsupport.TestFrame;

/**
 * The remote view fits its window: the phone's screen is scaled to the space it has, keeping its
 * aspect ratio, with no scroll bar, however the window is sized; the Original Size toggle shows the
 * phone's pixels 1:1 (scrolling when the window is smaller) and fits again when released.
 */
class RemoteViewFitGuiTest {

    @RegisterExtension
    final TestFrame frame = new TestFrame();

    @TempDir
    Path dir;

    private LabPhones lab;
    private RemotePanel panel;

    @AfterEach
    void stop() {
        if (panel != null) {
            onEdt(() -> {
                panel.close();
                return null;
            });
        }
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void the8845sScreenFitsTheWindowAndOriginalSizeShowsItsPixels() throws Exception {
        lab = new LabPhones(dir, "127.0.93.91", null);
        JFrameOperator f = show(lab.p8845());
        BufferedImage phone = waitForScreen();
        assertFits(phone, "at the frame's size");

        f.resize(900, 620);
        waitFor("the smaller frame laid out", () -> f.getSource().getWidth() == 900);
        assertFits(phone, "in a smaller window");

        JToggleButtonOperator original = new JToggleButtonOperator(f, "Original Size");
        original.push();
        waitFor("the original size laid out", () -> panel.screen().getSize().equals(new Dimension(800, 480)));
        Rectangle drawn = onEdt(() -> panel.screen().imageBounds());
        assertEquals(new Dimension(800, 480), drawn.getSize(), "Original Size draws the phone's 800x480 pixels");
        assertEquals(onEdt(() -> scrollPane().getViewport().getExtentSize().width < 800),
                onEdt(() -> scrollPane().getHorizontalScrollBar().isVisible()),
                "a scroll bar reaches the pixels that do not fit the window, and only then");
        BufferedImage painted = paintScreen();
        for (int y = 0; y < phone.getHeight(); y += 7) {
            for (int x = 0; x < phone.getWidth(); x += 7) {
                assertEquals(phone.getRGB(x, y) | 0xFF000000, painted.getRGB(drawn.x + x, drawn.y + y) | 0xFF000000,
                        "pixel " + x + "," + y + " shown 1:1");
            }
        }

        original.push();
        waitFor("the fitted screen laid out", () -> !panel.screen().originalSize()
                && panel.screen().getSize().equals(scrollPane().getViewport().getExtentSize()));
        assertFits(phone, "after Original Size is released");
    }

    @Test
    void the7965sSmallScreenIsEnlargedToFillTheSpaceKeepingItsAspectRatio() throws Exception {
        lab = new LabPhones(dir, "127.0.93.95", null);
        show(lab.p7965());
        BufferedImage phone = waitForScreen();
        assertFits(phone, "at the frame's size");
        Rectangle drawn = onEdt(() -> panel.screen().imageBounds());
        assertTrue(drawn.width > phone.getWidth() && drawn.height > phone.getHeight(),
                "the 320x240 screen is enlarged in a 1280x900 window: " + drawn);
    }

    private JFrameOperator show(SimulatedPhone phone) throws Exception {
        PhoneEntry e = lab.saveWithCredentials(phone, LabPhones.PASSWORD);
        panel = onEdt(() -> new RemotePanel(lab.services, e, new ScriptedPhoneDialogs()));
        return new JFrameOperator(frame.show("Remote view", panel));
    }

    private BufferedImage waitForScreen() {
        waitFor("a first screenshot painted", () -> panel.screen().paints() > 0);
        return onEdt(() -> panel.screen().image());
    }

    private JScrollPane scrollPane() {
        return (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, panel.screen());
    }

    /**
     * The screen fills its viewport (no scroll bar) and the image drawn in it touches two opposite
     * edges, lies inside, and has the phone's aspect ratio to within a pixel of rounding.
     */
    private void assertFits(BufferedImage phone, String when) {
        waitFor("the screen laid out " + when,
                () -> panel.screen().getSize().equals(scrollPane().getViewport().getExtentSize()));
        JScrollPane scroll = onEdt(this::scrollPane);
        assertFalse(onEdt(() -> scroll.getHorizontalScrollBar().isVisible() || scroll.getVerticalScrollBar().isVisible()),
                "no scroll bar " + when);
        Dimension view = onEdt(() -> panel.screen().getSize());
        Rectangle drawn = onEdt(() -> panel.screen().imageBounds());
        assertTrue(new Rectangle(view).contains(drawn), "the image " + drawn + " inside the view " + view + " " + when);
        assertTrue(view.width - drawn.width <= 1 || view.height - drawn.height <= 1,
                "the image " + drawn + " uses the view's whole width or height " + view + " " + when);
        double ratio = phone.getWidth() / (double) phone.getHeight();
        assertEquals(ratio, drawn.width / (double) drawn.height, ratio / Math.min(drawn.width, drawn.height) * 2,
                "aspect ratio kept " + when + ": " + drawn);
    }

    private BufferedImage paintScreen() {
        return onEdt(() -> {
            ScreenView s = panel.screen();
            BufferedImage out = new BufferedImage(s.getWidth(), s.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                s.paint(g);
            } finally {
                g.dispose();
            }
            return out;
        });
    }
}
