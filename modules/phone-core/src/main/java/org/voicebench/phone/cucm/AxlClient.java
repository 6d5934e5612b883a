package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.w3c.dom.Element;

/**
 * AXL {@code listPhone} against the publisher: pages of {@code first} phones from {@code skip}
 * until a short page, with a bound on the number of pages so a misbehaving server cannot keep the
 * client busy forever.
 */
public final class AxlClient {

    public static final String PATH = "/axl/";
    /** The AXL schema version sent by default; CUCM 12.5 and later accept it. */
    public static final String DEFAULT_VERSION = "12.5";
    public static final int DEFAULT_PAGE_SIZE = 500;
    public static final int DEFAULT_MAX_PAGES = 400;

    private final CucmSession session;
    private final String version;
    private final int pageSize;
    private final int maxPages;

    /**
     * @param version  the AXL schema version, e.g. {@code 14.0}: in the SOAPAction and the namespace
     * @param pageSize phones per page ({@code first})
     * @param maxPages pages at most; more is {@link CucmFailure#TOO_MANY_RESULTS}
     */
    public AxlClient(CucmSession session, String version, int pageSize, int maxPages) {
        this.session = Objects.requireNonNull(session, "session");
        this.version = Objects.requireNonNull(version, "version").strip();
        if (!this.version.matches("\\d{1,2}\\.\\d")) {
            throw new IllegalArgumentException("AXL version must look like 14.0, not \"" + version + "\"");
        }
        if (pageSize < 1 || pageSize > 10_000) {
            throw new IllegalArgumentException("page size must be 1..10000, not " + pageSize);
        }
        if (maxPages < 1) {
            throw new IllegalArgumentException("at least one page: " + maxPages);
        }
        this.pageSize = pageSize;
        this.maxPages = maxPages;
    }

    public AxlClient(CucmSession session) {
        this(session, DEFAULT_VERSION, DEFAULT_PAGE_SIZE, DEFAULT_MAX_PAGES);
    }

    /**
     * Every phone whose name matches the pattern, in the server's order.
     *
     * @param namePattern AXL name criteria; {@code %} is the wildcard ({@code SEP%}, {@code %} for all)
     */
    public List<AxlPhone> listPhones(String namePattern) throws CucmException {
        Objects.requireNonNull(namePattern, "namePattern");
        List<AxlPhone> all = new ArrayList<>();
        for (int page = 0; page < maxPages; page++) {
            int skip = page * pageSize;
            List<AxlPhone> got = page(namePattern, skip);
            all.addAll(got);
            if (got.size() < pageSize) {
                return all;
            }
        }
        throw new CucmException(session.host(), CucmFailure.TOO_MANY_RESULTS, "CUCM " + session.host() + ": listPhone \""
                + namePattern + "\" still had full pages after " + maxPages + " pages of " + pageSize + " phones; narrow the"
                + " name pattern or raise the page limit", null, null);
    }

    private List<AxlPhone> page(String pattern, int skip) throws CucmException {
        String what = "AXL listPhone \"" + pattern + "\" (skip " + skip + ")";
        CucmSession.Answer a = session.post(PATH, "\"CUCM:DB ver=" + version + " listPhone\"", request(pattern, skip), what);
        Element body = SoapXml.body(a.body(), session.host(), what);
        SoapXml.Fault f = SoapXml.fault(body);
        if (f != null) {
            throw new CucmException(session.host(), CucmFailure.FAULT, "CUCM " + session.host() + " refused " + what + ": "
                    + f.text(), f.text(), null);
        }
        Element response = SoapXml.child(body, "listPhoneResponse");
        Element ret = response == null ? null : SoapXml.child(response, "return");
        if (ret == null) {
            throw new CucmException(session.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + session.host() + " answered "
                    + what + " without listPhoneResponse/return (HTTP " + a.status() + ")", null, null);
        }
        List<AxlPhone> out = new ArrayList<>();
        for (Element p : SoapXml.children(ret, "phone")) {
            String name = SoapXml.text(p, "name");
            if (name == null || name.isEmpty()) {
                throw new CucmException(session.host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + session.host()
                        + " answered " + what + " with a phone without a name", null, null);
            }
            out.add(new AxlPhone(name, SoapXml.text(p, "model"), SoapXml.text(p, "description"),
                    SoapXml.text(p, "devicePoolName"), SoapXml.text(p, "protocol")));
        }
        return out;
    }

    private String request(String pattern, int skip) {
        return "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:ns=\"http://www.cisco.com/AXL/API/" + version + "\">"
                + "<soapenv:Header/><soapenv:Body><ns:listPhone>"
                + "<searchCriteria><name>" + SoapXml.escape(pattern) + "</name></searchCriteria>"
                + "<returnedTags><name/><model/><description/><devicePoolName/><protocol/></returnedTags>"
                + "<skip>" + skip + "</skip><first>" + pageSize + "</first>"
                + "</ns:listPhone></soapenv:Body></soapenv:Envelope>";
    }
}
