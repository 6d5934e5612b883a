package org.voicebench.trust.write;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x509.Certificate;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustRecord;

/**
 * Writes trust lists and signed files in CUCM's byte order, signed with a given RSA key or
 * carrying a signature taken from a parsed file. Reading a CUCM-order file and writing it back
 * with {@link #from(TrustList)} then {@link #build()} gives the same bytes.
 *
 * <p>Header order: 1 VERSION, 2 HEADER_LENGTH, [28 SIGNER_VERSION], 3{4 SIGNER_NAME, 5 SERIAL,
 * 6 CA_NAME}, 7{8 DIGEST, 9{10 SIG_ALG, 11 MODULUS}}, 12 SIGNATURE, 14 FILENAME, 15 TIMESTAMP,
 * extra header elements, then 0x0D padding to a multiple of 4.
 */
public final class TrustListBuilder {

    private int versionMajor = 1;
    private int versionMinor = 2;
    private int[] signerVersion;
    private String signerName;
    private byte[] signerSerial;
    private String signerIssuer;
    private int digestCode = DigestAlgorithm.SHA1.code();
    private int signatureAlgorithmCode;
    private Integer modulusCode;
    private String fileName = "ITLFile.tlv"; // null: FILENAME left out (only when copying a file without one)
    private Long timestamp = Instant.now().getEpochSecond(); // null: TIMESTAMP left out, likewise
    private byte[] signature;
    private final List<RawElement> extraHeader = new ArrayList<>();
    private final List<RecordSpec> records = new ArrayList<>();
    private byte[] payload;

    /** An ITL ({@code ITLFile.tlv}, version 1.2). */
    public static TrustListBuilder itl() {
        return new TrustListBuilder();
    }

    /** A CTL ({@code CTLFile.tlv}, version 1.2). */
    public static TrustListBuilder ctl() {
        return new TrustListBuilder().fileName("CTLFile.tlv");
    }

    /** A signed file ({@code .sgn}, version 1.0): the header, then {@code payload}. */
    public static TrustListBuilder signedFile(String fileName, byte[] payload) {
        TrustListBuilder b = new TrustListBuilder().fileName(fileName).version(1, 0);
        b.payload = payload.clone();
        return b;
    }

    /** A builder holding everything of a parsed file, its signature included. */
    public static TrustListBuilder from(TrustList file) {
        byte[] bytes = file.bytes();
        TrustListBuilder b = new TrustListBuilder().version(file.header().versionMajor(), file.header().versionMinor());
        var h = file.header();
        b.signerName = h.signerName();
        b.signerSerial = h.signerSerial();
        b.signerIssuer = h.signerIssuer();
        b.digestCode = h.digestCode() == null ? DigestAlgorithm.SHA1.code() : h.digestCode();
        b.signatureAlgorithmCode = h.signatureAlgorithmCode() == null ? 0 : h.signatureAlgorithmCode();
        b.modulusCode = h.signatureModulusCode();
        b.fileName = h.fileName();
        b.timestamp = h.timestamp() == null ? null : h.timestamp().getEpochSecond();
        if (h.signerVersion() != null) {
            String[] v = h.signerVersion().split("\\.");
            b.signerVersion = new int[] {Integer.parseInt(v[0]), Integer.parseInt(v[1])};
        }
        if (h.signature() != null) {
            b.signature = slice(bytes, h.signature());
        }
        for (TlvElement e : h.elements()) {
            if (!WRITTEN_HEADER_TAGS.contains(e.tag())) { // unknown tags, encryption info: kept as they are
                b.extraHeader.add(new RawElement(e.tag(), slice(bytes, e)));
            }
        }
        for (TrustRecord r : file.records()) {
            b.records.add(spec(r, bytes));
        }
        if (file.type() == org.voicebench.trust.FileType.SIGNED_FILE) {
            b.payload = file.payload();
        }
        return b;
    }

    /** Header tags {@link #layout} writes itself (13 is its padding). */
    private static final java.util.Set<Integer> WRITTEN_HEADER_TAGS = java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
            13, 14, 15, 28);

    private static RecordSpec spec(TrustRecord r, byte[] bytes) {
        List<RawElement> extra = new ArrayList<>();
        for (TlvElement e : r.elements()) {
            if (!e.known() || e.tag() == 11 || e.tag() == 12) {
                extra.add(new RawElement(e.tag(), slice(bytes, e)));
            }
        }
        TlvElement certSig = r.element(8);
        TlvElement ip = r.element(10);
        return new RecordSpec(r.dnsName(), r.subjectName(), r.functionCode() == null ? 0 : r.functionCode(),
                r.issuerName(), r.serial(), r.publicKey(), certSig == null ? null : slice(bytes, certSig),
                r.certificateDer(), ip == null ? null : slice(bytes, ip), extra);
    }

    private static byte[] slice(byte[] bytes, TlvElement e) {
        byte[] out = new byte[e.valueLength()];
        System.arraycopy(bytes, e.valueOffset(), out, 0, out.length);
        return out;
    }

    public TrustListBuilder version(int major, int minor) {
        this.versionMajor = major;
        this.versionMinor = minor;
        return this;
    }

    /** Writes header tag 28 (third-party feature level, e.g. 1.1 for EC support). */
    public TrustListBuilder signerVersion(int major, int minor) {
        this.signerVersion = new int[] {major, minor};
        return this;
    }

    public TrustListBuilder fileName(String name) {
        this.fileName = java.util.Objects.requireNonNull(name, "file name");
        return this;
    }

    public TrustListBuilder timestamp(Instant time) {
        this.timestamp = time.getEpochSecond();
        return this;
    }

    public TrustListBuilder digest(DigestAlgorithm algorithm) {
        this.digestCode = algorithm.code();
        return this;
    }

    /** Names the signer (header tags 4, 5, 6) after its certificate, the CUCM way. */
    public TrustListBuilder signer(byte[] certificateDer) {
        Certificate c = RecordSpec.decode(certificateDer);
        this.signerName = CiscoNames.cucmStyle(c.getSubject());
        this.signerSerial = RecordSpec.serialBytes(c.getSerialNumber().getValue());
        this.signerIssuer = CiscoNames.cucmStyle(c.getIssuer());
        return this;
    }

    /** Names the signer with explicit values (for hostile or unusual test files). */
    public TrustListBuilder signer(String name, byte[] serial, String issuer) {
        this.signerName = name;
        this.signerSerial = serial.clone();
        this.signerIssuer = issuer;
        return this;
    }

    public TrustListBuilder addRecord(RecordSpec record) {
        records.add(record);
        return this;
    }

    public TrustListBuilder addHeaderElement(RawElement element) {
        extraHeader.add(element);
        return this;
    }

    /** The file with the signature it already carries (from {@link #from}) or zero bytes. */
    public byte[] build() {
        // a copied file without SIGNATURE may announce any modulus code: only 0..3 name a size
        boolean knownSize = modulusCode != null && modulusCode >= 0 && modulusCode <= 3;
        byte[] sig = signature != null ? signature : new byte[knownSize ? 64 << modulusCode : 256];
        return layout(sig).bytes;
    }

    /** The file signed with {@code key} (RSA), using the builder's digest. */
    public byte[] sign(PrivateKey key) throws GeneralSecurityException {
        int bits = ((RSAKey) key).getModulus().bitLength();
        modulusCode = modulusCodeFor(bits);
        Layout layout = layout(new byte[(bits + 7) / 8]);
        Signature s = Signature.getInstance(jcaName(DigestAlgorithm.ofCode(digestCode)));
        s.initSign(key);
        s.update(layout.bytes, 0, layout.signatureValueOffset - 3);
        s.update(layout.bytes, layout.signatureEnd, layout.bytes.length - layout.signatureEnd);
        byte[] sig = s.sign();
        System.arraycopy(sig, 0, layout.bytes, layout.signatureValueOffset, sig.length);
        signature = sig;
        return layout.bytes;
    }

    private static int modulusCodeFor(int bits) {
        return switch (bits) {
            case 512 -> 0;
            case 1024 -> 1;
            case 2048 -> 2;
            case 4096 -> 3;
            default -> throw new IllegalArgumentException("RSA key of " + bits + " bits: trust lists allow 512, 1024, 2048 or 4096");
        };
    }

    private static String jcaName(DigestAlgorithm d) {
        if (d == null) {
            throw new IllegalStateException("unknown digest code");
        }
        return d.label().replace("-", "") + "withRSA";
    }

    private record Layout(byte[] bytes, int signatureValueOffset, int signatureEnd) {
    }

    private Layout layout(byte[] sig) {
        if (signerName == null || signerSerial == null || signerIssuer == null) {
            throw new IllegalStateException("signer not set");
        }
        Tlv out = new Tlv();
        out.u8(1, 2).raw(new byte[] {(byte) versionMajor, (byte) versionMinor});
        out.u8(2, 2).raw(new byte[2]); // HEADER_LENGTH, patched below
        if (signerVersion != null) {
            out.u8(28, 2).raw(new byte[] {(byte) signerVersion[0], (byte) signerVersion[1]});
        }
        Tlv signer = new Tlv().string(4, signerName).bytes(5, signerSerial).string(6, signerIssuer);
        out.bytes(3, signer.toByteArray());
        Tlv algInfo = new Tlv().bytes(10, new byte[] {(byte) signatureAlgorithmCode})
                .bytes(11, new byte[] {(byte) (modulusCode == null ? modulusCodeFor(sig.length * 8) : modulusCode)});
        Tlv sigInfo = new Tlv().bytes(8, new byte[] {(byte) digestCode}).bytes(9, algInfo.toByteArray());
        out.bytes(7, sigInfo.toByteArray());
        int sigValueOffset = out.size() + 3;
        out.bytes(12, sig);
        int sigEnd = out.size();
        if (fileName != null) {
            out.string(14, fileName);
        }
        if (timestamp != null) {
            long t = timestamp;
            out.bytes(15, new byte[] {(byte) (t >>> 24), (byte) (t >>> 16), (byte) (t >>> 8), (byte) t});
        }
        for (RawElement e : extraHeader) {
            out.bytes(e.tag(), e.value());
        }
        while (out.size() % 4 != 0) {
            out.raw(new byte[] {13});
        }
        int headerLength = out.size();
        if (headerLength > 0xffff) {
            throw new IllegalStateException("header of " + headerLength + " bytes does not fit HEADER_LENGTH");
        }
        for (RecordSpec r : records) {
            out.raw(record(r));
        }
        if (payload != null) {
            out.raw(payload);
        }
        byte[] bytes = out.toByteArray();
        bytes[8] = (byte) (headerLength >>> 8);
        bytes[9] = (byte) headerLength;
        return new Layout(bytes, sigValueOffset, sigEnd);
    }

    private static byte[] record(RecordSpec r) {
        Tlv body = new Tlv();
        if (r.dnsName() != null) {
            body.string(2, r.dnsName());
        }
        if (r.subjectName() != null) {
            body.string(3, r.subjectName());
        }
        body.bytes(4, new byte[] {(byte) (r.functionCode() >>> 8), (byte) r.functionCode()});
        if (r.issuerName() != null) {
            body.string(5, r.issuerName());
        }
        body.optional(6, r.serial()).optional(7, r.publicKey()).optional(8, r.certSignature())
                .optional(9, r.certificate()).optional(10, r.ipAddress());
        for (RawElement e : r.extra()) {
            body.bytes(e.tag(), e.value());
        }
        byte[] content = body.toByteArray();
        int length = content.length + 5;
        if (length > 0xffff) {
            throw new IllegalStateException("record of " + length + " bytes does not fit RECORD_LENGTH");
        }
        Tlv rec = new Tlv();
        rec.bytes(1, new byte[] {(byte) (length >>> 8), (byte) length}).raw(content);
        return rec.toByteArray();
    }

    /** Tag-length-value output. */
    private static final class Tlv {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Tlv u8(int tag, int length) {
            out.write(tag);
            out.write(length >>> 8);
            out.write(length);
            return this;
        }

        Tlv bytes(int tag, byte[] value) {
            if (value.length > 0xffff) {
                throw new IllegalStateException("value of tag " + tag + " is " + value.length + " bytes, over 65535");
            }
            u8(tag, value.length);
            out.writeBytes(value);
            return this;
        }

        Tlv optional(int tag, byte[] value) {
            return value == null ? this : bytes(tag, value);
        }

        Tlv string(int tag, String value) {
            byte[] s = value.getBytes(StandardCharsets.UTF_8);
            byte[] withNul = new byte[s.length + 1];
            System.arraycopy(s, 0, withNul, 0, s.length);
            return bytes(tag, withNul);
        }

        Tlv raw(byte[] value) {
            out.writeBytes(value);
            return this;
        }

        int size() {
            return out.size();
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }
}
