package org.voicebench.phone.sim;

import java.util.List;
import org.voicebench.phone.HardenedXml;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** SOAP as the simulated AXL and RIS read and write it; elements matched by local name. */
final class CucmSoap {

    static final String ENVELOPE_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
            + " xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<soapenv:Body>";
    static final String ENVELOPE_END = "</soapenv:Body></soapenv:Envelope>";

    /** A request the simulator refuses, with the AXL error code its fault carries. */
    static final class BadRequest extends Exception {
        private static final long serialVersionUID = 1L;
        private final String axlCode;

        BadRequest(String message, Throwable cause) {
            this(message, cause, SimulatedAxl.AXL_CODE);
        }

        private BadRequest(String message, Throwable cause, String axlCode) {
            super(message, cause);
            this.axlCode = axlCode;
        }

        /** A refusal with a specific AXL code, e.g. 5007 for an unknown item. */
        static BadRequest axl(String code, String message) {
            return new BadRequest(message, null, code);
        }

        String axlCode() {
            return axlCode;
        }
    }

    private CucmSoap() {
    }

    /** The operation element: the first child of the request's Body. */
    static Element operation(byte[] request) throws BadRequest {
        Element envelope;
        try {
            envelope = HardenedXml.parse(request);
        } catch (HardenedXml.Refused e) {
            throw new BadRequest("the request is refused: " + e.getMessage(), e);
        }
        Element body = child(envelope, "Body");
        Element op = body == null ? null : first(body);
        if (!"Envelope".equals(local(envelope)) || op == null) {
            throw new BadRequest("the request is not a SOAP envelope with an operation in its Body", null);
        }
        return op;
    }

    /** A SOAP fault; {@code axlCode} adds an AXL axlError detail when not null. */
    static String fault(String faultCode, String faultString, String axlCode, String request) {
        StringBuilder b = new StringBuilder(ENVELOPE_START).append("<soapenv:Fault><faultcode>").append(faultCode)
                .append("</faultcode><faultstring>").append(CiscoXml.escape(faultString)).append("</faultstring>");
        if (axlCode != null) {
            b.append("<detail><axlError><axlcode>").append(axlCode).append("</axlcode><axlmessage>")
                    .append(CiscoXml.escape(faultString)).append("</axlmessage><request>").append(CiscoXml.escape(request))
                    .append("</request></axlError></detail>");
        }
        return b.append("</soapenv:Fault>").append(ENVELOPE_END).toString();
    }

    static String local(Element e) {
        return HardenedXml.local(e);
    }

    static Element first(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String localName) {
        return HardenedXml.children(parent, localName);
    }

    static Element child(Element parent, String localName) {
        return HardenedXml.child(parent, localName);
    }

    static String text(Element parent, String localName) {
        return HardenedXml.text(parent, localName);
    }

    /** {@code <name>value</name>} with the value escaped. */
    static void element(StringBuilder b, String name, String value) {
        b.append('<').append(name).append('>').append(CiscoXml.escape(value)).append("</").append(name).append('>');
    }
}
