package org.voicebench.phone.sim;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.voicebench.phone.model.ImageFormat;
import org.voicebench.phone.model.Personalization;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a simulated phone does with {@code <setBackground>} and {@code <setRingTone>}: refuses them when
 * Phone Personalization is off or the model takes no such file, else downloads the URLs itself, checks
 * the files against its model's data (PNG at the background and thumbnail sizes; a ring tone form it
 * plays, within the sample limits) and shows or keeps them. The download happens before the answer and
 * the refusal words are assumptions (docs/phone-fidelity.md); the object forms are the documented ones.
 */
final class Personalizer {

    /** The words of a phone with personalization off (assumed): they name it, as the model data expects. */
    static final String DISABLED = "Phone Personalization is disabled";
    private static final int MIN_SAMPLES = 240;
    private static final int MAX_RAW_SAMPLES = 16_080;
    private static final int MAX_RWB_SAMPLES = 160_800;

    private final PhoneDevice device;

    Personalizer(PhoneDevice device) {
        this.device = device;
    }

    static boolean handles(Element root) {
        return root.getTagName().equals("setBackground") || root.getTagName().equals("setRingTone");
    }

    CiscoXml.Item apply(Element root) {
        String object = root.getTagName();
        if (!device.conditions().personalization()) {
            return refused(object, DISABLED);
        }
        try {
            return object.equals("setBackground") ? background(root) : ringTone(root);
        } catch (PhoneFetch.Failed e) {
            return refused(object, e.getMessage());
        }
    }

    private CiscoXml.Item background(Element root) throws PhoneFetch.Failed {
        Optional<Personalization.Background> spec = device.model().personalization().backgroundImage();
        if (spec.isEmpty()) {
            return refused("setBackground", "background images not supported");
        }
        Element background = child(root, "background");
        String imageUrl = text(background, "image");
        String iconUrl = text(background, "icon");
        if (imageUrl.isEmpty() || iconUrl.isEmpty()) {
            return refused("setBackground", "background needs image and icon URLs");
        }
        Personalization.Background b = spec.get();
        BufferedImage image = png(PhoneFetch.get(imageUrl), b.width(), b.height(), "image");
        png(PhoneFetch.get(iconUrl), b.thumbnailWidth(), b.thumbnailHeight(), "icon");
        device.showBackground(image);
        return CiscoXml.Item.success("");
    }

    private CiscoXml.Item ringTone(Element root) throws PhoneFetch.Failed {
        String url = text(root, "ringTone");
        if (url.isEmpty()) {
            return refused("setRingTone", "ringTone URL missing");
        }
        String path = url.toLowerCase(Locale.ROOT);
        String form = path.endsWith(".rwb") ? Personalization.RWB : path.endsWith(".raw") ? Personalization.RAW : "";
        if (form.isEmpty() || !device.model().personalization().playsRingTone(form)) {
            return refused("setRingTone", "ring tone form not supported: " + url);
        }
        byte[] tone = PhoneFetch.get(url);
        int samples = form.equals(Personalization.RAW) ? tone.length : tone.length / 2;
        int max = form.equals(Personalization.RAW) ? MAX_RAW_SAMPLES : MAX_RWB_SAMPLES;
        if ((form.equals(Personalization.RWB) && tone.length % 2 != 0) || samples < MIN_SAMPLES || samples > max
                || samples % MIN_SAMPLES != 0) {
            return refused("setRingTone", "invalid ring tone: " + samples + " samples (240.." + max + ", a multiple of 240)");
        }
        device.keepRingTone(form, tone);
        return CiscoXml.Item.success("");
    }

    private static BufferedImage png(byte[] bytes, int width, int height, String what) throws PhoneFetch.Failed {
        if (!ImageFormat.PNG.matches(bytes)) {
            throw new PhoneFetch.Failed(what + " is not a PNG file");
        }
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            img = null;
        }
        if (img == null) {
            throw new PhoneFetch.Failed(what + " PNG cannot be decoded");
        }
        if (img.getWidth() != width || img.getHeight() != height) {
            throw new PhoneFetch.Failed(what + " is " + img.getWidth() + "x" + img.getHeight() + ", not " + width + "x" + height);
        }
        return img;
    }

    /** Status 6 with the phone's words, the form the 8821 guide shows for a refused action. */
    private static CiscoXml.Item refused(String object, String words) {
        return new CiscoXml.Item(6, words, "");
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? "" : e.getTextContent().strip();
    }
}
