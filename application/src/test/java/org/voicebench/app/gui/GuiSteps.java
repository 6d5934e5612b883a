package org.voicebench.app.gui;

import java.awt.Component;
import java.awt.Container;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import junit.framework.AssertionFailedError;
import org.netbeans.jemmy.operators.JFrameOperator;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Steps shared by the GUI tests that run inside the booted platform: Swing-thread calls, waiting, finding windows. */
final class GuiSteps {

    static final long TIMEOUT_MS = 120_000;

    private GuiSteps() {
    }

    interface Check<T> {
        boolean test(T value);
    }

    /** The platform's main window, once it is shown. */
    static JFrameOperator mainWindow() throws InterruptedException {
        VoiceBenchGuiSuite.waitForMainWindow();
        return new JFrameOperator((JFrame) WindowManager.getDefault().getMainWindow());
    }

    /** Waits until a window named {@code name} (display name or name) is open and returns it. */
    static TopComponent waitForWindow(String name) throws Exception {
        AtomicReference<TopComponent> found = new AtomicReference<>();
        waitFor("a window named " + name, () -> {
            for (TopComponent tc : TopComponent.getRegistry().getOpened()) {
                if (name.equals(tc.getDisplayName()) || name.equals(tc.getName())) {
                    found.set(tc);
                    return true;
                }
            }
            return false;
        });
        return found.get();
    }

    /** The first component of {@code type} under {@code root} that passes {@code check}. */
    static <T extends Component> T find(Container root, Class<T> type, Check<T> check) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && check.test(type.cast(c))) {
                return type.cast(c);
            }
            if (c instanceof Container) {
                T inner = find((Container) c, type, check);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** Waits up to {@link #TIMEOUT_MS} for {@code condition}, checked on the Swing thread. */
    static void waitFor(String what, Callable<Boolean> condition) throws Exception {
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < end) {
            if (Boolean.TRUE.equals(onEdt(condition))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionFailedError("timed out after " + TIMEOUT_MS / 1000 + " s waiting for " + what);
    }

    static <T> T onEdt(Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
