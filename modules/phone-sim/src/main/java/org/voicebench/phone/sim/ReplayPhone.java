package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.voicebench.phone.RawAnswer;
import org.voicebench.phone.capture.PhoneCapture;

/**
 * A real phone served back from its capture: every captured page answers with the captured status,
 * Content-Type and bytes, so that the client, the GUI or a browser can be run against a phone nobody
 * here owns. Read-only by construction ({@link PhoneCapture#replay}): other pages answer 404, and
 * Execute or any other method 403. It checks no credentials: a page captured with them answers anyone.
 *
 * <p>Loopback only, like the rest of the simulator: the capture of someone's phone must not be
 * served to the network.
 */
public final class ReplayPhone implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(ReplayPhone.class.getName());

    private final PhoneCapture capture;
    private final HttpServer server;

    private ReplayPhone(PhoneCapture capture, HttpServer server) {
        this.capture = capture;
        this.server = server;
    }

    /**
     * Starts serving {@code capture} on {@code address} (port 0: a free port).
     *
     * @throws IllegalArgumentException when the address is not a loopback one
     * @throws IOException              when it cannot be bound (e.g. the port is in use)
     */
    public static ReplayPhone start(PhoneCapture capture, InetSocketAddress address) throws IOException {
        Objects.requireNonNull(capture, "capture");
        if (address.isUnresolved() || !address.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("a replay binds loopback only (127.0.0.0/8): " + address.getHostString()
                    + " is not a loopback address");
        }
        HttpServer server = HttpServers.create(address, 16);
        ReplayPhone phone = new ReplayPhone(capture, server);
        server.createContext("/", phone::serve);
        server.start();
        return phone;
    }

    /** Where it listens, with the port actually bound. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** {@code 127.0.0.1:8080}, as the {@code phone} commands take it. */
    public String hostAndPort() {
        return address().getAddress().getHostAddress() + ":" + address().getPort();
    }

    public PhoneCapture capture() {
        return capture;
    }

    private void serve(HttpExchange ex) throws IOException {
        try (ex) {
            URI uri = ex.getRequestURI();
            // path and query undecoded, as the capture recorded what the client sent
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            RawAnswer a = capture.replay(ex.getRequestMethod(), target);
            if (a.contentType() != null) {
                ex.getResponseHeaders().set("Content-Type", a.contentType());
            }
            boolean noBody = ex.getRequestMethod().equals("HEAD") || a.body().length == 0;
            ex.sendResponseHeaders(a.status(), noBody ? -1 : a.body().length);
            if (!noBody) {
                ex.getResponseBody().write(a.body());
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "replay: " + ex.getRequestURI() + " not answered", e);
            throw e;
        }
    }

    /** Stops listening and closes every open connection at once. */
    @Override
    public void close() {
        server.stop(0);
    }
}
