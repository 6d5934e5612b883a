package org.voicebench.phone.sim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Reads a {@code CiscoIPPhoneExecute} request body the way a phone does: the form field {@code XML}
 * (URL-encoded or not) or a raw XML body; at most 3 ExecuteItems; objects up to 40 KB. DTDs and
 * external entities are refused, so a hostile request cannot make the simulator read files.
 */
final class ExecuteParser {

    /** The Execute object could not be used: the phone answers {@code CiscoIPPhoneError Number="1"}. */
    static final class NotParsedException extends Exception {
        NotParsedException(String message) {
            super(message);
        }

        NotParsedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    static final int MAX_OBJECT_BYTES = 40 * 1024;
    static final int MAX_ITEMS = 3;

    private ExecuteParser() {
    }

    /** The URLs of the ExecuteItems, in document order. */
    static List<String> parse(byte[] body, String contentType) throws NotParsedException {
        return items(root(body, contentType));
    }

    /**
     * The posted object's root element, whatever it is: {@code CiscoIPPhoneExecute}, or another object a phone
     * runs from /CGI/Execute ({@code setBackground}, {@code setRingTone}).
     */
    static Element root(byte[] body, String contentType) throws NotParsedException {
        String xml = xmlOf(new String(body, StandardCharsets.UTF_8), contentType);
        if (xml.getBytes(StandardCharsets.UTF_8).length > MAX_OBJECT_BYTES) {
            throw new NotParsedException("Execute object larger than 40 KB");
        }
        return parseXml(xml);
    }

    /** The URLs of an Execute object's items, in document order. */
    static List<String> items(Element root) throws NotParsedException {
        if (!"CiscoIPPhoneExecute".equals(root.getTagName())) {
            throw new NotParsedException("root element is " + root.getTagName() + ", not CiscoIPPhoneExecute");
        }
        List<String> urls = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n instanceof Element e && "ExecuteItem".equals(e.getTagName())) {
                if (!e.hasAttribute("URL")) {
                    throw new NotParsedException("ExecuteItem without URL");
                }
                urls.add(e.getAttribute("URL"));
            }
        }
        if (urls.isEmpty() || urls.size() > MAX_ITEMS) {
            throw new NotParsedException(urls.size() + " ExecuteItems (1 to 3 allowed)");
        }
        return urls;
    }

    /** The XML object from a form body ({@code XML=...}, possibly among other fields) or a raw body. */
    private static String xmlOf(String body, String contentType) throws NotParsedException {
        String trimmed = body.strip();
        if (trimmed.startsWith("<")) {
            return trimmed;
        }
        boolean form = contentType == null || contentType.toLowerCase(Locale.ROOT).contains("form")
                || trimmed.startsWith("XML=");
        if (form) {
            for (String pair : trimmed.split("&")) {
                if (pair.startsWith("XML=")) {
                    String value = pair.substring(4);
                    try {
                        return URLDecoder.decode(value, StandardCharsets.UTF_8);
                    } catch (IllegalArgumentException e) {
                        // a raw (un-encoded) object with a stray '%': use it as it is, as the phone tolerates
                        return value;
                    }
                }
            }
        }
        throw new NotParsedException("no XML form field in the request");
    }

    private static Element parseXml(String xml) throws NotParsedException {
        try {
            return HardenedXml.parse(xml.getBytes(StandardCharsets.UTF_8));
        } catch (HardenedXml.Refused e) {
            throw new NotParsedException("Execute XML refused: " + e.getMessage(), e);
        }
    }
}
