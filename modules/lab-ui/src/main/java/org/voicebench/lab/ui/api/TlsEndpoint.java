package org.voicebench.lab.ui.api;

import java.util.Objects;

/**
 * Where a lab node presents the certificate of one role over TLS, so that a trust check can take
 * its handshake as a real node's.
 *
 * @param role        the certificate role ({@code CallManager}, {@code TVS}, {@code CAPF})
 * @param hostAndPort {@code host:port}, as the TLS capture takes it
 */
public record TlsEndpoint(String role, String hostAndPort) {

    public TlsEndpoint {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(hostAndPort, "hostAndPort");
    }
}
