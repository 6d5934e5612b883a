package org.voicebench.certcheck.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.NoRouteToHostException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Certificates;

/**
 * Reads the certificate a TLS service presents: connects, runs the TLS handshake only (nothing
 * else is sent), records the chain without judging it, closes. Thread-safe; every capture uses
 * a fresh TLS context, so no session is resumed and each handshake shows the current certificate.
 */
public final class TlsCapture {

    /** The default limit for the connection and, again, for the handshake. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    private final Duration timeout;

    private TlsCapture(Duration timeout) {
        this.timeout = timeout;
    }

    public static TlsCapture withDefaults() {
        return new TlsCapture(DEFAULT_TIMEOUT);
    }

    /** Limit for connecting and, separately, for the handshake. */
    public static TlsCapture withTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("timeout must be positive and at most " + Integer.MAX_VALUE + " ms: " + timeout);
        }
        return new TlsCapture(timeout);
    }

    /**
     * What one service presented.
     *
     * @param target the service
     * @param leaf its certificate (the first of the chain)
     * @param chain the whole presented chain, leaf first
     */
    public record Captured(TlsTarget target, CertificateInfo leaf, List<CertificateInfo> chain) {

        public Captured {
            chain = List.copyOf(chain);
        }

        /** Adds the leaf with the target's role and node, its origin {@code tls://host:port}. */
        public void addTo(org.voicebench.certcheck.ClusterCertificates certificates) {
            certificates.add(leaf, target.role(), target.node(), target.origin());
        }
    }

    /**
     * Captures the certificate of one service.
     *
     * @throws FetchException naming {@code tls://host:port}: connection refused, timed out, not a
     *         TLS server / handshake failed, unknown host
     */
    public Captured capture(TlsTarget target) throws FetchException {
        String where = target.origin();
        RecordingTrustManager recorder = new RecordingTrustManager();
        SSLContext context = context(where, recorder);
        int millis = (int) timeout.toMillis();
        try (Socket plain = new Socket()) {
            try {
                plain.connect(new InetSocketAddress(target.host(), target.port()), millis);
            } catch (UnknownHostException e) {
                throw new FetchException(where, "unknown host " + target.host(), e);
            } catch (ConnectException e) {
                throw new FetchException(where, "connection refused (nothing listens on port " + target.port() + ")", e);
            } catch (SocketTimeoutException e) {
                throw new FetchException(where, "no answer within " + seconds() + " (connection timed out)", e);
            } catch (NoRouteToHostException e) {
                throw new FetchException(where, "no route to host " + target.host(), e);
            }
            plain.setSoTimeout(millis);
            handshake(target, context, plain, recorder);
        } catch (IOException e) {
            if (recorder.chain() == null) {
                throw new FetchException(where, "cannot connect: " + e.getMessage(), e);
            }
        }
        return captured(target, recorder.chain());
    }

    /** Captures each target in turn; the first failure ends it. */
    public List<Captured> captureAll(List<TlsTarget> targets) throws FetchException {
        List<Captured> out = new ArrayList<>(targets.size());
        for (TlsTarget t : targets) {
            out.add(capture(t));
        }
        return out;
    }

    private void handshake(TlsTarget target, SSLContext context, Socket plain, RecordingTrustManager recorder)
            throws FetchException, IOException {
        String where = target.origin();
        try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, target.host(), target.port(), true)) {
            tls.setSoTimeout(plain.getSoTimeout());
            tls.startHandshake();
        } catch (SocketTimeoutException e) {
            if (recorder.chain() == null) {
                throw new FetchException(where, "no TLS answer within " + seconds()
                        + " (timed out; is it a TLS service?)", e);
            }
        } catch (SSLException e) {
            // a server that wants a client certificate may end the handshake after showing its own: that is enough
            if (recorder.chain() == null) {
                throw new FetchException(where, "not a TLS server, or the TLS handshake failed: " + e.getMessage(), e);
            }
        }
    }

    private static Captured captured(TlsTarget target, List<X509Certificate> chain) throws FetchException {
        if (chain == null || chain.isEmpty()) {
            throw new FetchException(target.origin(), "the server presented no certificate");
        }
        List<CertificateInfo> infos = new ArrayList<>(chain.size());
        for (X509Certificate c : chain) {
            try {
                infos.add(Certificates.decode(c.getEncoded()));
            } catch (CertificateEncodingException e) {
                throw new FetchException(target.origin(), "presented a certificate that cannot be encoded: " + e.getMessage(), e);
            } catch (CertificateException e) {
                throw new FetchException(target.origin(), "presented a certificate that cannot be read: " + e.getMessage(), e);
            }
        }
        return new Captured(target, infos.get(0), infos);
    }

    private static SSLContext context(String where, TrustManager recorder) throws FetchException {
        try {
            SSLContext c = SSLContext.getInstance("TLS");
            c.init(null, new TrustManager[] {recorder}, null);
            return c;
        } catch (GeneralSecurityException e) {
            throw new FetchException(where, "this Java runtime offers no TLS: " + e.getMessage(), e);
        }
    }

    private String seconds() {
        return timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
    }
}
