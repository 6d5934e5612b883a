package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Downloads a file the way a phone does for a setBackground or setRingTone object: plain HTTP GET from
 * the URL it was given, bounded in time and size. A serve address the phone cannot reach fails here,
 * as it would on a real phone.
 */
final class PhoneFetch {

    /** The fetch failed; the message is what the phone shows in its refusal. */
    static final class Failed extends Exception {
        Failed(String message) {
            super(message);
        }
    }

    static final int MAX_BYTES = 4 << 20;
    private static final Duration CONNECT = Duration.ofSeconds(3);
    private static final Duration ANSWER = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PhoneFetch() {
    }

    static byte[] get(String url) throws Failed {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Failed("invalid URL " + url);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new Failed("only http:// URLs are fetched: " + url);
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(ANSWER).GET().build();
        try {
            HttpResponse<InputStream> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new Failed("HTTP " + response.statusCode() + " for " + url);
                }
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    throw new Failed("file larger than " + MAX_BYTES + " bytes: " + url);
                }
                return bytes;
            }
        } catch (IOException e) {
            throw new Failed("download failed: " + url + " (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failed("download interrupted: " + url);
        }
    }
}
