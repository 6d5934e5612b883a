package org.voicebench.phone.sim;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executor;
import java.util.function.Function;

/** The HTTP side of a TFTP node (CUCM: port 6970): GET or HEAD of a file by name; 404 for others. */
final class TftpHttpServer implements AutoCloseable {

    private final HttpServer server;

    private TftpHttpServer(HttpServer server) {
        this.server = server;
    }

    /**
     * Binds and starts serving on the workers.
     *
     * @param files the bytes of a requested file name, or null when there is no such file
     */
    static TftpHttpServer open(String name, InetSocketAddress at, Function<String, byte[]> files, Executor workers)
            throws IOException {
        HttpServer s;
        try {
            s = HttpServers.create(at, 50);
        } catch (IOException e) {
            throw new IOException("cannot listen on " + at.getAddress().getHostAddress() + ":" + at.getPort() + " (" + name
                    + "): " + e.getMessage(), e);
        }
        s.createContext("/", exchange -> answer(exchange, files));
        s.setExecutor(workers);
        s.start();
        return new TftpHttpServer(s);
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private static void answer(HttpExchange exchange, Function<String, byte[]> files) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String path = exchange.getRequestURI().getPath();
            byte[] body = path.length() > 1 && path.indexOf('/', 1) < 0 ? files.apply(path.substring(1)) : null;
            if (body == null) {
                byte[] text = ("not found: " + path + "\n").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
                exchange.sendResponseHeaders(404, method.equals("HEAD") ? -1 : text.length);
                if (!method.equals("HEAD")) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(text);
                    }
                }
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : body.length);
            if (!method.equals("HEAD")) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
