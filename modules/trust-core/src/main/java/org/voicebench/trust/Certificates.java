package org.voicebench.trust;

import java.io.IOException;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Decodes X.509 certificates (DER) into {@link CertificateInfo} with BouncyCastle's ASN.1 parser
 * alone (names included, see {@link Rfc2253Names}). Trust lists get theirs through
 * {@link CertificateCache}, which decodes each distinct certificate once.
 */
public final class Certificates {

    private Certificates() {
    }

    /**
     * Decodes one DER certificate.
     *
     * @throws CertificateException when the bytes are not a well-formed certificate
     */
    public static CertificateInfo decode(byte[] der) throws CertificateException {
        Certificate cert = parse(der);
        try {
            return new CertificateInfo(der.clone(), Rfc2253Names.format(cert.getSubject()),
                    Rfc2253Names.format(cert.getIssuer()), cert.getSerialNumber().getValue(),
                    cert.getStartDate().getDate().toInstant(), cert.getEndDate().getDate().toInstant(),
                    keyAlgorithm(cert.getSubjectPublicKeyInfo()), keyBits(cert.getSubjectPublicKeyInfo()),
                    Hex.of(digest("SHA-1", der)), Hex.of(digest("SHA-256", der)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CertificateException("certificate fields cannot be decoded: " + e.getMessage(), e);
        }
    }

    /** Parses the DER structure with a length limit (the input size), so hostile lengths cannot allocate. */
    static Certificate parse(byte[] der) throws CertificateException {
        try (ASN1InputStream in = new ASN1InputStream(der, true)) {
            ASN1Primitive obj = in.readObject();
            if (obj == null) {
                throw new CertificateException("empty certificate");
            }
            return Certificate.getInstance(obj);
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new CertificateException("not a DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    /**
     * The certificate's subject public key info, for signature verification. Walks the lazily
     * parsed DER to the seventh TBSCertificate field without decoding names, validity and
     * extensions: a fifth of a full decode, which matters when verifying many files.
     */
    static SubjectPublicKeyInfo publicKeyInfo(byte[] der) throws CertificateException {
        try (ASN1InputStream in = new ASN1InputStream(der, true)) {
            ASN1Sequence cert = ASN1Sequence.getInstance(in.readObject());
            if (cert == null || cert.size() != 3) {
                throw new CertificateException("not a DER X.509 certificate: expected a sequence of 3 elements");
            }
            ASN1Sequence tbs = ASN1Sequence.getInstance(cert.getObjectAt(0));
            int spki = (tbs.size() > 0 && tbs.getObjectAt(0) instanceof ASN1TaggedObject ? 1 : 0) + 5;
            if (tbs.size() <= spki) {
                throw new CertificateException("not a DER X.509 certificate: TBSCertificate has " + tbs.size() + " fields");
            }
            return SubjectPublicKeyInfo.getInstance(tbs.getObjectAt(spki));
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new CertificateException("not a DER X.509 certificate: " + e.getMessage(), e);
        }
    }

    static String keyAlgorithm(SubjectPublicKeyInfo spki) {
        ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
        if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
            return "RSA";
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
            return "EC";
        }
        return oid.getId();
    }

    static int keyBits(SubjectPublicKeyInfo spki) {
        try {
            ASN1ObjectIdentifier oid = spki.getAlgorithm().getAlgorithm();
            if (PKCSObjectIdentifiers.rsaEncryption.equals(oid)) {
                return RSAPublicKey.getInstance(spki.parsePublicKey()).getModulus().bitLength();
            }
            if (X9ObjectIdentifiers.id_ecPublicKey.equals(oid)) {
                X962Parameters params = X962Parameters.getInstance(spki.getAlgorithm().getParameters());
                if (params.isNamedCurve()) {
                    X9ECParameters curve = ECNamedCurveTable.getByOID((ASN1ObjectIdentifier) params.getParameters());
                    return curve == null ? 0 : curve.getCurve().getFieldSize();
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return 0; // an odd key encoding: the certificate is still shown, with the size unknown
        }
        return 0;
    }

    /**
     * A certificate serial as the unsigned number of its DER bytes, the form trust lists write
     * (record tag 6, header tag 5). Equal to the serial for the usual positive serials; a negative
     * serial (seen in old certificates) keeps its two's-complement bytes.
     */
    static BigInteger serialValue(BigInteger serial) {
        return new BigInteger(1, serial.toByteArray());
    }

    /** RSA modulus size of a PKCS#1 RSAPublicKey (record tag 7), or 0 when it is not one. */
    static int rsaPublicKeyBits(byte[] pkcs1) {
        try (ASN1InputStream in = new ASN1InputStream(pkcs1, true)) {
            BigInteger modulus = RSAPublicKey.getInstance(in.readObject()).getModulus();
            return modulus.bitLength();
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            return 0;
        }
    }

    static byte[] digest(String algorithm, byte[] data) {
        return digest(algorithm, data, 0, data.length);
    }

    static byte[] digest(String algorithm, byte[] data, int offset, int length) {
        MessageDigest md = Digests.create(algorithm);
        md.update(data, offset, length);
        return md.digest();
    }
}
