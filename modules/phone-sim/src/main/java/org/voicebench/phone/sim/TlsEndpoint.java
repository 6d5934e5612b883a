package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A TLS port of a simulated CUCM node: each connection gets a server handshake presenting the
 * current certificate, then is held until the client closes it (bounded). The certificate can be
 * swapped while listening; every later handshake shows the new one (each context has its own
 * session cache, so no session of the old certificate is resumed).
 */
final class TlsEndpoint implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TlsEndpoint.class.getName());
    /** How long a connection may take for its handshake, and stay open after it. */
    static final int CONNECTION_TIMEOUT_MS = 5000;

    private final String name;
    private final ServerSocket server;
    private final Executor workers;
    /** Open connections, closed with the endpoint so that a stop does not wait for idle clients. */
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile SSLContext context;

    private TlsEndpoint(String name, ServerSocket server, Executor workers, SSLContext context) {
        this.name = name;
        this.server = server;
        this.workers = workers;
        this.context = context;
    }

    /** Binds and starts accepting on a daemon thread of its own. */
    static TlsEndpoint open(String name, InetSocketAddress at, SSLContext context, Executor workers) throws IOException {
        ServerSocket s = new ServerSocket();
        try {
            s.setReuseAddress(true);
            s.bind(at, 50);
        } catch (IOException e) {
            s.close();
            throw new IOException("cannot listen on " + at.getAddress().getHostAddress() + ":" + at.getPort() + " (" + name
                    + "): " + e.getMessage(), e);
        }
        TlsEndpoint endpoint = new TlsEndpoint(name, s, workers, context);
        Thread t = new Thread(endpoint::acceptLoop, "sim-cluster " + name);
        t.setDaemon(true);
        t.start();
        return endpoint;
    }

    InetSocketAddress address() {
        return new InetSocketAddress(server.getInetAddress(), server.getLocalPort());
    }

    /** Presents another certificate from the next handshake on. */
    void present(SSLContext next) {
        context = next;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.log(Level.WARNING, name + ": accept failed", e);
                }
                return;
            }
            try {
                workers.execute(() -> handshake(s));
            } catch (RejectedExecutionException e) {
                closeQuietly(s); // shutting down
            }
        }
    }

    private void handshake(Socket plain) {
        connections.add(plain);
        if (server.isClosed()) {
            closeQuietly(plain);
        }
        try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, true)) {
            tls.setUseClientMode(false);
            tls.setSoTimeout(CONNECTION_TIMEOUT_MS);
            tls.startHandshake();
            // like a real service, wait for the client's request (or its close)
            InputStream in = tls.getInputStream();
            while (in.read() >= 0) {
                // whatever the client sends is not understood; it is only read until it leaves
            }
        } catch (IOException e) {
            // clients that leave mid-handshake (or send no TLS) are normal for a capture endpoint
            LOG.log(Level.FINE, name + ": connection ended: " + e);
        } finally {
            connections.remove(plain);
            closeQuietly(plain);
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing a connection failed", e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, name + ": closing the listening socket failed", e);
        }
        for (Socket s : connections) {
            closeQuietly(s);
        }
    }

    @Override
    public String toString() {
        return name + " at " + address();
    }

    /** For log and error messages. */
    String name() {
        return name;
    }
}
