package org.voicebench.remote.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.voicebench.phone.Screenshot;
import org.voicebench.common.AtomicFiles;
import org.voicebench.phone.model.ImageFormat;

/** Screenshots as PNG files: a phone's PNG bytes unchanged, a BMP re-encoded. */
final class Pngs {

    private Pngs() {
    }

    static byte[] bytes(Screenshot s) throws IOException {
        if (s.format() == ImageFormat.PNG) {
            return s.bytes();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(s.image(), "png", out)) {
            throw new IOException("no PNG writer for a " + s.width() + "x" + s.height() + " image");
        }
        return out.toByteArray();
    }

    /** Writes the screenshot as PNG atomically; adds ".png" to a name without an extension. */
    static Path save(Screenshot s, Path file) throws IOException {
        String name = file.getFileName().toString();
        Path target = name.contains(".") ? file : file.resolveSibling(name + ".png");
        return AtomicFiles.write(target, bytes(s));
    }
}
