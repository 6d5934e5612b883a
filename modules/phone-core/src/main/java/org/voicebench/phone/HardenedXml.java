package org.voicebench.phone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one hardened DOM parser setup for XML from untrusted parties (phones, CUCM's AXL and RIS
 * answers, and requests to the simulator): DOCTYPE declarations are refused and nothing external is ever resolved, so no DTD,
 * external entity or entity expansion can read files or reach the network.
 */
public final class HardenedXml {

    /** XML that is refused or cannot be parsed; the message says why in plain words and never quotes the document. */
    public static final class Refused extends Exception {

        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final DocumentBuilderFactory FACTORY = newFactory();

    private HardenedXml() {
    }

    /**
     * Parses a document with the hardened setup; warnings and errors are exceptions, and no entity
     * is resolved even should the DOCTYPE ban ever be lifted.
     *
     * @return the document element
     */
    public static Element parse(byte[] xml) throws Refused {
        DocumentBuilder b;
        synchronized (FACTORY) {
            try {
                b = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("cannot create the hardened XML parser", e);
            }
        }
        b.setErrorHandler(THROWING);
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        try {
            return b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXParseException e) {
            String what = e.getMessage() != null && e.getMessage().contains("DOCTYPE")
                    ? "it contains a DOCTYPE, which is refused (a hostile or broken XML answer)"
                    : "it is not well-formed XML (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
            throw new Refused(what, e);
        } catch (SAXException | IOException e) {
            throw new Refused("it is not well-formed XML", e);
        }
    }

    /** Makes warnings and errors exceptions instead of lines on stderr. */
    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /**
     * A new non-validating, namespace-unaware factory with every external access disabled; private,
     * so that no caller can build a parser without the throwing error handler and empty entity resolver.
     *
     * @throws IllegalStateException if the JDK parser cannot give these guarantees; XML must then
     *     not be parsed at all
     */
    private static DocumentBuilderFactory newFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened against external entities", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setNamespaceAware(false);
        f.setValidating(false);
        return f;
    }

    /** The tag name without its namespace prefix. */
    public static String local(Element e) {
        String n = e.getTagName();
        return n.substring(n.indexOf(':') + 1);
    }

    /** The child elements of that local name ({@code null}: every child element), in order; none for a null parent. */
    public static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (localName == null || local(e).equals(localName))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of that local name, or null. */
    public static Element child(Element parent, String localName) {
        List<Element> c = children(parent, localName);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The first element of that local name below {@code root} (depth first), or null. */
    public static Element descendant(Element root, String localName) {
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
    public static String text(Element parent, String localName) {
        Element c = child(parent, localName);
        return c == null ? null : c.getTextContent().strip();
    }

    /**
     * Text escaped for an element's content or an attribute value.
     *
     * @param controls what stands for a control character XML 1.0 cannot carry; null refuses one
     * @throws IllegalArgumentException for such a character when {@code controls} is null
     */
    public static String escape(String s, String controls) {
        StringBuilder b = new StringBuilder(s.length() + 16);
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
                        if (controls == null) {
                            throw new IllegalArgumentException("control character U+" + Integer.toHexString(c)
                                    + " cannot be sent in XML");
                        }
                        b.append(controls);
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
