package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.voicebench.phone.TestSupport.fails;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.FakePhone.Reply;
import org.voicebench.phone.model.ImageFormat;

class ScreenshotTest extends FakePhoneFixture {

    @Test
    void decodesAColourPngAndKeepsTheBytes() throws Exception {
        BufferedImage picture = new BufferedImage(800, 480, BufferedImage.TYPE_INT_RGB);
        picture.setRGB(10, 20, 0x3366cc);
        byte[] png = encode(picture, "png");
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", png, 0));
        Screenshot s = client.phone(fake.address()).screenshot();
        assertEquals(ImageFormat.PNG, s.format());
        assertEquals(800, s.width());
        assertEquals(480, s.height());
        assertEquals(0x3366cc, s.image().getRGB(10, 20) & 0xffffff);
        assertEquals(0, s.image().getRGB(11, 20) & 0xffffff);
        assertArrayEquals(png, s.bytes());
        assertEquals(TestSupport.BASIC, fake.requests.get(0).authorization(), "screenshots need authentication");
        assertEquals("GET", fake.requests.get(0).method());
    }

    @Test
    void decodesAFourLevelGreyBmp() throws Exception {
        // a 4-bit palette whose first 4 entries are the grey levels: the JDK BMP writer has no 2-bit mode
        byte[] grey = Arrays.copyOf(new byte[] {0, 85, (byte) 170, (byte) 255}, 16);
        IndexColorModel palette = new IndexColorModel(4, 16, grey, grey, grey);
        BufferedImage picture = new BufferedImage(320, 196, BufferedImage.TYPE_BYTE_BINARY, palette);
        picture.getRaster().setSample(5, 7, 0, 2);
        picture.getRaster().setSample(319, 195, 0, 3);
        byte[] bmp = encode(picture, "bmp");
        fake.reply("/CGI/Screenshot", new Reply(200, "image/bmp", bmp, 0));
        Screenshot s = client.phone(fake.address()).screenshot();
        assertEquals(ImageFormat.BMP, s.format());
        assertEquals(320, s.width());
        assertEquals(196, s.height());
        assertEquals(0xaaaaaa, s.image().getRGB(5, 7) & 0xffffff);
        assertEquals(0xffffff, s.image().getRGB(319, 195) & 0xffffff);
        assertEquals(0x000000, s.image().getRGB(0, 0) & 0xffffff);
    }

    @Test
    void error4InsteadOfAnImageIsAnAuthenticationFailure() {
        fake.reply("/CGI/Screenshot", Reply.xml("<CiscoIPPhoneError Number=\"4\"/>"));
        fails(PhoneFailure.AUTH_FAILED, fake.address(), () -> client.phone(fake.address()).screenshot());
    }

    @Test
    void otherAnswersAreNotAnImage() throws Exception {
        fake.reply("/CGI/Screenshot", new Reply(200, "text/html", "<html>Login</html>".getBytes(StandardCharsets.US_ASCII), 0));
        fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", "GIF89a....".getBytes(StandardCharsets.US_ASCII), 0));
        fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", new byte[0], 0));
        fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        // right magic, broken body
        byte[] png = encode(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "png");
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", Arrays.copyOf(png, 30), 0));
        fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        // image bytes labelled as XML
        fake.reply("/CGI/Screenshot", new Reply(200, "text/xml", png, 0));
        fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
    }

    @Test
    void refusesGiganticDimensionsBeforeDecoding() throws Exception {
        byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        // IHDR data starts at 16: width, height; its CRC covers the type and data (12..29)
        ByteBuffer b = ByteBuffer.wrap(png);
        b.putInt(16, 100_000);
        b.putInt(20, 100_000);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        b.putInt(29, (int) crc.getValue());
        fake.reply("/CGI/Screenshot", new Reply(200, "image/png", png, 0));
        PhoneException e = fails(PhoneFailure.NOT_AN_IMAGE, fake.address(), () -> client.phone(fake.address()).screenshot());
        assertEquals(true, e.getMessage().contains("100000x100000"), e.getMessage());
    }

    @Test
    void httpErrorWithoutBodyIsUnexpected() {
        fake.reply("/CGI/Screenshot", new Reply(503, null, new byte[0], 0));
        PhoneException e = fails(PhoneFailure.UNEXPECTED_RESPONSE, fake.address(), () -> client.phone(fake.address()).screenshot());
        assertEquals("503", e.detail());
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no " + format + " writer for this image type");
        }
        return out.toByteArray();
    }
}
