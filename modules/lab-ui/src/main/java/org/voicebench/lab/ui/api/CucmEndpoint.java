package org.voicebench.lab.ui.api;

import java.util.Objects;

/**
 * The lab cluster's AXL/RIS API, so that phones can be discovered from it as from a real CUCM: its
 * certificate is self-signed, hence the fingerprint to pin; the password is the lab's
 * {@link PhoneLabService#credentials() credentials}.
 *
 * @param host        its address
 * @param port        its HTTPS port
 * @param fingerprint the SHA-256 fingerprint of its certificate ({@code AB:CD:...})
 * @param user        the AXL user
 */
public record CucmEndpoint(String host, int port, String fingerprint, String user) {

    public CucmEndpoint {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(user, "user");
    }

    /** {@code host:port}. */
    public String hostAndPort() {
        return host + ":" + port;
    }
}
