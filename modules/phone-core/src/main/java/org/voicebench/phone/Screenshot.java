package org.voicebench.phone;

import java.awt.image.BufferedImage;
import java.util.Objects;
import org.voicebench.phone.model.ImageFormat;

/** A decoded screenshot with the bytes the phone sent, so they can be saved unchanged. */
public final class Screenshot {

    private final ImageFormat format;
    private final BufferedImage image;
    private final byte[] bytes;

    public Screenshot(ImageFormat format, BufferedImage image, byte[] bytes) {
        this.format = Objects.requireNonNull(format, "format");
        this.image = Objects.requireNonNull(image, "image");
        this.bytes = Objects.requireNonNull(bytes, "bytes").clone();
    }

    public ImageFormat format() {
        return format;
    }

    /** The decoded picture (shared: do not draw on it). */
    public BufferedImage image() {
        return image;
    }

    /** A copy of the bytes as sent by the phone. */
    public byte[] bytes() {
        return bytes.clone();
    }

    public int width() {
        return image.getWidth();
    }

    public int height() {
        return image.getHeight();
    }

    @Override
    public String toString() {
        return "Screenshot[" + format + " " + width() + "x" + height() + ", " + bytes.length + " bytes]";
    }
}
