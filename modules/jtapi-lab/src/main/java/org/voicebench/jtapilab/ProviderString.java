package org.voicebench.jtapilab;

import java.util.ArrayList;
import java.util.List;
import javax.telephony.ProviderUnavailableException;

/**
 * A JTAPI provider string, {@code HOST[,HOST...];login=USER;passwd=PASS[;appinfo=TEXT]}, as Cisco's jar takes
 * it. For the lab a HOST may be {@code ADDRESS:PORT}; without a port CTI Manager's {@value #DEFAULT_PORT}.
 */
record ProviderString(List<String> hosts, String login, String password, String appinfo) {

    static final int DEFAULT_PORT = 2748;

    /** @throws ProviderUnavailableException for a string without hosts, login or passwd */
    static ProviderString parse(String text) {
        if (text == null) {
            throw invalid("no provider string");
        }
        String[] parts = text.split(";", -1);
        List<String> hosts = new ArrayList<>();
        for (String h : parts[0].split(",")) {
            if (!h.isBlank()) {
                hosts.add(withPort(h.strip()));
            }
        }
        String login = null;
        String password = null;
        String appinfo = "";
        for (int i = 1; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            String key = eq < 0 ? parts[i].strip() : parts[i].substring(0, eq).strip();
            String value = eq < 0 ? "" : parts[i].substring(eq + 1);
            switch (key) {
                case "login" -> login = value;
                case "passwd" -> password = value;
                case "appinfo" -> appinfo = value;
                case "" -> {
                    // a trailing ';' is harmless
                }
                default -> throw invalid("unknown provider string item '" + key + "'");
            }
        }
        if (hosts.isEmpty() || login == null || login.isEmpty() || password == null) {
            throw invalid("the provider string needs HOST[,HOST...];login=USER;passwd=PASS");
        }
        return new ProviderString(List.copyOf(hosts), login, password, appinfo);
    }

    private static String withPort(String host) {
        // the lab listens on IPv4 loopback only, so a ':' always starts the port
        return host.indexOf(':') > 0 ? host : host + ":" + DEFAULT_PORT;
    }

    private static ProviderUnavailableException invalid(String message) {
        return new ProviderUnavailableException(ProviderUnavailableException.CAUSE_INVALID_ARGUMENT, message);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return String.join(",", hosts) + ";login=" + login + ";passwd=***" + (appinfo.isEmpty() ? "" : ";appinfo=" + appinfo);
    }
}
