package org.voicebench.phone.cucm;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.w3c.dom.Element;

/**
 * AXL requests in a schema version the server takes, the version named both in the SOAPAction
 * ({@code "CUCM:DB ver=14.0 listPhone"}) and in the request's namespace. On first use it asks the
 * server's release ({@code getCCMVersion}, from the highest spoken version down as the server
 * refuses them) and keeps that release's schema ({@link AxlVersions}); a later refusal steps every
 * following request down. Thread-safe: the audit restarts phones from several threads through one client.
 */
final class AxlTransport {

    private static final Logger LOG = Logger.getLogger(AxlTransport.class.getName());

    private final CucmSession session;
    private String version;
    private String release;

    AxlTransport(CucmSession session) {
        this.session = session;
    }

    String host() {
        return session.host();
    }

    /** The schema version requests use; the first call asks the server. */
    synchronized String version() throws CucmException {
        if (version == null) {
            negotiate();
        }
        return version;
    }

    /** The server's release as getCCMVersion gave it, e.g. {@code 14.0.1.11900-132}. */
    synchronized String release() throws CucmException {
        version();
        return release;
    }

    /**
     * Sends one operation, {@code <ns:operation>content</ns:operation>}, stepping down the schema
     * version while the server refuses it.
     *
     * @return the {@code operationResponse} element
     */
    Element call(String operation, String content, String what) throws CucmException {
        String v = version();
        while (true) {
            try {
                return post(v, operation, content, what);
            } catch (Refused r) {
                v = stepDown(v, r.words);
            }
        }
    }

    private synchronized String stepDown(String refused, String words) throws CucmException {
        if (!refused.equals(version)) {
            return version; // another request stepped down meanwhile
        }
        version = AxlVersions.after(refused, words).orElseThrow(() -> exhausted(refused, words));
        LOG.log(Level.INFO, "CUCM {0} refused AXL schema {1}; using {2}", new Object[] {host(), refused, version});
        return version;
    }

    private void negotiate() throws CucmException {
        String probe = AxlVersions.SPOKEN.get(0);
        while (true) {
            Element response;
            try {
                response = post(probe, "getCCMVersion", "", "AXL getCCMVersion (schema " + probe + ")");
            } catch (Refused r) {
                String refused = probe;
                probe = AxlVersions.after(refused, r.words).orElseThrow(() -> exhausted(refused, r.words));
                continue;
            }
            Element v = SoapXml.descendant(response, "version");
            String found = v == null ? "" : v.getTextContent().strip();
            if (found.isEmpty()) {
                throw new CucmException(host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host()
                        + " answered AXL getCCMVersion without a version", null, null);
            }
            String schema = AxlVersions.forRelease(found).orElseThrow(() -> new CucmException(host(),
                    CucmFailure.VERSION_REFUSED, "CUCM " + host() + " runs release " + found + ", older than the AXL"
                    + " schemas this client speaks (" + spoken() + ")", found, null));
            release = found;
            version = AxlVersions.lower(schema, probe); // never above the version the server just took
            LOG.log(Level.FINE, "CUCM {0}: release {1}, AXL schema {2}", new Object[] {host(), release, version});
            return;
        }
    }

    private Element post(String v, String operation, String content, String what) throws CucmException, Refused {
        CucmSession.Answer a;
        try {
            a = session.post(CucmService.AXL, "\"CUCM:DB ver=" + v + " " + operation + "\"",
                    envelope(v, operation, content), what);
        } catch (CucmException e) {
            if (e.failure() == CucmFailure.VERSION_REFUSED) {
                throw new Refused(e.detail());
            }
            throw e;
        }
        Element body;
        try {
            body = SoapXml.body(a.body(), host(), what);
        } catch (CucmException e) {
            String words = CucmSession.words(a.body());
            if (a.status() != 200 && AxlVersions.refusal(words)) {
                throw new Refused(words);
            }
            throw e;
        }
        SoapXml.Fault f = SoapXml.fault(body);
        if (f != null) {
            if (AxlVersions.refusal(f.text())) {
                throw new Refused(f.text());
            }
            throw new CucmException(host(), CucmFailure.FAULT, "CUCM " + host() + " refused " + what + ": " + f.text(),
                    f.text(), null);
        }
        Element response = SoapXml.child(body, operation + "Response");
        if (response == null) {
            throw new CucmException(host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host() + " answered " + what
                    + " without " + operation + "Response (HTTP " + a.status() + ")", null, null);
        }
        return response;
    }

    private static String envelope(String v, String operation, String content) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:ns=\"http://www.cisco.com/AXL/API/" + v + "\"><soapenv:Header/><soapenv:Body>"
                + "<ns:" + operation + ">" + content + "</ns:" + operation + "></soapenv:Body></soapenv:Envelope>";
    }

    private CucmException exhausted(String last, String words) {
        return new CucmException(host(), CucmFailure.VERSION_REFUSED, "CUCM " + host() + " refused every AXL schema"
                + " version this client speaks (" + spoken() + "; the last tried was " + last + "): " + words, words, null);
    }

    private static String spoken() {
        return AxlVersions.SPOKEN.get(AxlVersions.SPOKEN.size() - 1) + " to " + AxlVersions.SPOKEN.get(0);
    }

    /** The server refused the schema version; its words may name the ones it takes. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        final String words;

        Refused(String words) {
            super(words, null, false, false);
            this.words = words == null ? "" : words;
        }
    }
}
