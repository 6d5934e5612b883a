package org.voicebench.phone.cucm;

import java.security.cert.CertificateException;

/** Carries the refused certificate's fingerprint out of the handshake, so the user can pin it. */
final class UntrustedCertificateException extends CertificateException {

    private final String fingerprint;

    UntrustedCertificateException(String fingerprint, String why, Throwable cause) {
        super("certificate SHA-256 " + fingerprint + " refused: " + why, cause);
        this.fingerprint = fingerprint;
    }

    String fingerprint() {
        return fingerprint;
    }

    String why() {
        String m = getMessage();
        return m.substring(m.indexOf("refused: ") + "refused: ".length());
    }
}
