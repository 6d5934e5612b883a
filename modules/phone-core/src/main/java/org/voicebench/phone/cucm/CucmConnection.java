package org.voicebench.phone.cucm;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a CUCM node's web services listen and how to talk to it.
 *
 * @param host            host name or address of the publisher (AXL) or any node (RIS)
 * @param port            its tomcat HTTPS port, 8443 on CUCM
 * @param trust           which certificate to accept
 * @param connectTimeout  how long to wait for a TCP connection
 * @param responseTimeout how long to wait for data once connected (a large listPhone page takes seconds)
 */
public record CucmConnection(String host, int port, CucmTrust trust, Duration connectTimeout, Duration responseTimeout) {

    public static final int DEFAULT_PORT = 8443;

    public CucmConnection {
        Objects.requireNonNull(host, "host");
        host = host.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("not a CUCM host name or address: \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port);
        }
        Objects.requireNonNull(trust, "trust");
        positive(connectTimeout, "connectTimeout");
        positive(responseTimeout, "responseTimeout");
    }

    /** Port 8443, 5 s to connect, 60 s to answer. */
    public static CucmConnection of(String host, CucmTrust trust) {
        return new CucmConnection(host, DEFAULT_PORT, trust, Duration.ofSeconds(5), Duration.ofSeconds(60));
    }

    public CucmConnection withPort(int value) {
        return new CucmConnection(host, value, trust, connectTimeout, responseTimeout);
    }

    public CucmConnection withTimeouts(Duration connect, Duration response) {
        return new CucmConnection(host, port, trust, connect, response);
    }

    /** {@code https://host:port}. */
    public String baseUrl() {
        return "https://" + (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    private static void positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, not " + d);
        }
    }
}
