package org.voicebench.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The limits every VoiceBench HTTP client relies on, against a loopback server. */
class BoundedHttpClientTest {

    private static final Duration SHORT = Duration.ofMillis(300);
    /** Far above SHORT, far below the server's stall: a timeout that did not fire shows up as a slow test failing. */
    private static final long IN_TIME_MILLIS = 2_000;

    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowArrived = new CountDownLatch(1);
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/ok", x -> answer(x, 200));
        server.createContext("/moved", x -> {
            x.getResponseHeaders().add("Location", "/ok");
            answer(x, 302);
        });
        server.createContext("/slow", x -> {
            slowArrived.countDown();
            await(release);
            answer(x, 200);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void anAnswerSlowerThanTheResponseTimeoutFailsInTime() throws IOException {
        try (CloseableHttpClient http = BoundedHttpClient.with(SHORT, SHORT).build()) {
            long started = System.nanoTime();
            assertThrows(SocketTimeoutException.class, () -> status(http, new HttpGet(url("/slow"))));
            assertTrue(millisSince(started) < IN_TIME_MILLIS, "took " + millisSince(started) + " ms");
        }
    }

    @Test
    void aRequestBeyondThePoolLimitFailsAfterTheQueueTimeout() throws Exception {
        try (CloseableHttpClient http = BoundedHttpClient.with(SHORT, Duration.ofSeconds(30))
                .maxConnections(1, 1).queueTimeout(SHORT).build()) {
            CompletableFuture<Integer> holder = CompletableFuture.supplyAsync(() -> {
                try {
                    return status(http, new HttpGet(url("/slow")));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertTrue(slowArrived.await(5, TimeUnit.SECONDS));
            long started = System.nanoTime();
            assertThrows(ConnectionRequestTimeoutException.class, () -> status(http, new HttpGet(url("/ok"))));
            assertTrue(millisSince(started) < IN_TIME_MILLIS, "took " + millisSince(started) + " ms");
            release.countDown();
            assertEquals(200, holder.get(5, TimeUnit.SECONDS));
        }
    }

    @Test
    void aDroppedPostIsNotSentAgain() throws Exception {
        assertSentOnce(new HttpPost("/"));
    }

    @Test
    void aDroppedGetIsNotSentAgain() throws Exception {
        assertSentOnce(new HttpGet("/")); // HttpClient's default would retry an idempotent GET
    }

    @Test
    void redirectsAreFollowedOnlyWhenAsked() throws IOException {
        try (CloseableHttpClient http = BoundedHttpClient.with(SHORT, SHORT).build()) {
            assertEquals(302, status(http, new HttpGet(url("/moved"))));
        }
        try (CloseableHttpClient http = BoundedHttpClient.with(SHORT, SHORT).followRedirects().build()) {
            assertEquals(200, status(http, new HttpGet(url("/moved"))));
        }
    }

    @Test
    void requestHeadersAreNeverLogged() {
        BoundedHttpClient.with(SHORT, SHORT);
        assertEquals(Level.INFO, Logger.getLogger("org.apache.hc.client5.http.headers").getLevel());
        assertEquals(Level.INFO, Logger.getLogger("org.apache.hc.client5.http.wire").getLevel());
    }

    @Test
    void limitsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> BoundedHttpClient.with(Duration.ZERO, SHORT));
        assertThrows(IllegalArgumentException.class, () -> BoundedHttpClient.with(SHORT, SHORT).maxConnections(1, 2));
    }

    /** Sends one request to a server that reads it and hangs up without answering; counts the requests that arrive. */
    private static void assertSentOnce(HttpUriRequestBase request) throws Exception {
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket dropper = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
                CloseableHttpClient http = BoundedHttpClient.with(SHORT, SHORT).build()) {
            Thread accept = new Thread(() -> hangUpOnEach(dropper, requests));
            accept.setDaemon(true);
            accept.start();
            request.setUri(URI.create("http://127.0.0.1:" + dropper.getLocalPort() + "/"));
            if (request instanceof HttpPost post) {
                post.setEntity(new StringEntity("Key:Soft1"));
            }
            assertThrows(IOException.class, () -> status(http, request));
            Thread.sleep(SHORT.toMillis()); // room for a retry to arrive, were there one
            assertEquals(1, requests.get());
        }
    }

    private static void hangUpOnEach(ServerSocket server, AtomicInteger requests) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                InputStream in = s.getInputStream();
                if (in.read(new byte[8192]) > 0) {
                    requests.incrementAndGet();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static int status(CloseableHttpClient http, HttpUriRequestBase request) throws IOException {
        return http.execute(request, response -> response.getCode());
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void answer(HttpExchange x, int status) throws IOException {
        x.sendResponseHeaders(status, -1);
        x.close();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
