package org.voicebench.phone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.voicebench.http.BoundedHttpClient;
import org.voicebench.phone.internal.BasicAuthorization;

/**
 * The HTTP side of {@link PhoneClient}: a {@link BoundedHttpClient} (one connection per phone),
 * one request in flight per phone, preemptive Basic authentication, bounded answers.
 */
final class Transport implements AutoCloseable {

    /** An HTTP answer read in full. */
    record Answer(int status, String contentType, byte[] body) {
    }

    private static final Logger LOG = Logger.getLogger(PhoneClient.class.getName());

    private final PhoneClientSettings settings;
    private final CredentialsProvider credentials;
    private final PhoneLocks locks = new PhoneLocks();
    private final CloseableHttpClient http;

    Transport(PhoneClientSettings settings, CredentialsProvider credentials) {
        this.settings = settings;
        this.credentials = credentials;
        this.http = BoundedHttpClient.with(settings.connectTimeout(), settings.responseTimeout())
                .queueTimeout(settings.queueTimeout())
                .maxConnections(settings.maxConnections(), 1)
                // phones close idle connections early: check a pooled one before reuse
                .shortLivedConnections(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofSeconds(10))
                .build(); // no retries: a repeated Execute would press a key twice
    }

    Answer get(PhoneAddress phone, String path, String what, boolean authenticate, int maxBytes) throws PhoneException {
        return send(phone, new HttpGet(phone.baseUrl() + path), what, authenticate, maxBytes);
    }

    Answer postForm(PhoneAddress phone, String path, String what, String formBody, int maxBytes) throws PhoneException {
        HttpPost post = new HttpPost(phone.baseUrl() + path);
        // the body is ASCII after URL-encoding; no charset parameter, as phones expect plain form posts
        post.setEntity(new ByteArrayEntity(formBody.getBytes(StandardCharsets.US_ASCII),
                ContentType.create("application/x-www-form-urlencoded")));
        return send(phone, post, what, true, maxBytes);
    }

    private Answer send(PhoneAddress phone, HttpUriRequestBase request, String what, boolean authenticate, int maxBytes)
            throws PhoneException {
        if (authenticate) {
            authorize(phone, request);
        }
        try {
            if (!locks.acquire(phone, settings.queueTimeout())) {
                throw Failures.queueTimeout(phone, what, settings.queueTimeout());
            }
        } catch (InterruptedException e) {
            throw Failures.cancelled(phone, what, e);
        }
        long started = System.nanoTime();
        try {
            Answer a = http.execute(request, response -> read(response, phone, what, maxBytes));
            LOG.log(Level.FINE, "phone {0}: {1} -> HTTP {2} ({3} bytes, {4} ms)", new Object[] {phone, what, a.status(),
                a.body().length, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)});
            return a;
        } catch (TooLarge e) {
            throw Failures.unexpected(phone, what, "more than " + maxBytes + " bytes", null);
        } catch (IOException e) {
            if (e instanceof ConnectionRequestTimeoutException) { // no free pooled connection in time
                throw Failures.queueTimeout(phone, what, settings.queueTimeout());
            }
            LOG.log(Level.FINE, "phone {0}: {1} failed: {2}", new Object[] {phone, what, e.getClass().getName()});
            throw Failures.io(phone, what, e, settings);
        } finally {
            locks.release(phone);
        }
    }

    private static Answer read(ClassicHttpResponse response, PhoneAddress phone, String what, int maxBytes) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        String type = null;
        if (entity != null) {
            type = entity.getContentType();
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(maxBytes + 1);
            }
            if (body.length > maxBytes) {
                throw new TooLarge();
            }
        }
        if (type == null) {
            Header h = response.getFirstHeader(HttpHeaders.CONTENT_TYPE);
            type = h == null ? null : h.getValue();
        }
        return new Answer(response.getCode(), type, body);
    }

    /** Preemptive Basic: phones answer a request without credentials with Error 4, not a 401 challenge. */
    private void authorize(PhoneAddress phone, HttpUriRequestBase request) {
        Optional<PhoneCredentials> c = credentials.credentialsFor(phone);
        if (c.isEmpty()) {
            return;
        }
        request.setHeader(HttpHeaders.AUTHORIZATION, BasicAuthorization.header(c.get()));
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** The answer exceeded its size limit; unchecked-free signal through the response handler. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("answer too large");
        }
    }
}
