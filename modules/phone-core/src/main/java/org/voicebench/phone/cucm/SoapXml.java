package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.List;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads SOAP answers with phone-core's hardened parser (no DOCTYPE, nothing external). The parser
 * is namespace-unaware, so elements are matched by local name: CUCM's prefixes vary by version.
 */
final class SoapXml {

    /** A SOAP fault: the fault string and, for AXL, the axlError code and message (or null). */
    record Fault(String faultString, String axlCode, String axlMessage) {
        /** The server's words, for messages and {@link CucmException#detail()}. */
        String text() {
            String s = faultString == null || faultString.isEmpty() ? "(no fault string)" : faultString;
            if (axlMessage != null && !axlMessage.isEmpty() && !axlMessage.equals(faultString)) {
                s += " (" + axlMessage + ")";
            }
            return axlCode == null || axlCode.isEmpty() ? s : s + " [axlcode " + axlCode + "]";
        }
    }


    private SoapXml() {
    }

    /** The SOAP Body of an answer. */
    static Element body(byte[] xml, String host, String what) throws CucmException {
        Element envelope = parse(xml, host, what);
        Element body = "Envelope".equals(local(envelope)) ? child(envelope, "Body") : null;
        if (body == null) {
            throw new CucmException(host, CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host + " answered " + what
                    + " with XML that is not a SOAP envelope (<" + envelope.getTagName() + ">)", null, null);
        }
        return body;
    }

    /** The fault in a SOAP body, or null. */
    static Fault fault(Element body) {
        Element f = child(body, "Fault");
        if (f == null) {
            return null;
        }
        Element axl = descendant(f, "axlError");
        return new Fault(text(f, "faultstring"), axl == null ? null : text(axl, "axlcode"),
                axl == null ? null : text(axl, "axlmessage"));
    }

    private static Element parse(byte[] xml, String host, String what) throws CucmException {
        try {
            return HardenedXml.parse(xml);
        } catch (HardenedXml.Refused e) {
            throw new CucmException(host, CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host + " answered " + what
                    + " with XML that was not read: " + e.getMessage(), null, e);
        }
    }

    /** The tag name without its prefix. */
    static String local(Element e) {
        String n = e.getTagName();
        return n.substring(n.indexOf(':') + 1);
    }

    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || local(e).equals(localName))) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The first element of that local name below {@code root} (depth first), or null. */
    static Element descendant(Element root, String localName) {
        for (Element c : children(root, null)) {
            if (local(c).equals(localName)) {
                return c;
            }
            Element d = descendant(c, localName);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The trimmed text of the first child of that local name, or null. */
    static String text(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent().strip();
    }

    /** Escapes text for an element's content or an attribute. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
                        throw new IllegalArgumentException("control character U+" + Integer.toHexString(c) + " cannot be sent in XML");
                    }
                    b.append(c);
                }
            }
        }
        return b.toString();
    }
}
