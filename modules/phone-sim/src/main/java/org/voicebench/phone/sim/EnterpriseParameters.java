package org.voicebench.phone.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * The simulated publisher's enterprise parameters that phones are given, read as AXL
 * {@code executeSQLQuery} reads them: {@code select paramname, paramvalue from processconfig where ...}.
 * The simulator knows two, the Authentication URLs ({@code URLAuthentication} and
 * {@code SecuredAuthenticationURL}; the names are assumed), and answers the rows whose name equals a
 * quoted literal of the query or matches it as a LIKE pattern, ignoring case. Any other query is refused.
 */
final class EnterpriseParameters {

    static final String URL_AUTHENTICATION = "URLAuthentication";
    static final String SECURED_AUTHENTICATION_URL = "SecuredAuthenticationURL";

    private static final Pattern QUERY = Pattern.compile(
            "\\s*select\\s+paramname\\s*,\\s*paramvalue\\s+from\\s+processconfig\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'");

    private final Map<String, String> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    /** @param url the HTTP Authentication URL; @param securedUrl the secured one ("" for not set) */
    EnterpriseParameters(String url, String securedUrl) {
        values.put(URL_AUTHENTICATION, url);
        values.put(SECURED_AUTHENTICATION_URL, securedUrl);
    }

    /** The CUCM defaults for a publisher: {@code http://PUB:8080/ccmcip/authenticate.jsp} and the HTTPS one on 8443. */
    static EnterpriseParameters defaults(String publisher) {
        return new EnterpriseParameters("http://" + publisher + ":8080/ccmcip/authenticate.jsp",
                "https://" + publisher + ":8443/ccmcip/authenticate.jsp");
    }

    /** The executeSQLQuery response in the request's schema version. */
    String executeSqlQuery(Element op, String version) throws CucmSoap.BadRequest {
        String sql = CucmSoap.text(op, "sql");
        if (sql == null || !QUERY.matcher(sql).matches()) {
            throw new CucmSoap.BadRequest("the simulated AXL answers executeSQLQuery only for select paramname,"
                    + " paramvalue from processconfig, not: " + sql, null);
        }
        List<Pattern> wanted = new ArrayList<>();
        Matcher m = LITERAL.matcher(sql);
        while (m.find()) {
            wanted.add(SimulatedAxl.like(m.group(1)));
        }
        StringBuilder b = new StringBuilder(CucmSoap.ENVELOPE_START).append("<ns:executeSQLQueryResponse xmlns:ns=\"")
                .append(SimulatedAxl.namespace(version)).append("\"><return>");
        for (Map.Entry<String, String> p : values.entrySet()) {
            if (wanted.stream().anyMatch(w -> w.matcher(p.getKey()).matches())) {
                b.append("<row>");
                CucmSoap.element(b, "paramname", p.getKey());
                CucmSoap.element(b, "paramvalue", p.getValue());
                b.append("</row>");
            }
        }
        return b.append("</return></ns:executeSQLQueryResponse>").append(CucmSoap.ENVELOPE_END).toString();
    }
}
