package org.voicebench.phone.cucm;

import java.util.List;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;

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

    static String local(Element e) {
        return HardenedXml.local(e);
    }

    static List<Element> children(Element parent, String localName) {
        return HardenedXml.children(parent, localName);
    }

    static Element child(Element parent, String localName) {
        return HardenedXml.child(parent, localName);
    }

    static Element descendant(Element root, String localName) {
        return HardenedXml.descendant(root, localName);
    }

    static String text(Element parent, String localName) {
        return HardenedXml.text(parent, localName);
    }

    /** Escapes text for an element's content or an attribute; a control character is refused. */
    static String escape(String s) {
        return HardenedXml.escape(s, null);
    }
}
