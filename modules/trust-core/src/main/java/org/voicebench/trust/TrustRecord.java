package org.voicebench.trust;

import java.util.Collections;
import java.util.List;

/**
 * One record of a trust list: a certificate and the role the cluster gives it. Fields absent from
 * the record are {@code null}; "emptied" records (rollback ITL, CTL after leaving mixed mode) carry
 * only DNS name, function and IP address.
 */
public final class TrustRecord {

    private final int index;
    private final int offset;
    private final int length;
    private final List<TlvElement> elements;
    private final Integer functionCode;
    // Values are read from the file's bytes when asked for: parsing stays cheap for callers
    // that only verify or list records.
    private final byte[] file;
    private final TlvElement dnsName;
    private final TlvElement subjectName;
    private final TlvElement issuerName;
    private final TlvElement serial;
    private final TlvElement publicKey;
    private final TlvElement certificateDer;
    private final String ipAddress;
    private volatile CachedCertificate decoded;

    TrustRecord(byte[] file, int index, int offset, int length, List<TlvElement> elements, Integer functionCode,
                TlvElement dnsName, TlvElement subjectName, TlvElement issuerName, TlvElement serial, TlvElement publicKey,
                TlvElement certificateDer, String ipAddress) {
        this.file = file;
        this.index = index;
        this.offset = offset;
        this.length = length;
        this.elements = Collections.unmodifiableList(elements);
        this.functionCode = functionCode;
        this.dnsName = dnsName;
        this.subjectName = subjectName;
        this.issuerName = issuerName;
        this.serial = serial;
        this.publicKey = publicKey;
        this.certificateDer = certificateDer;
        this.ipAddress = ipAddress;
    }

    /** 1-based position in the file. */
    public int index() {
        return index;
    }

    /** Offset of the record's first byte (its RECORD_LENGTH tag). */
    public int offset() {
        return offset;
    }

    /** RECORD_LENGTH: bytes of the whole record. */
    public int length() {
        return length;
    }

    /** The record's elements in file order, RECORD_LENGTH first. */
    public List<TlvElement> elements() {
        return elements;
    }

    /** The function code (tag 4), or {@code null} when the record has none. */
    public Integer functionCode() {
        return functionCode;
    }

    /** The documented function, or {@code null} for an absent or unknown code. */
    public Function function() {
        return functionCode == null ? null : Function.ofCode(functionCode);
    }

    /** {@code SAST}, {@code CCM+TFTP}..., {@code UNKNOWN(n)}, or {@code null} without tag 4. */
    public String functionLabel() {
        return functionCode == null ? null : Function.label(functionCode);
    }

    /** The function label for messages: {@code no function} instead of {@code null}. */
    String roleText() {
        return functionCode == null ? "no function" : functionLabel();
    }

    public boolean hasFunction(Function f) {
        return functionCode != null && functionCode == f.code();
    }

    public String dnsName() {
        return TlvValues.string(file, dnsName);
    }

    public String subjectName() {
        return TlvValues.string(file, subjectName);
    }

    public String issuerName() {
        return TlvValues.string(file, issuerName);
    }

    /** Raw serial bytes (tag 6), or {@code null}. */
    public byte[] serial() {
        return TlvValues.bytes(file, serial);
    }

    /** Serial as lowercase hex without leading zero bytes, or {@code null}. */
    public String serialHex() {
        return serial == null ? null : Hex.serial(serial());
    }

    byte[] serialBytes() {
        return serial();
    }

    /** Public key bytes (tag 7): PKCS#1 RSAPublicKey for RSA, or {@code null}. */
    public byte[] publicKey() {
        return TlvValues.bytes(file, publicKey);
    }

    byte[] publicKeyBytes() {
        return publicKey();
    }

    /** DER certificate (tag 9), or {@code null}. */
    public byte[] certificateDer() {
        return TlvValues.bytes(file, certificateDer);
    }

    byte[] certificateBytes() {
        return certificateDer();
    }

    /** Whether the record carries a certificate (tag 9 with content). */
    boolean hasCertificate() {
        return certificateDer != null;
    }

    /** Dotted IPv4 address (tag 10), or {@code null}. */
    public String ipAddress() {
        return ipAddress;
    }

    /** An emptied record: no certificate, no key, no subject. */
    public boolean emptied() {
        return certificateDer == null && publicKey == null && subjectName == null;
    }

    /** The decoded certificate, or {@code null} when the record has none or it is unreadable. */
    public CertificateInfo certificate() {
        CachedCertificate c = cached();
        return c == null ? null : c.info();
    }

    /** Why the certificate could not be decoded, or {@code null}. */
    public String certificateProblem() {
        CachedCertificate c = cached();
        return c == null ? null : c.problem();
    }

    /**
     * The certificate as {@link CertificateCache} holds it (files of a cluster share their
     * certificates), or {@code null} when the record has none.
     */
    CachedCertificate cached() {
        CachedCertificate c = decoded;
        if (c == null && certificateDer != null) {
            c = CertificateCache.shared().get(certificateDer());
            decoded = c;
        }
        return c;
    }

    /** The element with this tag, or {@code null}. */
    public TlvElement element(int tag) {
        for (TlvElement e : elements) {
            if (e.tag() == tag) {
                return e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "record " + index + " " + functionLabel() + " " + subjectName();
    }
}
