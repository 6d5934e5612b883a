package org.voicebench.phone;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a phone's web server listens: a host name or IP address and a port (80 unless given).
 *
 * @param host host name, IPv4 address or IPv6 address (without brackets)
 * @param port TCP port, 1..65535
 */
public record PhoneAddress(String host, int port) {

    public static final int DEFAULT_PORT = 80;

    public PhoneAddress {
        Objects.requireNonNull(host, "host");
        host = host.strip().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || host.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c == '?' || c == '#')) {
            throw new IllegalArgumentException("not a phone host name or address: \"" + host + "\"");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port);
        }
    }

    /** A phone on the default port 80. */
    public static PhoneAddress of(String host) {
        return new PhoneAddress(host, DEFAULT_PORT);
    }

    /**
     * Parses {@code host}, {@code host:port}, {@code [v6]} or {@code [v6]:port}.
     *
     * @throws IllegalArgumentException naming the text and what is wrong
     */
    public static PhoneAddress parse(String text) {
        Objects.requireNonNull(text, "text");
        String t = text.strip();
        String host = t;
        String port = null;
        if (t.startsWith("[")) {
            int end = t.indexOf(']');
            if (end < 0) {
                throw new IllegalArgumentException("\"" + text + "\": IPv6 address without closing ']'");
            }
            host = t.substring(1, end);
            String rest = t.substring(end + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw new IllegalArgumentException("\"" + text + "\": expected ':port' after ']'");
                }
                port = rest.substring(1);
            }
        } else {
            int colon = t.indexOf(':');
            if (colon >= 0 && colon == t.lastIndexOf(':')) {
                host = t.substring(0, colon);
                port = t.substring(colon + 1);
            }
        }
        int p = DEFAULT_PORT;
        if (port != null) {
            try {
                p = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + text + "\": port \"" + port + "\" is not a number", e);
            }
        }
        try {
            return new PhoneAddress(host, p);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("\"" + text + "\": " + e.getMessage(), e);
        }
    }

    /** The base of the phone's URLs, e.g. {@code http://10.1.2.3:8080}. */
    public String baseUrl() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return "http://" + h + ":" + port;
    }

    /** {@code host:port}, the form {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
