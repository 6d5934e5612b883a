package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The listening socket of one phone. Unbound while web access is off, so that clients get "connection
 * refused" as from a real phone with its web server disabled. A restart does not unbind it: a restarting
 * phone accepts connections and answers nothing (the handler leaves their exchanges open), and
 * {@link #rebind} closes every one of them when it is back.
 */
final class PhoneEndpoint {

    private InetSocketAddress address;
    private final Executor executor;
    private HttpServer server;
    /** Set by {@link #close}: a restart finishing during the lab's stop must not listen again. */
    private boolean closed;

    PhoneEndpoint(InetSocketAddress address, Executor executor) {
        this.address = address;
        this.executor = executor;
    }

    synchronized InetSocketAddress address() {
        return address;
    }

    synchronized boolean bound() {
        return server != null;
    }

    synchronized void bind(HttpHandler handler) throws IOException {
        if (server != null || closed) {
            return;
        }
        HttpServer s = HttpServers.create(address, 64);
        s.createContext("/", handler);
        s.setExecutor(executor);
        s.start();
        server = s;
        // a port 0 request got a free port: keep it, so a restart comes back on the same one
        address = s.getAddress();
    }

    /** Closes the listening socket and every open connection at once. */
    synchronized void unbind() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Unbinds for good (the lab stops). */
    synchronized void close() {
        closed = true;
        unbind();
    }

    /**
     * The phone is back from a restart: every connection it held unanswered (and any other) is closed, as
     * the restart lost them, and a fresh server listens on the same address.
     */
    synchronized void rebind(HttpHandler handler) throws IOException {
        unbind();
        bind(handler);
    }
}
