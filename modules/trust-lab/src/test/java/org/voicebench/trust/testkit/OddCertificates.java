package org.voicebench.trust.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.voicebench.trust.lab.LabIdentity;
import org.voicebench.trust.write.RecordSpec;

/** Certificates real clusters rarely have: negative serials, damaged key encodings. */
public final class OddCertificates {

    private OddCertificates() {
    }

    /** A self-signed certificate for {@code key}'s key pair with the given serial (may be negative). */
    public static byte[] withSerial(LabIdentity key, BigInteger serial, String name) {
        try {
            PublicKey pub = new JcaX509CertificateConverter()
                    .getCertificate(new X509CertificateHolder(key.certificate())).getPublicKey();
            X500Name n = new X500Name(name);
            return new JcaX509v3CertificateBuilder(n, serial, Date.from(Fixtures.ISSUED),
                    Date.from(Instant.parse("2031-01-01T00:00:00Z")), n, pub)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey())).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The certificate with the unused-bits byte of its public key BIT STRING set to 1: still a
     * parseable certificate, but its key bytes cannot be taken as octets.
     */
    public static byte[] withUnalignedKeyBits(byte[] der) {
        byte[] bad = der.clone();
        for (int i = 0; i < bad.length - 8; i++) {
            // BIT STRING (03), long or short length, 00 unused bits, then the RSAPublicKey SEQUENCE (30)
            int lenBytes = (bad[i + 1] & 0x80) != 0 ? 1 + (bad[i + 1] & 0x7f) : 1;
            if (bad[i] == 0x03 && bad[i + 1 + lenBytes] == 0 && bad[i + 2 + lenBytes] == 0x30) {
                bad[i + 1 + lenBytes] = 1;
                return bad;
            }
        }
        throw new IllegalArgumentException("no public key BIT STRING found");
    }

    /** A record for {@code goodDer}'s fields but carrying {@code certificate} as tag 9. */
    public static RecordSpec recordWithCertificate(byte[] goodDer, int function, byte[] certificate) {
        RecordSpec r = RecordSpec.forCertificate(goodDer, function, "odd.example.com", null);
        return new RecordSpec(r.dnsName(), r.subjectName(), r.functionCode(), r.issuerName(), r.serial(), r.publicKey(),
                r.certSignature(), certificate, null, List.of());
    }

    public static BigInteger negative(long v) {
        return BigInteger.valueOf(-v);
    }
}
