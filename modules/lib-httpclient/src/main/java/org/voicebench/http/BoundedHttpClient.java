package org.voicebench.http;

import java.time.Duration;
import java.util.Objects;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way VoiceBench builds an HTTP client, so that every client (phones, CUCM, trust-list
 * downloads) is bounded the same way: every wait has a timeout, the connection pool has a strict
 * size, nothing is sent twice behind the caller's back (no automatic retries: a repeated phone
 * Execute presses a key twice), redirects are followed only when asked, no cookies are kept, 401
 * challenges are not answered (callers send credentials preemptively and treat a 401 as a typed
 * failure), and request headers, Authorization included, are never logged.
 *
 * <p>Each caller states its own limits; closing the client closes its connection pool.
 */
public final class BoundedHttpClient {

    static {
        CredentialsNeverLogged.ensure();
    }

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private Duration queueTimeout;
    private int maxTotal = 1;
    private int maxPerRoute = 1;
    private boolean followRedirects;
    private TlsSocketStrategy tls;
    private Reuse reuse;

    /** How pooled connections to peers that drop idle connections early are checked and retired. */
    private record Reuse(Duration checkAfterIdle, Duration timeToLive, Duration evictAfterIdle) {
    }

    private BoundedHttpClient(Duration connectTimeout, Duration responseTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        this.responseTimeout = positive(responseTimeout, "responseTimeout");
        this.queueTimeout = connectTimeout;
    }

    /**
     * A client that waits at most {@code connectTimeout} for a connection (and, unless {@link
     * #queueTimeout} says otherwise, for a free pooled one) and at most {@code responseTimeout}
     * between bytes of an answer; one connection, no redirects, until told otherwise.
     */
    public static BoundedHttpClient with(Duration connectTimeout, Duration responseTimeout) {
        return new BoundedHttpClient(connectTimeout, responseTimeout);
    }

    /** How long a request waits for a free connection when the pool is at its limit. */
    public BoundedHttpClient queueTimeout(Duration d) {
        this.queueTimeout = positive(d, "queueTimeout");
        return this;
    }

    /** The pool's size: at most {@code total} connections, at most {@code perRoute} to one host and port. */
    public BoundedHttpClient maxConnections(int total, int perRoute) {
        if (total < 1 || perRoute < 1 || perRoute > total) {
            throw new IllegalArgumentException("connection limits must be 1 <= perRoute <= total: " + perRoute + ", " + total);
        }
        this.maxTotal = total;
        this.maxPerRoute = perRoute;
        return this;
    }

    /** Follows redirects (off by default: a redirect from a phone or a server is a typed failure for most callers). */
    public BoundedHttpClient followRedirects() {
        this.followRedirects = true;
        return this;
    }

    /** The TLS setup for https URLs (trust and host-name checks); the JDK's default otherwise. */
    public BoundedHttpClient tls(TlsSocketStrategy strategy) {
        this.tls = Objects.requireNonNull(strategy, "strategy");
        return this;
    }

    /**
     * For peers that close idle connections early (phones): a pooled connection idle longer than
     * {@code checkAfterIdle} is checked before reuse, none lives longer than {@code timeToLive}, and
     * a background thread closes those idle longer than {@code evictAfterIdle}.
     */
    public BoundedHttpClient shortLivedConnections(Duration checkAfterIdle, Duration timeToLive, Duration evictAfterIdle) {
        this.reuse = new Reuse(positive(checkAfterIdle, "checkAfterIdle"), positive(timeToLive, "timeToLive"),
                positive(evictAfterIdle, "evictAfterIdle"));
        return this;
    }

    /** The client; the caller owns it and closes it (which closes its pool). */
    public CloseableHttpClient build() {
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(connectTimeout))
                .setSocketTimeout(Timeout.of(responseTimeout));
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxTotal)
                .setMaxConnPerRoute(maxPerRoute)
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.STRICT);
        if (tls != null) {
            pool.setTlsSocketStrategy(tls);
        }
        if (reuse != null) {
            connection.setValidateAfterInactivity(TimeValue.of(reuse.checkAfterIdle()))
                    .setTimeToLive(TimeValue.of(reuse.timeToLive()));
        }
        HttpClientBuilder client = HttpClients.custom()
                .setConnectionManager(pool.setDefaultConnectionConfig(connection.build()).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(queueTimeout))
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setAuthenticationEnabled(false)
                        .setRedirectsEnabled(followRedirects)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement();
        if (reuse != null) {
            client.evictIdleConnections(TimeValue.of(reuse.evictAfterIdle()));
        }
        return client.build();
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + d);
        }
        return d;
    }
}
