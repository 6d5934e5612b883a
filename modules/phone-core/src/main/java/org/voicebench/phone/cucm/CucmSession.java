package org.voicebench.phone.cucm;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.voicebench.http.BoundedHttpClient;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.internal.BasicAuthorization;

/**
 * One HTTPS connection pool ({@link BoundedHttpClient}) to a CUCM node, shared by its {@link AxlClient} and {@link RisClient}:
 * SOAP posts with preemptive Basic authentication, bounded answers, typed failures.
 */
public final class CucmSession implements AutoCloseable {

    /** An HTTP answer read in full. */
    record Answer(int status, byte[] body) {
    }

    /** AXL's status for a schema version it does not take ("Incorrect axl version"; field-tested). */
    static final int VERSION_REFUSED = 599;
    /** AXL pages of thousands of phones are megabytes; anything far beyond is not a CUCM answer. */
    static final int MAX_ANSWER_BYTES = 64 * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(CucmSession.class.getName());

    private final CucmConnection connection;
    private final CucmCredentialsProvider credentials;
    private final CloseableHttpClient http;

    private CucmSession(CucmConnection connection, CucmCredentialsProvider credentials) {
        this.connection = connection;
        this.credentials = credentials;
        ClientTlsStrategyBuilder tls = ClientTlsStrategyBuilder.create().setSslContext(connection.trust().sslContext());
        if (!connection.trust().checksHostName()) {
            tls.setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT).setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
        }
        // no retries: they are the clients' decision (RIS back-off)
        this.http = BoundedHttpClient.with(connection.connectTimeout(), connection.responseTimeout())
                .maxConnections(4, 4)
                .queueTimeout(connection.responseTimeout()) // a queued call waits for one in flight, itself bounded
                .tls(tls.buildClassic())
                .build();
    }

    /** A session to one node; nothing is sent until a client asks. */
    public static CucmSession open(CucmConnection connection, CucmCredentialsProvider credentials) {
        return new CucmSession(Objects.requireNonNull(connection, "connection"),
                Objects.requireNonNull(credentials, "credentials"));
    }

    public CucmConnection connection() {
        return connection;
    }

    /** The host, for messages. */
    String host() {
        return connection.host();
    }

    /**
     * Posts a SOAP request to a service. HTTP 200 and 500 (a SOAP fault) come back as answers; 401/403
     * (the message names the roles the service needs), 599 (AXL's refusal of a schema version) and
     * other statuses are failures.
     */
    Answer post(CucmService service, String soapAction, String envelope, String what) throws CucmException {
        HttpPost post = new HttpPost(connection.baseUrl() + service.path());
        post.setHeader("SOAPAction", soapAction);
        post.setEntity(new ByteArrayEntity(envelope.getBytes(StandardCharsets.UTF_8),
                ContentType.create("text/xml", StandardCharsets.UTF_8)));
        authorize(post);
        Answer a;
        try {
            a = http.execute(post, CucmSession::read);
        } catch (TooLarge e) {
            throw new CucmException(host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host() + " answered " + what
                    + " with more than " + MAX_ANSWER_BYTES / (1024 * 1024) + " MB", null, null);
        } catch (IOException e) {
            LOG.log(Level.FINE, "CUCM {0}: {1} failed: {2}", new Object[] {host(), what, e.getClass().getName()});
            throw io(what, e);
        }
        LOG.log(Level.FINE, "CUCM {0}: {1} -> HTTP {2} ({3} bytes)", new Object[] {host(), what, a.status(), a.body().length});
        if (a.status() == 401) {
            throw new CucmException(host(), CucmFailure.AUTH_FAILED, "CUCM " + host() + " refused the credentials for " + what
                    + " (HTTP 401): the password is wrong, or the user lacks " + service.roles() + " (CUCM answers 401 for"
                    + " both)", "401", null);
        }
        if (a.status() == 403) {
            throw new CucmException(host(), CucmFailure.AUTH_FAILED, "CUCM " + host() + " refused the credentials for " + what
                    + " (HTTP 403): the user is known but not allowed; give it " + service.roles(), "403", null);
        }
        if (a.status() == VERSION_REFUSED) {
            String words = words(a.body());
            throw new CucmException(host(), CucmFailure.VERSION_REFUSED, "CUCM " + host() + " refused the AXL schema version of "
                    + what + " (HTTP 599): " + words, words, null);
        }
        if (a.status() != 200 && a.status() != 500) {
            throw new CucmException(host(), CucmFailure.UNEXPECTED_RESPONSE, "CUCM " + host() + " answered " + what
                    + " with HTTP status " + a.status() + ": is this the CUCM publisher's tomcat port, and is the service"
                    + " activated?", Integer.toString(a.status()), null);
        }
        return a;
    }

    /**
     * The words of an HTML or plain-text answer (CUCM's error pages): tags dropped, spaces collapsed, at
     * most 300 characters, for messages.
     */
    static String words(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->|<[^>]*>", " ")
                .replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private void authorize(HttpPost request) {
        Optional<PhoneCredentials> c = credentials.credentialsFor(connection.host());
        if (c.isEmpty()) {
            return;
        }
        request.setHeader(HttpHeaders.AUTHORIZATION, BasicAuthorization.header(c.get()));
    }

    private static Answer read(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body = new byte[0];
        if (entity != null) {
            try (InputStream in = entity.getContent()) {
                body = in.readNBytes(MAX_ANSWER_BYTES + 1);
            }
            if (body.length > MAX_ANSWER_BYTES) {
                throw new TooLarge();
            }
        }
        return new Answer(response.getCode(), body);
    }

    private CucmException io(String what, IOException e) {
        String h = host();
        UntrustedCertificateException untrusted = untrusted(e);
        if (untrusted != null) {
            return new CucmException(h, CucmFailure.CERTIFICATE_UNTRUSTED, "CUCM " + h + ": the server's certificate (SHA-256 "
                    + untrusted.fingerprint() + ") was refused for " + what + ": " + untrusted.why() + ". If this is the"
                    + " node's tomcat certificate (compare with 'show cert own tomcat' on the node), pin that fingerprint",
                    untrusted.fingerprint(), e);
        }
        if (e instanceof ConnectTimeoutException && mentions(e, "read timed out")) { // connected; TLS handshake hung
            return new CucmException(h, CucmFailure.UNREACHABLE, "CUCM " + h + " accepted the connection on port "
                    + connection.port() + " but did not complete the TLS handshake within "
                    + connection.connectTimeout().toMillis() + " ms for " + what + ": the service is hung, or the port"
                    + " is not an HTTPS port", null, e);
        }
        if (e instanceof ConnectTimeoutException || (e instanceof SocketTimeoutException && mentions(e, "connect timed out"))) {
            return new CucmException(h, CucmFailure.UNREACHABLE, "CUCM " + h + " did not accept a connection on port "
                    + connection.port() + " within " + connection.connectTimeout().toMillis() + " ms for " + what
                    + ": check the address, routing and firewalls", null, e);
        }
        if (e instanceof SocketTimeoutException || e instanceof InterruptedIOException) {
            return new CucmException(h, CucmFailure.UNREACHABLE, "CUCM " + h + " did not answer " + what + " within "
                    + connection.responseTimeout().toMillis() + " ms: the node is busy; try again or raise the response timeout",
                    null, e);
        }
        if (e instanceof UnknownHostException) {
            return new CucmException(h, CucmFailure.UNREACHABLE, "CUCM " + h + ": the host name does not resolve", null, e);
        }
        if (e instanceof NoRouteToHostException || (e instanceof ConnectException && !mentions(e, "refused"))) {
            return new CucmException(h, CucmFailure.UNREACHABLE, "CUCM " + h + " cannot be reached for " + what + " ("
                    + e.getClass().getSimpleName() + "): check the address, routing and firewalls", null, e);
        }
        if (e instanceof ConnectException) {
            return new CucmException(h, CucmFailure.REFUSED, "CUCM " + h + " refused the connection on port " + connection.port()
                    + " for " + what + ": check the host and port (8443), and that the Cisco Tomcat service runs", null, e);
        }
        if (e instanceof SSLPeerUnverifiedException) { // trusted CA, but issued to another name
            return new CucmException(h, CucmFailure.CERTIFICATE_UNTRUSTED, "CUCM " + h + ": the server's certificate does"
                    + " not name \"" + h + "\" (" + e.getMessage() + "): connect by the name in the certificate, or pin it",
                    null, e);
        }
        if (e instanceof SSLException) {
            return new CucmException(h, CucmFailure.CONNECTION_DROPPED, "CUCM " + h + ": the TLS handshake failed for " + what
                    + " (" + e.getMessage() + "): is port " + connection.port() + " an HTTPS port?", null, e);
        }
        return new CucmException(h, CucmFailure.CONNECTION_DROPPED, "CUCM " + h + " dropped the connection during " + what
                + " (" + e.getClass().getSimpleName() + "); try again", null, e);
    }

    private static UntrustedCertificateException untrusted(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UntrustedCertificateException u) {
                return u;
            }
        }
        return null;
    }

    private static boolean mentions(Throwable e, String text) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(java.util.Locale.ROOT).contains(text);
    }

    @Override
    public void close() {
        http.close(CloseMode.GRACEFUL);
    }

    /** The answer exceeded its size limit. */
    private static final class TooLarge extends IOException {
        TooLarge() {
            super("answer too large");
        }
    }
}
