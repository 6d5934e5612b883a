package org.voicebench.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A tiny phone web server for the {@code phone} command's tests, on 127.0.0.1 and a free port:
 * canned answers per path (with its query, when one is given), every request recorded. It checks nothing; the tests check what it got.
 */
final class FakePhoneServer implements AutoCloseable {

    /** One canned answer. */
    record Reply(int status, String contentType, byte[] body) {
        static Reply xml(String xml) {
            return new Reply(200, "text/xml", xml.getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * One request as received.
     *
     * @param xml the Execute object, decoded from the {@code XML=} form field; null for other requests
     */
    record Request(String method, String path, String authorization, String xml, long nanos) {
    }

    static final String SUCCESS = "<CiscoIPPhoneResponse><ResponseItem Status=\"0\" Data=\"Success\" URL=\"\"/></CiscoIPPhoneResponse>";

    private final HttpServer server;
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();

    FakePhoneServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", this::handle);
        server.start();
        reply("/CGI/Execute", Reply.xml(SUCCESS));
    }

    /** {@code 127.0.0.1:PORT}, as a user types it. */
    String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    FakePhoneServer reply(String path, Reply r) {
        replies.put(path, r);
        return this;
    }

    /** The Execute URIs received, in order. */
    List<String> executed() {
        return requests.stream().filter(r -> r.xml() != null)
                .map(r -> r.xml().replaceAll("(?s).*URL=\"([^\"]*)\".*", "$1")).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.US_ASCII);
            String xml = body.startsWith("XML=") ? URLDecoder.decode(body.substring(4), StandardCharsets.UTF_8) : null;
            requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("Authorization"), xml, System.nanoTime()));
            String query = ex.getRequestURI().getRawQuery();
            Reply r = query == null ? null : replies.get(ex.getRequestURI().getPath() + "?" + query);
            r = r != null ? r : replies.getOrDefault(ex.getRequestURI().getPath(),
                    new Reply(404, "text/html", "<html>Not Found</html>".getBytes(StandardCharsets.US_ASCII)));
            ex.getResponseHeaders().set("Content-Type", r.contentType());
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
