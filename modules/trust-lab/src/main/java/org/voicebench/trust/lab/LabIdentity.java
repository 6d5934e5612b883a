package org.voicebench.trust.lab;

import java.security.PrivateKey;

/**
 * A lab certificate and its private key.
 *
 * @param role {@code CallManager}, {@code TVS}, {@code CAPF}, {@code ITLRecovery}, {@code tomcat}
 * @param node host name of the node it belongs to
 * @param certificate DER X.509 certificate (self-signed, as CUCM's are)
 * @param privateKey the RSA private key
 */
public record LabIdentity(String role, String node, byte[] certificate, PrivateKey privateKey) {

    @Override
    public byte[] certificate() {
        return certificate.clone();
    }
}
