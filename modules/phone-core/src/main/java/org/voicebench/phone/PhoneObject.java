package org.voicebench.phone;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An XML object other than {@code CiscoIPPhoneExecute} that a phone runs when it is posted to
 * {@code /CGI/Execute} as the form field {@code XML}, e.g. {@code <setBackground>} or
 * {@code <setRingTone>} (see {@code backgrounds-ringtones.md}). Built by callers that know the
 * object; checked here so that nothing malformed or oversized reaches a phone.
 */
public final class PhoneObject {

    /** Public tools refuse XML over 512 characters per request; phones are known to accept that much. */
    public static final int MAX_CHARS = 512;

    private final String xml;
    private final String root;

    private PhoneObject(String xml, String root) {
        this.xml = xml;
        this.root = root;
    }

    /**
     * @param xml the whole object, well-formed, at most {@value #MAX_CHARS} characters
     * @throws IllegalArgumentException saying what is wrong (too long, not well-formed, an Execute object)
     */
    public static PhoneObject of(String xml) {
        Objects.requireNonNull(xml, "xml");
        if (xml.length() > MAX_CHARS) {
            throw new IllegalArgumentException("the object is " + xml.length() + " characters; phones take at most "
                    + MAX_CHARS + " (shorten the URLs: a shorter serve address or file names)");
        }
        String root;
        try {
            root = HardenedXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getTagName();
        } catch (HardenedXml.Refused e) {
            throw new IllegalArgumentException("the object is not well-formed XML: " + e.getMessage(), e);
        }
        if (root.equals("CiscoIPPhoneExecute")) {
            throw new IllegalArgumentException("a CiscoIPPhoneExecute object goes through Phone.execute(String uri)");
        }
        return new PhoneObject(xml, root);
    }

    /** The XML text as sent. */
    public String xml() {
        return xml;
    }

    /** The root element's name, e.g. {@code setBackground}. */
    public String root() {
        return root;
    }

    @Override
    public String toString() {
        return "<" + root + ">";
    }
}
