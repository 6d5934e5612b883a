package org.voicebench.trust.ui.open;

import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.Transferable;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The files carried by a drag: a Java file list (Windows, macOS) or a URI list (Linux desktops). */
final class DroppedFiles {

    static final DataFlavor URI_LIST = uriList();
    private static final Logger LOG = Logger.getLogger(DroppedFiles.class.getName());

    private DroppedFiles() {
    }

    static boolean carriesFiles(DataFlavor[] flavors) {
        if (flavors == null) {
            return false;
        }
        for (DataFlavor f : flavors) {
            if (DataFlavor.javaFileListFlavor.equals(f) || URI_LIST.equals(f)) {
                return true;
            }
        }
        return false;
    }

    /** The local files of the drag; empty when it carries none or the data cannot be fetched. */
    static List<Path> from(Transferable t) {
        List<Path> out = new ArrayList<>();
        try {
            if (t.isDataFlavorSupported(DataFlavor.javaFileListFlavor)) {
                for (Object o : (List<?>) t.getTransferData(DataFlavor.javaFileListFlavor)) {
                    out.add(((File) o).toPath());
                }
            } else if (t.isDataFlavorSupported(URI_LIST)) {
                out.addAll(parseUriList((String) t.getTransferData(URI_LIST)));
            }
        } catch (UnsupportedFlavorException | IOException e) {
            // the drag source went away (X11 "owner timed out"): nothing to open
            LOG.log(Level.INFO, "cannot read the dropped files", e);
        }
        return out;
    }

    /** RFC 2483 text/uri-list: one URI a line, {@code #} comments; only file: URIs are kept. */
    static List<Path> parseUriList(String text) {
        List<Path> out = new ArrayList<>();
        for (String line : text.split("\r?\n")) {
            String s = line.trim();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            try {
                URI uri = new URI(s);
                if ("file".equals(uri.getScheme())) {
                    out.add(Path.of(uri));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                LOG.log(Level.INFO, "ignoring dropped item that is not a file URI: {0}", s);
            }
        }
        return out;
    }

    private static DataFlavor uriList() {
        try {
            return new DataFlavor("text/uri-list;class=java.lang.String");
        } catch (ClassNotFoundException e) {
            throw new AssertionError("java.lang.String is always present", e);
        }
    }
}
