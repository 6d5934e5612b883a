package org.voicebench.lab.ui.api;

import java.util.List;
import java.util.Objects;

/**
 * One node of the lab's cluster as other windows use it: where its trust list is served, the trust
 * list it served when the lab started ("yesterday's", which the phones hold) and its TLS services.
 *
 * @param name         host name, e.g. {@code cucm-sub1}
 * @param fqdn         fully qualified name, as in the certificates and trust lists
 * @param itlHttpUrl   its ITL over HTTP 6970, as phones fetch it
 * @param itlTftpUrl   its ITL over TFTP
 * @param baselineItl  the ITL it served at start (a copy is handed out each time)
 * @param tlsEndpoints one endpoint per certificate role a phone trusts: CallManager (SIP TLS), TVS,
 *                     and CAPF where the node runs it
 */
public record ClusterNodeDescription(String name, String fqdn, String itlHttpUrl, String itlTftpUrl,
                                     byte[] baselineItl, List<TlsEndpoint> tlsEndpoints) {

    public ClusterNodeDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fqdn, "fqdn");
        Objects.requireNonNull(itlHttpUrl, "itlHttpUrl");
        Objects.requireNonNull(itlTftpUrl, "itlTftpUrl");
        baselineItl = baselineItl.clone();
        tlsEndpoints = List.copyOf(tlsEndpoints);
    }

    /** A copy: the caller may not change the lab's baseline. */
    @Override
    public byte[] baselineItl() {
        return baselineItl.clone();
    }
}
