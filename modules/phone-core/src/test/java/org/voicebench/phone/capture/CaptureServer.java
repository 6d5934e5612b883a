package org.voicebench.phone.capture;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.RawAnswer;

/**
 * A capture served on 127.0.0.1 and a free port by {@link PhoneCapture#replay}, so that the client's
 * tests can read real phones' answers over HTTP. (phone-sim's {@code ReplayPhone} does the same for
 * users, but phone-sim depends on this module, not the other way round.)
 */
final class CaptureServer implements AutoCloseable {

    private final HttpServer server;

    CaptureServer(PhoneCapture capture) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/", ex -> serve(ex, capture));
        server.start();
    }

    PhoneAddress address() {
        return new PhoneAddress("127.0.0.1", server.getAddress().getPort());
    }

    private static void serve(HttpExchange ex, PhoneCapture capture) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            RawAnswer a = capture.replay(ex.getRequestMethod(), uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
            if (a.contentType() != null) {
                ex.getResponseHeaders().set("Content-Type", a.contentType());
            }
            ex.sendResponseHeaders(a.status(), a.body().length == 0 ? -1 : a.body().length);
            ex.getResponseBody().write(a.body());
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
