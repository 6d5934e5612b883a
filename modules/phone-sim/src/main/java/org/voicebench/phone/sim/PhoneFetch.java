package org.voicebench.phone.sim;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.HttpEntity;
import org.voicebench.http.BoundedHttpClient;

/**
 * Downloads a file the way a phone does for a setBackground or setRingTone object: plain HTTP GET from
 * the URL it was given, bounded in time and size (the project's one {@link BoundedHttpClient}). A serve
 * address the phone cannot reach fails here, as it would on a real phone.
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
    /** Shared by every simulated phone; no retries (a phone asks once) and no redirects. */
    private static final CloseableHttpClient CLIENT = BoundedHttpClient.with(CONNECT, ANSWER).maxConnections(64, 8).build();

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
        try {
            return CLIENT.execute(new HttpGet(uri), response -> {
                if (response.getCode() != 200) {
                    return failed("HTTP " + response.getCode() + " for " + url);
                }
                HttpEntity entity = response.getEntity();
                if (entity == null) {
                    return failed("an empty answer for " + url);
                }
                try (InputStream in = entity.getContent()) {
                    byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                    return bytes.length > MAX_BYTES ? failed("file larger than " + MAX_BYTES + " bytes: " + url) : bytes;
                }
            });
        } catch (FailedAnswer e) {
            throw new Failed(e.getMessage());
        } catch (IOException e) {
            throw new Failed("download failed: " + url + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** A refusal from inside the response handler, which may throw only IOException. */
    private static final class FailedAnswer extends IOException {
        FailedAnswer(String message) {
            super(message);
        }
    }

    private static byte[] failed(String message) throws FailedAnswer {
        throw new FailedAnswer(message);
    }
}
