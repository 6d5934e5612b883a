package org.voicebench.certcheck.fetch;

import java.util.Objects;
import org.voicebench.certcheck.CertificateRole;

/**
 * A TLS service of a cluster node whose certificate to capture: {@code HOST:PORT[=ROLE@NODE]}.
 *
 * @param host host name or address to connect to
 * @param port TCP port
 * @param role the role of the certificate the service presents
 * @param node the node it belongs to (default: the host)
 */
public record TlsTarget(String host, int port, CertificateRole role, String node) {

    public TlsTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(node, "node");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /**
     * Reads {@code HOST:PORT}, {@code HOST:PORT=ROLE@NODE} or {@code HOST:PORT=ROLE}; IPv6 as
     * {@code [::1]:5061}. Without a role, the role the port implies (see {@link #roleOfPort}).
     *
     * @throws IllegalArgumentException naming the text and what is wrong with it
     */
    public static TlsTarget parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.trim();
        String address = t;
        String roleText = null;
        String node = null;
        int eq = t.indexOf('=');
        if (eq >= 0) {
            address = t.substring(0, eq).trim();
            String spec = t.substring(eq + 1).trim();
            int at = spec.indexOf('@');
            roleText = at < 0 ? spec : spec.substring(0, at).trim();
            if (at >= 0) {
                node = spec.substring(at + 1).trim();
                if (node.isEmpty()) {
                    throw bad(text, "the node after '@' is empty");
                }
            }
        }
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            throw bad(text, "expected HOST:PORT[=ROLE@NODE], e.g. cucm-pub:5061=CallManager@cucm-pub");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        } else if (host.indexOf(':') >= 0) {
            throw bad(text, "write an IPv6 address in brackets, e.g. [::1]:5061");
        }
        if (host.isBlank()) {
            throw bad(text, "the host is empty");
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw bad(text, "the port '" + address.substring(colon + 1) + "' is not a number");
        }
        if (port < 1 || port > 65535) {
            throw bad(text, "the port " + port + " is not between 1 and 65535");
        }
        CertificateRole role;
        if (roleText == null) {
            role = roleOfPort(port);
        } else {
            String r = roleText;
            role = CertificateRole.parse(r).orElseThrow(() -> bad(text, "unknown role '" + r + "' (known: "
                    + knownRoles() + ")"));
        }
        return new TlsTarget(host, port, role, node == null ? host : node);
    }

    /**
     * The role a CUCM service port implies: 5061 (SIP TLS) and 2443 (SCCP TLS) CallManager, 2445
     * TVS, 3804 CAPF, 443 and 8443 tomcat; any other port UNKNOWN.
     */
    public static CertificateRole roleOfPort(int port) {
        return switch (port) {
            case 5061, 2443 -> CertificateRole.CALLMANAGER;
            case 2445 -> CertificateRole.TVS;
            case 3804 -> CertificateRole.CAPF;
            case 443, 8443 -> CertificateRole.TOMCAT;
            default -> CertificateRole.UNKNOWN;
        };
    }

    /** {@code host:port}, IPv6 in brackets. */
    public String hostAndPort() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    /** Where a captured certificate came from, as {@code ClusterCertificate.sources()} records it. */
    public String origin() {
        return "tls://" + hostAndPort();
    }

    @Override
    public String toString() {
        return hostAndPort() + "=" + role.label() + "@" + node;
    }

    private static String knownRoles() {
        StringBuilder b = new StringBuilder();
        for (CertificateRole r : CertificateRole.values()) {
            if (r != CertificateRole.UNKNOWN) {
                b.append(b.length() == 0 ? "" : ", ").append(r.label());
            }
        }
        return b.toString();
    }

    private static IllegalArgumentException bad(String text, String problem) {
        return new IllegalArgumentException("TLS target '" + text + "': " + problem);
    }
}
