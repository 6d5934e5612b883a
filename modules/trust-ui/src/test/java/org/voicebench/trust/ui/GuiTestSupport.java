package org.voicebench.trust.ui;

import java.awt.GraphicsEnvironment;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.netbeans.jemmy.JemmyProperties;
import org.netbeans.jemmy.TestOut;

/** Shared steps of the Jemmy tests: a display check, frames, work on the Swing thread, waiting. */
public final class GuiTestSupport {

    private GuiTestSupport() {
    }

    /** Skips the calling test when there is no display. */
    public static void assumeDisplay() {
        Assumptions.assumeFalse(GraphicsEnvironment.isHeadless(),
                "no display: GUI tests skipped; run them with xvfb-run -a mvn -o -pl modules/trust-ui test");
        JemmyProperties.setCurrentOutput(TestOut.getNullOutput());
    }

    public static <T> T onEdt(Callable<T> work) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            SwingUtilities.invokeAndWait(() -> {
                try {
                    result.set(work.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (InterruptedException | InvocationTargetException e) {
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    /** Shows {@code content} in a new frame and returns it. */
    public static JFrame show(String title, JComponent content) {
        return onEdt(() -> {
            JFrame frame = new JFrame(title);
            frame.setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            frame.getContentPane().add(content);
            frame.setSize(1280, 900);
            frame.setVisible(true);
            return frame;
        });
    }

    public static void dispose(JFrame frame) {
        if (frame != null) {
            onEdt(() -> {
                frame.dispose();
                return null;
            });
        }
    }

    /** Waits up to 20 s for {@code condition} (checked on the Swing thread). */
    public static void waitFor(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < end) {
            if (onEdt(condition::getAsBoolean)) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        Assertions.fail("timed out waiting for " + what);
    }
}
