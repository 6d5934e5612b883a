package org.voicebench.personalize;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the one picture a run starts from, with javax.imageio only (no AWT window, headless-safe). The size is
 * checked before the pixels are decoded, so a hostile file cannot make it allocate gigabytes.
 */
public final class SourceImages {

    /** Far more than any phone shows; a photo from a camera fits. */
    public static final long MAX_PIXELS = 40_000_000L;

    private SourceImages() {
    }

    /** @throws PersonalizeInputException naming the file: missing, unreadable, not an image, or too large */
    public static BufferedImage read(Path file) throws PersonalizeInputException {
        if (!Files.isRegularFile(file)) {
            throw new PersonalizeInputException(file + ": no such image file");
        }
        try (InputStream in = Files.newInputStream(file); ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = iis == null ? null : ImageIO.getImageReaders(iis);
            if (readers == null || !readers.hasNext()) {
                throw new PersonalizeInputException(file + ": not an image this tool reads (PNG, JPEG, GIF or BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new PersonalizeInputException(file + ": " + reader.getWidth(0) + "x" + reader.getHeight(0)
                            + " pixels is more than " + MAX_PIXELS / 1_000_000 + " megapixels; scale it down first");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (NoSuchFileException e) {
            throw new PersonalizeInputException(file + ": no such image file", e);
        } catch (IOException | RuntimeException e) {
            throw new PersonalizeInputException(file + ": cannot be read as an image: " + e.getMessage(), e);
        }
    }
}
