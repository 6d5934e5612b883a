package org.voicebench.phone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A minimal phone web server for the client's tests: canned answers per path, requests recorded. */
final class FakePhone implements AutoCloseable {

    record Reply(int status, String contentType, byte[] body, long delayMillis) {
        static Reply xml(String xml) {
            return new Reply(200, "text/xml", xml.getBytes(StandardCharsets.UTF_8), 0);
        }

        Reply delayed(long millis) {
            return new Reply(status, contentType, body, millis);
        }
    }

    record Request(String method, String path, String authorization, String contentType, String body) {
    }

    static final String SUCCESS = "<CiscoIPPhoneResponse><ResponseItem Status=\"0\" Data=\"Success\" URL=\"Key:Settings\"/></CiscoIPPhoneResponse>";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Requests being served now, and the most seen at once; shareable between phones. */
    final AtomicInteger inFlight;
    final AtomicInteger maxInFlight;

    FakePhone() throws IOException {
        this(new AtomicInteger(), new AtomicInteger());
    }

    FakePhone(AtomicInteger inFlight, AtomicInteger maxInFlight) throws IOException {
        this.inFlight = inFlight;
        this.maxInFlight = maxInFlight;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        reply("/CGI/Execute", Reply.xml(SUCCESS));
    }

    PhoneAddress address() {
        return new PhoneAddress("127.0.0.1", server.getAddress().getPort());
    }

    FakePhone reply(String path, Reply r) {
        replies.put(path, r);
        return this;
    }

    private void handle(HttpExchange ex) throws IOException {
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            byte[] body = ex.getRequestBody().readAllBytes();
            requests.add(new Request(ex.getRequestMethod(), ex.getRequestURI().getPath(),
                    ex.getRequestHeaders().getFirst("Authorization"), ex.getRequestHeaders().getFirst("Content-Type"),
                    new String(body, StandardCharsets.ISO_8859_1)));
            String query = ex.getRequestURI().getRawQuery();
            Reply r = query == null ? null : replies.get(ex.getRequestURI().getPath() + "?" + query);
            r = r != null ? r : replies.get(ex.getRequestURI().getPath());
            if (r == null) {
                r = new Reply(404, "text/html", "<html>Not Found</html>".getBytes(StandardCharsets.US_ASCII), 0);
            }
            if (r.delayMillis() > 0) {
                Thread.sleep(r.delayMillis());
            }
            if (r.contentType() != null) {
                ex.getResponseHeaders().set("Content-Type", r.contentType());
            }
            ex.sendResponseHeaders(r.status(), r.body().length == 0 ? -1 : r.body().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(r.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            ex.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
