package org.voicebench.certcheck.fetch;

import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Accepts whatever chain the server presents and keeps it: the capture records certificates, it
 * makes no trust decision. Extended (not plain X509TrustManager) so that the JDK adds no
 * algorithm checks of its own, which would hide old or weak certificates the check must see.
 */
final class RecordingTrustManager extends X509ExtendedTrustManager {

    private volatile List<X509Certificate> chain;

    /** The chain the server presented, or null when the handshake did not get that far. */
    List<X509Certificate> chain() {
        return chain;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType) {
        chain = List.of(presented.clone());
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, Socket socket) {
        checkServerTrusted(presented, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
        checkServerTrusted(presented, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType) {
        throw new UnsupportedOperationException("a capture is a client only");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, Socket socket) {
        checkClientTrusted(presented, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] presented, String authType, SSLEngine engine) {
        checkClientTrusted(presented, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
