package org.voicebench.trust.write;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.util.BigIntegers;
import org.voicebench.trust.Function;

/**
 * What one record of a written trust list holds, as raw element values ({@code null} = element
 * left out). Written in CUCM order: 1 RECORD_LENGTH, 2 DNS_NAME, 3 SUBJECT_NAME, 4 FUNCTION,
 * 5 ISSUER_NAME, 6 SERIAL_NUMBER, 7 PUBLIC_KEY, 8 SIGNATURE, 9 CERTIFICATE, 10 IP_ADDRESS, then
 * any extra elements.
 *
 * @param dnsName DNS name or IP text ({@code ""} writes just the NUL)
 * @param subjectName subject string
 * @param functionCode role code
 * @param issuerName issuer string
 * @param serial serial bytes
 * @param publicKey public key bytes (PKCS#1 RSAPublicKey, or EC point)
 * @param certSignature the certificate's own signature bytes
 * @param certificate DER certificate
 * @param ipAddress IPv4 bytes (4)
 * @param extra further elements written after the known ones
 */
public record RecordSpec(String dnsName, String subjectName, int functionCode, String issuerName, byte[] serial,
                         byte[] publicKey, byte[] certSignature, byte[] certificate, byte[] ipAddress,
                         List<RawElement> extra) {

    public RecordSpec {
        extra = extra == null ? List.of() : List.copyOf(extra);
    }

    /** A record for a certificate, named the CUCM way. */
    public static RecordSpec forCertificate(byte[] der, Function function, String dnsName, byte[] ipAddress) {
        return forCertificate(der, function.code(), dnsName, ipAddress);
    }

    /** A record for a certificate with any function code. */
    public static RecordSpec forCertificate(byte[] der, int functionCode, String dnsName, byte[] ipAddress) {
        Certificate c = decode(der);
        return new RecordSpec(dnsName == null ? "" : dnsName, CiscoNames.cucmStyle(c.getSubject()), functionCode,
                CiscoNames.cucmStyle(c.getIssuer()), serialBytes(c.getSerialNumber().getValue()),
                c.getSubjectPublicKeyInfo().getPublicKeyData().getOctets(), c.getSignature().getOctets(), der.clone(),
                ipAddress == null ? null : ipAddress.clone(), List.of());
    }

    /** An emptied record (rollback ITL, CTL after leaving mixed mode): DNS name, function and IP only. */
    public static RecordSpec emptied(Function function, String dnsName, byte[] ipAddress) {
        return new RecordSpec(dnsName == null ? "" : dnsName, null, function.code(), null, null, null, null, null,
                ipAddress, List.of());
    }

    static byte[] serialBytes(BigInteger serial) {
        return BigIntegers.asUnsignedByteArray(serial);
    }

    static Certificate decode(byte[] der) {
        try {
            return Certificate.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a DER certificate: " + e.getMessage(), e);
        }
    }
}
