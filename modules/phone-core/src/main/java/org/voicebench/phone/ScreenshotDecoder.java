package org.voicebench.phone;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.voicebench.phone.model.ImageFormat;
import org.w3c.dom.Element;

/**
 * Turns a {@code /CGI/Screenshot} answer into a {@link Screenshot}: the magic bytes decide the
 * format, an XML body (a failed login answers Error 4 instead of a picture) becomes its failure.
 */
final class ScreenshotDecoder {

    static final String WHAT = "the screenshot request";
    /** Larger than any phone screen; refuses decompression bombs before decoding. */
    private static final int MAX_SIDE = 4096;

    private ScreenshotDecoder() {
    }

    static Screenshot decode(PhoneAddress phone, Transport.Answer a) throws PhoneException {
        byte[] body = a.body();
        ImageFormat format = ImageFormat.sniff(body);
        if (format == null) {
            Element error = Replies.errorOrNull(a);
            if (error != null) {
                throw Failures.ciscoError(phone, WHAT, error.getAttribute("Number"));
            }
            if (a.status() != 200) {
                throw Failures.httpStatus(phone, WHAT, a.status());
            }
            String type = a.contentType() == null ? "no content type" : "content type " + a.contentType();
            String kind = Replies.looksLikeXml(body) ? "markup (XML or HTML)" : body.length == 0 ? "an empty body" : "bytes";
            throw new PhoneException(phone, PhoneFailure.NOT_AN_IMAGE, "phone " + phone + " answered " + WHAT + " with " + kind
                    + " and " + type + " instead of a PNG or BMP image", a.contentType(), null);
        }
        if (a.status() != 200) {
            throw Failures.httpStatus(phone, WHAT, a.status());
        }
        checkContentType(phone, a.contentType());
        return new Screenshot(format, read(phone, format, body), body);
    }

    /** An image content type must agree with the bytes; a missing or generic one is tolerated. */
    private static void checkContentType(PhoneAddress phone, String contentType) throws PhoneException {
        if (contentType == null) {
            return;
        }
        String t = contentType.toLowerCase(Locale.ROOT);
        if (t.startsWith("text/") || t.contains("xml") || t.contains("html")) {
            throw new PhoneException(phone, PhoneFailure.NOT_AN_IMAGE, "phone " + phone + " answered " + WHAT
                    + " with image bytes labelled " + contentType + "; not trusting a mislabelled answer", contentType, null);
        }
    }

    private static BufferedImage read(PhoneAddress phone, ImageFormat format, byte[] body) throws PhoneException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.extension());
        if (!readers.hasNext()) {
            throw new IllegalStateException("this Java runtime has no " + format + " decoder");
        }
        ImageReader reader = readers.next();
        // a memory-cached stream: ImageIO's default would copy the bytes into a temporary file first
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(body))) {
            reader.setInput(in, true, true);
            int w = reader.getWidth(0);
            int h = reader.getHeight(0);
            if (w < 1 || h < 1 || w > MAX_SIDE || h > MAX_SIDE) {
                throw damaged(phone, format, "a size of " + w + "x" + h + " pixels", null);
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw damaged(phone, format, "no picture", null);
            }
            return image;
        } catch (IOException | RuntimeException e) {
            // ImageIO reports malformed files with IIOException and also with runtime exceptions
            throw damaged(phone, format, e.getClass().getSimpleName(), e);
        } finally {
            reader.dispose();
        }
    }

    private static PhoneException damaged(PhoneAddress phone, ImageFormat format, String what, Exception cause) {
        return new PhoneException(phone, PhoneFailure.NOT_AN_IMAGE, "phone " + phone + " sent a " + format
                + " screenshot that cannot be decoded (" + what + ")", null, cause);
    }
}
