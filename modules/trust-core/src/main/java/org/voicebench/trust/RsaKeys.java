package org.voicebench.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.RSAKeyParameters;

/**
 * The RSA public keys signatures are checked with: from a record's certificate or its PUBLIC_KEY
 * element. The work a key can cost is bounded whatever the file holds: keys over
 * {@value #MAX_KEY_BITS} bits and exponents not below the modulus are refused before any
 * arithmetic.
 */
final class RsaKeys {

    /** Largest signature the format can announce (SIGNATURE_MODULUS 3). */
    static final int MAX_KEY_BITS = 4096;

    private RsaKeys() {
    }

    /** The key of a DER certificate, read without decoding its names, validity and extensions. */
    static RSAKeyParameters ofCertificate(byte[] der) throws CertificateException {
        SubjectPublicKeyInfo spki = Certificates.publicKeyInfo(der);
        if (!PKCSObjectIdentifiers.rsaEncryption.equals(spki.getAlgorithm().getAlgorithm())) {
            throw new CertificateException("the signer key is " + Certificates.keyAlgorithm(spki) + ", only RSA signatures are defined");
        }
        byte[] pkcs1;
        try {
            pkcs1 = spki.getPublicKeyData().getOctets();
        } catch (IllegalStateException e) { // a BIT STRING with unused bits: hostile or broken certificate
            throw new CertificateException("the certificate's public key cannot be decoded: " + e.getMessage(), e);
        }
        return ofPkcs1(pkcs1);
    }

    /** The key of a PKCS#1 RSAPublicKey (a certificate's key bits, or a record's tag 7). */
    static RSAKeyParameters ofPkcs1(byte[] pkcs1) throws CertificateException {
        RSAPublicKey k;
        try (ASN1InputStream in = new ASN1InputStream(pkcs1, true)) {
            k = RSAPublicKey.getInstance(in.readObject());
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new CertificateException("the RSA public key cannot be decoded: " + e.getMessage(), e);
        }
        checkCost(k.getModulus(), k.getPublicExponent());
        try {
            return new RSAKeyParameters(false, k.getModulus(), k.getPublicExponent());
        } catch (IllegalArgumentException e) { // BouncyCastle's modulus checks: even, small factors, not composite
            throw new CertificateException("the RSA public key is not usable: " + e.getMessage(), e);
        }
    }

    /**
     * Refuses keys whose verification would cost seconds: checking a modulus and exponentiating
     * grow with their sizes, and a hostile file may carry many such keys.
     */
    private static void checkCost(BigInteger modulus, BigInteger exponent) throws CertificateException {
        if (modulus.bitLength() > MAX_KEY_BITS) {
            throw new CertificateException("RSA key of " + modulus.bitLength() + " bits: trust-list signatures are at most "
                    + MAX_KEY_BITS + " bits");
        }
        if (exponent.signum() <= 0 || exponent.compareTo(modulus) >= 0) {
            throw new CertificateException("RSA public exponent of " + exponent.bitLength()
                    + " bits is not below the modulus: not an RSA key");
        }
    }
}
