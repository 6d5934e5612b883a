package org.voicebench.app.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.swing.Action;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JRootPane;
import org.netbeans.jemmy.QueueTool;
import org.openide.awt.Actions;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/**
 * The README's screenshots (docs/screenshots): the main window painted into a PNG, with the window
 * in front that the picture is about (a dialog alone, {@link #saveDialog}). Painting the window's
 * components, rather than grabbing the screen, gives the same picture whatever the virtual display's
 * size and colour depth, at the fixed size {@link #WIDTH} x {@link #HEIGHT}. Used by
 * {@link ScreenshotTour} only, which runs only when {@value #FOLDER_PROPERTY} names the folder to
 * write to.
 */
final class Screenshots {

    /** System property naming the folder the PNG files go to; unset: no screenshots are made. */
    static final String FOLDER_PROPERTY = "voicebench.screenshots";
    static final int WIDTH = 1200;
    static final int HEIGHT = 760;
    /** How long the Swing event queue must stay empty before a picture is taken (less than a caret's blink). */
    private static final int QUIET_MS = 250;

    private Screenshots() {
    }

    /** The folder named by {@value #FOLDER_PROPERTY}, or null when screenshots are not asked for. */
    static Path folder() {
        String dir = System.getProperty(FOLDER_PROPERTY);
        return dir == null || dir.isBlank() ? null : Path.of(dir);
    }

    /** Gives the main window the screenshots' size; call once, before the first {@link #save}. */
    static void sizeMainWindow() throws Exception {
        GuiSteps.onEdt(() -> {
            JFrame main = (JFrame) WindowManager.getDefault().getMainWindow();
            main.setExtendedState(JFrame.NORMAL);
            main.setBounds(0, 0, WIDTH, HEIGHT);
            main.validate();
            return null;
        });
    }

    /**
     * As {@link #save}, with {@code window} maximized (as a double click on its tab does) for the
     * picture and restored afterwards: for windows whose content needs the whole main window.
     */
    static Path saveMaximized(String name, TopComponent window) throws Exception {
        Action maximize = GuiSteps.onEdt(() -> Actions.forID("Window", "org.netbeans.core.windows.actions.MaximizeWindowAction"));
        toggle(maximize, window);
        try {
            return save(name, window);
        } finally {
            toggle(maximize, window);
        }
    }

    private static void toggle(Action maximize, TopComponent window) throws Exception {
        GuiSteps.onEdt(() -> {
            window.requestActive();
            maximize.actionPerformed(new ActionEvent(window, ActionEvent.ACTION_PERFORMED, "maximize"));
            return null;
        });
    }

    /** Brings {@code window} to front, waits until the window system is quiet, and saves the main window as NAME.png. */
    static Path save(String name, TopComponent window) throws Exception {
        GuiSteps.onEdt(() -> {
            window.requestActive();
            return null;
        });
        GuiSteps.waitFor(name + " showing", window::isShowing);
        new QueueTool().waitEmpty(QUIET_MS);
        BufferedImage image = GuiSteps.onEdt(() -> {
            JRootPane root = ((JFrame) WindowManager.getDefault().getMainWindow()).getRootPane();
            BufferedImage out = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                root.paint(g);
            } finally {
                g.dispose();
            }
            return out;
        });
        return write(name, image);
    }

    private static Path write(String name, BufferedImage image) throws IOException {
        Path file = Files.createDirectories(folder()).resolve(name + ".png");
        writeSmallestPng(image, file);
        System.err.println("[Screenshots] " + file + ": " + Files.size(file) / 1024 + " KB");
        return file;
    }

    /**
     * Saves a dialog of the main window (Tools &gt; Options, Tools &gt; Plugins) as NAME.png: its own content at its
     * own size, with a thin frame (the virtual display has no window manager to draw one), once it is quiet.
     */
    static Path saveDialog(String name, JDialog dialog) throws Exception {
        GuiSteps.waitFor(name + " showing", dialog::isShowing);
        new QueueTool().waitEmpty(QUIET_MS);
        BufferedImage image = GuiSteps.onEdt(() -> {
            JRootPane root = dialog.getRootPane();
            BufferedImage out = new BufferedImage(root.getWidth() + 2, root.getHeight() + 2, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = out.createGraphics();
            try {
                g.setColor(Color.GRAY);
                g.drawRect(0, 0, out.getWidth() - 1, out.getHeight() - 1);
                g.translate(1, 1);
                root.paint(g);
            } finally {
                g.dispose();
            }
            return out;
        });
        return write(name, image);
    }

    /** Writes {@code image} with the PNG writer's strongest compression, replacing {@code file} at once. */
    private static void writeSmallestPng(BufferedImage image, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp"); // readable as any file, unlike createTempFile's
        Files.deleteIfExists(tmp);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tmp.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
