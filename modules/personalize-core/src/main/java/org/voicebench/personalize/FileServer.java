package org.voicebench.personalize;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The run's own small HTTP server: it serves each published file at an unguessable path, GET/HEAD only, and
 * remembers which paths were fetched. Each phone is given its own paths, so a download proves that this very
 * phone reached the server (a phone that answers "Success" but never downloads is caught).
 */
public final class FileServer implements AutoCloseable {

    private record Served(byte[] bytes, String contentType, CompletableFuture<Void> fetched) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final HttpServer server;
    private final ExecutorService threads;
    private final Map<String, Served> files = new ConcurrentHashMap<>();
    private final String base;

    private FileServer(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress() instanceof Inet6Address ? "[" + a.getAddress().getHostAddress() + "]"
                : a.getAddress().getHostAddress();
        this.base = "http://" + host + ":" + a.getPort();
    }

    /**
     * Listens on {@code address} (port 0: a free one).
     *
     * @throws IOException when the address is not this machine's or the port is taken
     */
    public static FileServer start(InetSocketAddress address) throws IOException {
        HttpServer server = HttpServer.create(address, 64);
        ExecutorService threads = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "voicebench-personalize-files");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        FileServer files = new FileServer(server, threads);
        server.createContext("/", files::handle);
        server.start();
        return files;
    }

    /** {@code http://ADDR:PORT}, as phones are told. */
    public String baseUrl() {
        return base;
    }

    /** Serves {@code bytes} at a new path ending in {@code fileName}; returns its full URL. */
    public String publish(String fileName, byte[] bytes, String contentType) {
        byte[] token = new byte[6];
        RANDOM.nextBytes(token);
        String path = "/" + HexFormat.of().formatHex(token) + "/" + fileName;
        files.put(path, new Served(bytes.clone(), contentType, new CompletableFuture<>()));
        return base + path;
    }

    /** Waits until the file at {@code url} was downloaded in full; false when the wait ended first. */
    public boolean awaitFetched(String url, Duration wait) throws InterruptedException {
        Served s = files.get(url.substring(base.length()));
        if (s == null) {
            return false;
        }
        try {
            s.fetched().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            String method = ex.getRequestMethod();
            Served s = files.get(ex.getRequestURI().getRawPath());
            if (!method.equals("GET") && !method.equals("HEAD")) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            if (s == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", s.contentType());
            if (method.equals("HEAD")) {
                ex.sendResponseHeaders(200, -1);
                return;
            }
            ex.sendResponseHeaders(200, s.bytes().length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(s.bytes());
            }
            s.fetched().complete(null);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
