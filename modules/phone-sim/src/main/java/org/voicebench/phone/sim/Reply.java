package org.voicebench.phone.sim;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * One answer of a simulated phone, before the conditions (hostile XML, delays) and the family's headers
 * are applied.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type header
 * @param body the body bytes
 * @param challenge true: a {@code WWW-Authenticate: Basic} challenge goes with it
 * @param xmlCharset the charset of the body when it is an XML document (whatever the content type: the
 *        79xx serve ModeInfo as text/html); null for anything else
 */
record Reply(int status, String contentType, byte[] body, boolean challenge, Charset xmlCharset) {

    static Reply xml(String xml) {
        return xml(xml, StandardCharsets.UTF_8);
    }

    /** {@code text/xml} in a charset the document's prolog names; the header leaves it to the prolog. */
    static Reply xml(String xml, Charset charset) {
        String type = charset.equals(StandardCharsets.UTF_8) ? "text/xml; charset=utf-8" : "text/xml";
        return new Reply(200, type, xml.getBytes(charset), false, charset);
    }

    static Reply html(String page) {
        return new Reply(200, "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8), false, null);
    }

    static Reply image(String contentType, byte[] bytes) {
        return new Reply(200, contentType, bytes, false, null);
    }

    static Reply text(int status, String text) {
        return new Reply(status, "text/plain", text.getBytes(StandardCharsets.US_ASCII), false, null);
    }

    static Reply notFound() {
        return text(404, "Not Found\n");
    }

    /** The same answer under another content type (the 79xx ModeInfo: XML served as text/html). */
    Reply as(String type) {
        return new Reply(status, type, body, challenge, xmlCharset);
    }

    /** The same answer with another status, and a challenge when asked. */
    Reply withStatus(int newStatus, boolean withChallenge) {
        return new Reply(newStatus, contentType, body, withChallenge, xmlCharset);
    }

    /** The same XML answer with the body changed (for the hostile condition); keeps the charset. */
    Reply withXml(String xml) {
        return new Reply(status, contentType, xml.getBytes(xmlCharset), challenge, xmlCharset);
    }
}
