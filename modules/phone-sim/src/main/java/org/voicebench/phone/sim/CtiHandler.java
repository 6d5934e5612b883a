package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The lab CTI service's protocol (see {@link SimulatedCti}): each request checked and answered in plain text.
 */
final class CtiHandler implements HttpHandler {

    static final String SESSION_HEADER = "X-VoiceBench-Cti-Session";
    /** CTI's limit for one sendData. */
    static final int MAX_DATA = 2000;
    private static final int MAX_FORM = 4096;
    private static final Logger LOG = Logger.getLogger(CtiHandler.class.getName());

    private final SimulatedCti service;
    private final CtiSessions sessions = new CtiSessions();

    CtiHandler(SimulatedCti service) {
        this.service = service;
    }

    int openSessions() {
        return sessions.count();
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            String method = ex.getRequestMethod();
            if (path.equals("/cti/open") && method.equals("POST")) {
                open(ex);
                return;
            }
            String user = sessions.user(ex.getRequestHeaders().getFirst(SESSION_HEADER));
            if (user == null) {
                answer(ex, 401, "no such CTI session (never opened, or shut down)");
                return;
            }
            Map<String, List<String>> query = query(ex.getRequestURI().getRawQuery());
            switch (method + " " + path) {
                case "GET /cti/terminal" -> terminal(ex, user, first(query, "name"));
                case "GET /cti/states" -> states(ex, user, query.getOrDefault("name", List.of()));
                case "POST /cti/data" -> data(ex, user, first(query, "name"));
                case "POST /cti/close" -> {
                    sessions.close(ex.getRequestHeaders().getFirst(SESSION_HEADER));
                    answer(ex, 200, "");
                }
                default -> answer(ex, 404, "no " + method + " " + path + " in the lab CTI service");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "lab CTI service failed on " + ex.getRequestURI(), e);
        }
    }

    private void open(HttpExchange ex) throws IOException {
        byte[] body = read(ex, MAX_FORM);
        Map<String, List<String>> form = body == null ? Map.of() : query(new String(body, StandardCharsets.UTF_8));
        String login = first(form, "login");
        if (login.isEmpty() || !service.users().login(login, first(form, "passwd"))) {
            answer(ex, 403, "authentication failed: no application user '" + login + "' with that password");
            return;
        }
        answer(ex, 200, sessions.open(login));
    }

    private void terminal(HttpExchange ex, String user, String name) throws IOException {
        if (!service.controls(user, name)) {
            answer(ex, 404, notControlled(user, name));
            return;
        }
        answer(ex, 200, service.registered(name) ? "in" : "out");
    }

    /** One line per name: {@code NAME in|out}; a device no longer controlled is out. */
    private void states(HttpExchange ex, String user, List<String> names) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String n : names) {
            boolean in = service.controls(user, n) && service.registered(n);
            b.append(n).append(in ? " in" : " out").append('\n');
        }
        answer(ex, 200, b.toString());
    }

    private void data(HttpExchange ex, String user, String name) throws IOException {
        byte[] data = read(ex, MAX_DATA);
        if (data == null) {
            answer(ex, 413, "sendData takes at most " + MAX_DATA + " bytes");
            return;
        }
        if (!service.controls(user, name)) {
            answer(ex, 404, notControlled(user, name));
            return;
        }
        switch (service.deliver(name, data)) {
            case DELIVERED, DROPPED -> answer(ex, 200, "");
            case OUT_OF_SERVICE -> answer(ex, 409, "Terminal " + name + " is out of service (not registered)");
            case REFUSED -> answer(ex, 422, "the phone " + name + " refused the data");
        }
    }

    private static String notControlled(String user, String name) {
        return "Terminal " + name + " is not in provider's domain (not a device controlled by application user "
                + user + ")";
    }

    /** The body, or null when it is longer than {@code max}. */
    private static byte[] read(HttpExchange ex, int max) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(max + 1);
            return body.length > max ? null : body;
        }
    }

    private static Map<String, List<String>> query(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static String first(Map<String, List<String>> values, String key) {
        List<String> v = values.get(key);
        return v == null || v.isEmpty() ? "" : v.get(0);
    }

    private static void answer(HttpExchange ex, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
