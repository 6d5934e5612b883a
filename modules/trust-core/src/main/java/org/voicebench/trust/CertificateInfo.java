package org.voicebench.trust;

import java.math.BigInteger;
import java.time.Instant;

/**
 * A decoded X.509 certificate from a record's tag 9.
 *
 * @param der the certificate as stored in the file
 * @param subject subject DN in RFC 4514 form
 * @param issuer issuer DN in RFC 4514 form
 * @param serial serial number
 * @param notBefore start of validity
 * @param notAfter end of validity
 * @param keyAlgorithm {@code RSA}, {@code EC} or the key algorithm OID
 * @param keyBits modulus size (RSA) or field size (EC); 0 when unknown
 * @param sha1 SHA-1 fingerprint of the DER, lowercase hex
 * @param sha256 SHA-256 fingerprint of the DER, lowercase hex
 */
public record CertificateInfo(byte[] der, String subject, String issuer, BigInteger serial, Instant notBefore,
                              Instant notAfter, String keyAlgorithm, int keyBits, String sha1, String sha256) {

    /** The serial in the project's hex form (see {@link Hex#serial(byte[])}). */
    public String serialHex() {
        return Hex.serial(serial.toByteArray());
    }

    /** Whether the certificate is past its end of validity at {@code now}. */
    public boolean expiredAt(Instant now) {
        return now.isAfter(notAfter);
    }

    /** Whether the certificate is not valid yet at {@code now}. */
    public boolean notYetValidAt(Instant now) {
        return now.isBefore(notBefore);
    }

    /** The certificate in PEM form. */
    public String pem() {
        String b64 = java.util.Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .encodeToString(der);
        return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
    }

    /** A copy of the DER bytes. */
    @Override
    public byte[] der() {
        return der.clone();
    }

    /** Equal when the DER bytes are: every other field is decoded from them. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CertificateInfo c && java.util.Arrays.equals(der, c.der);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(der);
    }
}
