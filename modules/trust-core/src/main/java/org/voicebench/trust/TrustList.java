package org.voicebench.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parsed Cisco trust list ({@code ITLFile.tlv}, {@code ITLSEP<MAC>.tlv}, {@code CTLFile.tlv}) or
 * signed file ({@code *.sgn}). Immutable; certificates, hashes and certificate warnings are
 * computed on first use.
 *
 * <h2>Grammar</h2>
 * <pre>
 * file     = header (records | payload)
 * element  = tag:u8 length:u16be value[length]       ; header tag 13 is one padding byte, no length
 * header   = VERSION(1){major,minor} HEADER_LENGTH(2){u16} element* PADDING(13)*
 *            ; HEADER_LENGTH counts the whole header, signature and padding included
 *            ; containers: SIGNER_ID(3){4 SIGNER_NAME, 5 SERIAL, 6 CA_NAME}
 *            ;             SIGNATURE_INFO(7){8 DIGEST, 9 SIG_ALG_INFO{10 SIG_ALG, 11 MODULUS}}
 *            ;             16, 17, 21 (encryption info of .enc.sgn)
 *            ; others: 12 SIGNATURE, 14 FILENAME, 15 TIMESTAMP u32, 28 SIGNER_VERSION{major,minor}
 * record   = RECORD_LENGTH(1){u16 = whole record} element*  ; elements end exactly at RECORD_LENGTH
 *            ; 2 DNS_NAME, 3 SUBJECT_NAME, 4 FUNCTION u16, 5 ISSUER_NAME, 6 SERIAL, 7 PUBLIC_KEY,
 *            ; 8 SIGNATURE, 9 CERTIFICATE (DER), 10 IP_ADDRESS (4 bytes), 11 CERT_HASH, 12 HASH_ALG
 * payload  = the signed file's own bytes (configuration XML, firmware...)
 * </pre>
 * Strings are NUL-terminated; integers unsigned big-endian. The signature (tag 12) covers every
 * byte of the file except the SIGNATURE element itself.
 */
public final class TrustList {

    /** Phones fail to load a trust list larger than this. */
    public static final int PHONE_SIZE_LIMIT = 64 * 1024;

    private final String source;
    private final byte[] bytes;
    private final FileType type;
    private final Header header;
    private final List<TrustRecord> records;
    private final List<Warning> structuralWarnings;
    private final Instant checkedAt;
    private volatile List<Warning> warnings;
    private volatile FileHashes hashes;

    TrustList(String source, byte[] bytes, FileType type, Header header, List<TrustRecord> records,
              List<Warning> structuralWarnings, Instant checkedAt) {
        this.source = source;
        this.bytes = bytes;
        this.type = type;
        this.header = header;
        this.records = List.copyOf(records);
        this.structuralWarnings = List.copyOf(structuralWarnings);
        this.checkedAt = checkedAt;
    }

    /** File name or label given when reading. */
    public String source() {
        return source;
    }

    public FileType type() {
        return type;
    }

    public Header header() {
        return header;
    }

    /** Records in file order; empty for a signed file. */
    public List<TrustRecord> records() {
        return records;
    }

    /** File size in bytes. */
    public int size() {
        return bytes.length;
    }

    /** A copy of the file's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Byte at {@code offset}, for hex views. */
    public int byteAt(int offset) {
        return bytes[offset] & 0xff;
    }

    byte[] rawBytes() {
        return bytes;
    }

    /** Offset of a signed file's payload (the end of the header). */
    public int payloadOffset() {
        return header.headerLength();
    }

    /** A copy of a signed file's payload; empty for trust lists. */
    public byte[] payload() {
        if (type != FileType.SIGNED_FILE) {
            return new byte[0];
        }
        return java.util.Arrays.copyOfRange(bytes, header.headerLength(), bytes.length);
    }

    /** The instant against which certificate validity is judged in {@link #warnings()}. */
    public Instant checkedAt() {
        return checkedAt;
    }

    /** MD5, SHA-1 and SHA-256 of the whole file. */
    public FileHashes hashes() {
        FileHashes h = hashes;
        if (h == null) {
            h = new FileHashes(Hex.of(Certificates.digest("MD5", bytes)), Hex.of(Certificates.digest("SHA-1", bytes)),
                    Hex.of(Certificates.digest("SHA-256", bytes)));
            hashes = h;
        }
        return h;
    }

    /** Non-fatal problems: those found while parsing, then those found in the certificates. */
    public List<Warning> warnings() {
        List<Warning> w = warnings;
        if (w == null) {
            List<Warning> all = new ArrayList<>(structuralWarnings);
            all.addAll(CertificateChecks.check(this));
            w = Collections.unmodifiableList(all);
            warnings = w;
        }
        return w;
    }

    /** Records with the given function. */
    public List<TrustRecord> recordsWith(Function function) {
        List<TrustRecord> out = new ArrayList<>();
        for (TrustRecord r : records) {
            if (r.hasFunction(function)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The record containing {@code offset}, or {@code null} (header, payload, out of range). */
    public TrustRecord recordAt(int offset) {
        for (TrustRecord r : records) {
            if (offset >= r.offset() && offset < r.offset() + r.length()) {
                return r;
            }
        }
        return null;
    }

    /** The innermost element containing {@code offset}, in the header or a record, or {@code null}. */
    public TlvElement elementAt(int offset) {
        TrustRecord r = recordAt(offset);
        return innermost(r != null ? r.elements() : header.elements(), offset);
    }

    private static TlvElement innermost(List<TlvElement> elements, int offset) {
        for (TlvElement e : elements) {
            if (e.contains(offset)) {
                TlvElement child = innermost(e.children(), offset);
                return child != null ? child : e;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return type + " " + source + " (" + records.size() + " records, " + bytes.length + " bytes)";
    }
}
