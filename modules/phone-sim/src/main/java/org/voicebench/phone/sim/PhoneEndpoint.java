package org.voicebench.phone.sim;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

/**
 * The listening socket of one phone. Unbound while web access is off or the phone reboots, so that
 * clients get "connection refused" exactly as from a real phone.
 */
final class PhoneEndpoint {

    private InetSocketAddress address;
    private final Executor executor;
    private HttpServer server;

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
        if (server != null) {
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
}
