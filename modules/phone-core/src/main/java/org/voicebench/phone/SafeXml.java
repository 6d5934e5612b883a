package org.voicebench.phone;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses XML from phones, which are not trusted parties: any DOCTYPE is refused, so no DTD, no
 * external entity and no entity expansion can read files or reach the network.
 */
final class SafeXml {

    /** XML the client refuses or cannot parse; the message never quotes the document. */
    static final class Refused extends Exception {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final DocumentBuilderFactory FACTORY = HardenedXml.newFactory();

    private SafeXml() {
    }

    static Element parse(byte[] xml) throws Refused {
        DocumentBuilder b;
        synchronized (FACTORY) {
            try {
                b = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("cannot create the hardened XML parser", e);
            }
        }
        b.setErrorHandler(THROWING);
        // Second line of defence should the DOCTYPE ban ever be lifted: resolve nothing.
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
}
