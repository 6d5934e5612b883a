package org.voicebench.trust.testkit;

import static org.voicebench.trust.testkit.Tlv.box;
import static org.voicebench.trust.testkit.Tlv.cat;
import static org.voicebench.trust.testkit.Tlv.el;
import static org.voicebench.trust.testkit.Tlv.str;
import static org.voicebench.trust.testkit.Tlv.u32;
import static org.voicebench.trust.testkit.Tlv.u8;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.util.BigIntegers;
import org.voicebench.trust.DigestAlgorithm;

/**
 * Test-only writer in the element order of the widely used third-party tool: header 1, 2, 28,
 * 3{4, 6, 5}, 7{8, 9{10, 11}}, 12, 14, 15, padding; records 1, 3, 5, 6, 4, 7, 8, 9 without DNS name
 * and IP address; names in RFC 4514 form. It signs by the format document's rule (every byte but
 * the SIGNATURE element), written here independently of the production writer so each can check
 * the other.
 */
public final class ThirdPartyWriter {

    private final String fileName;
    private final List<byte[]> records = new ArrayList<>();
    private DigestAlgorithm digest = DigestAlgorithm.SHA1;
    private Instant timestamp = Fixtures.STAMP;
    private int[] signerVersion = {1, 0};
    private int paddingAfterSignature;
    private boolean align = true;

    private ThirdPartyWriter(String fileName) {
        this.fileName = fileName;
    }

    public static ThirdPartyWriter itl() {
        return new ThirdPartyWriter("ITLFile.tlv");
    }

    public static ThirdPartyWriter ctl() {
        return new ThirdPartyWriter("CTLFile.tlv");
    }

    public ThirdPartyWriter digest(DigestAlgorithm d) {
        this.digest = d;
        return this;
    }

    public ThirdPartyWriter timestamp(Instant t) {
        this.timestamp = t;
        return this;
    }

    /** Header tag 28 value; {@code null} leaves the tag out. */
    public ThirdPartyWriter signerVersion(int[] version) {
        this.signerVersion = version;
        return this;
    }

    /** Padding bytes between SIGNATURE and FILENAME (tolerated by the format, unusual in files). */
    public ThirdPartyWriter paddingAfterSignature(int n) {
        this.paddingAfterSignature = n;
        return this;
    }

    /** Whether to pad the header to a multiple of 4 (the tool does). */
    public ThirdPartyWriter align(boolean on) {
        this.align = on;
        return this;
    }

    /** Adds a record for a certificate in the tool's order: 1, 3, 5, 6, 4, 7, 8, 9. */
    public ThirdPartyWriter addRecord(byte[] der, int functionCode) {
        Certificate c = Certificate.getInstance(der);
        records.add(Tlv.record(str(3, rfc4514(c, true)), str(5, rfc4514(c, false)),
                el(6, BigIntegers.asUnsignedByteArray(c.getSerialNumber().getValue())), Tlv.u16(4, functionCode),
                el(7, c.getSubjectPublicKeyInfo().getPublicKeyData().getOctets()), el(8, c.getSignature().getOctets()),
                el(9, der)));
        return this;
    }

    /** The file signed with {@code key}, naming the signer after {@code signerDer}. */
    public byte[] sign(byte[] signerDer, PrivateKey key) throws GeneralSecurityException {
        Certificate c = Certificate.getInstance(signerDer);
        int bits = ((RSAKey) key).getModulus().bitLength();
        byte[] before = cat(signerVersion == null ? new byte[0] : el(28, Tlv.bytes(signerVersion[0], signerVersion[1])),
                box(3, str(4, rfc4514(c, true)), str(6, rfc4514(c, false)),
                        el(5, BigIntegers.asUnsignedByteArray(c.getSerialNumber().getValue()))),
                box(7, u8(8, digest.code()), box(9, u8(10, 0), u8(11, Integer.numberOfTrailingZeros(bits / 512)))));
        byte[] signature = el(12, new byte[bits / 8]);
        byte[] after = cat(Tlv.pad(paddingAfterSignature), str(14, fileName), u32(15, timestamp.getEpochSecond()));
        int unpadded = 10 + before.length + signature.length + after.length;
        byte[] padding = align ? Tlv.alignPad(unpadded) : new byte[0];
        byte[] header = Tlv.header(before, signature, after, padding);
        byte[] file = cat(header, cat(records.toArray(new byte[0][])));
        int sigStart = 10 + before.length;
        int sigEnd = sigStart + signature.length;
        Signature s = Signature.getInstance(digest.label().replace("-", "") + "withRSA");
        s.initSign(key);
        s.update(file, 0, sigStart);
        s.update(file, sigEnd, file.length - sigEnd);
        byte[] value = s.sign();
        System.arraycopy(value, 0, file, sigStart + 3, value.length);
        return file;
    }

    private static String rfc4514(Certificate c, boolean subject) {
        try {
            byte[] encoded = (subject ? c.getSubject() : c.getIssuer()).getEncoded(ASN1Encoding.DER);
            return new X500Principal(encoded).getName(X500Principal.RFC2253);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot encode a certificate name", e);
        }
    }
}
