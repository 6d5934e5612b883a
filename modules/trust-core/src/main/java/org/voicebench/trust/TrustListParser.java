package org.voicebench.trust;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mechanics of reading the format described in {@link TrustList}. Every read is checked against
 * the enclosing container (record, header or file) before it happens, so hostile lengths end in a
 * {@link TrustListFormatException}, never an index exception, a huge allocation or a loop.
 */
final class TrustListParser {

    /** Containers nest at most two deep in real files; deeper nesting is refused. */
    private static final int MAX_DEPTH = 4;
    private static final int FIXED_PREFIX = 10; // VERSION (5 bytes) + HEADER_LENGTH (5 bytes)

    private final byte[] b;
    private final String source;
    private final Instant now;
    private final List<Warning> warnings = new ArrayList<>();

    TrustListParser(byte[] bytes, String source, Instant now) {
        this.b = bytes;
        this.source = source;
        this.now = now;
    }

    TrustList parse() throws TrustListFormatException {
        if (b.length < FIXED_PREFIX) {
            throw fail(0, null, "file is only " + bytes(b.length) + ", too short for a trust-list header");
        }
        expectFixed(0, Tags.VERSION, 2, "the file does not start with VERSION (tag 1, length 2): not a trust list or signed file");
        expectFixed(5, Tags.HEADER_LENGTH, 2, "the second element is not HEADER_LENGTH (tag 2, length 2)");
        int headerLength = u16(8);
        if (headerLength < FIXED_PREFIX) {
            throw fail(8, Tags.HEADER_LENGTH, "HEADER_LENGTH " + headerLength + " is smaller than VERSION and HEADER_LENGTH themselves");
        }
        if (headerLength > b.length) {
            throw fail(8, Tags.HEADER_LENGTH, "HEADER_LENGTH " + headerLength + " is beyond the end of the file (" + bytes(b.length) + ")");
        }
        List<TlvElement> elements = new ArrayList<>();
        elements.add(new TlvElement(Area.HEADER, Tags.VERSION, 0, 5, 3, 2, List.of()));
        elements.add(new TlvElement(Area.HEADER, Tags.HEADER_LENGTH, 5, 5, 8, 2, List.of()));
        elements.addAll(readElements(Area.HEADER, FIXED_PREFIX, headerLength, "header", 0));
        Header header = buildHeader(elements, headerLength);
        FileType type = detectType(header);
        List<TrustRecord> records = type == FileType.SIGNED_FILE ? List.of() : readRecords(headerLength);
        fileWarnings(header, type, records);
        return new TrustList(source, b, type, header, records, warnings, now);
    }

    // ---- elements ----------------------------------------------------------------------------

    private List<TlvElement> readElements(Area area, int start, int limit, Object container, int depth)
            throws TrustListFormatException {
        return readElements(new ArrayList<>(), area, start, limit, container, depth);
    }

    /**
     * Appends the elements between {@code start} and {@code limit} to {@code out}. The container's
     * {@code toString()} names it in error messages, built only when one is thrown.
     */
    private List<TlvElement> readElements(List<TlvElement> out, Area area, int start, int limit, Object container,
                                          int depth) throws TrustListFormatException {
        int pos = start;
        while (pos < limit) {
            int tag = b[pos] & 0xff;
            if (area == Area.HEADER && tag == Tags.PADDING) {
                out.add(new TlvElement(area, tag, pos, 1, pos + 1, 0, List.of()));
                pos++;
                continue;
            }
            if (limit - pos < 3) {
                throw fail(pos, tag, "element is truncated: " + (limit - pos) + " byte(s) left in the " + container
                        + ", an element needs at least 3");
            }
            int len = u16(pos + 1);
            int valueStart = pos + 3;
            if (len > limit - valueStart) {
                throw fail(pos, tag, "length " + len + " runs past the end of the " + container + " ("
                        + bytes(limit - valueStart) + " left)");
            }
            List<TlvElement> children = List.of();
            if (area == Area.HEADER && Tags.isContainer(tag)) {
                if (depth >= MAX_DEPTH) {
                    throw fail(pos, tag, "containers nested more than " + MAX_DEPTH + " deep");
                }
                children = readElements(area, valueStart, valueStart + len, Tags.name(area, tag), depth + 1);
            }
            out.add(new TlvElement(area, tag, pos, 3 + len, valueStart, len, children));
            pos = valueStart + len;
        }
        return out;
    }

    private void expectFixed(int pos, int tag, int len, String problem) throws TrustListFormatException {
        if ((b[pos] & 0xff) != tag || u16(pos + 1) != len) {
            throw fail(pos, b[pos] & 0xff, problem);
        }
    }

    // ---- header ------------------------------------------------------------------------------

    private Header buildHeader(List<TlvElement> elements, int headerLength) throws TrustListFormatException {
        HeaderFields f = new HeaderFields();
        collectHeader(elements, f);
        return new Header(b[3] & 0xff, b[4] & 0xff, headerLength, f.signerName, f.signerSerial, f.signerIssuer,
                f.digest, f.sigAlg, f.modulus, f.signature, f.fileName, f.timestamp, f.signerVersion, elements);
    }

    /** Mutable holder while walking the header; tags seen twice keep their first value. */
    private static final class HeaderFields {
        final boolean[] seen = new boolean[256];
        String signerName;
        byte[] signerSerial;
        String signerIssuer;
        Integer digest;
        Integer sigAlg;
        Integer modulus;
        TlvElement signature;
        String fileName;
        Instant timestamp;
        String signerVersion;
    }

    private void collectHeader(List<TlvElement> elements, HeaderFields f) throws TrustListFormatException {
        for (TlvElement e : elements) {
            int tag = e.tag();
            if (tag == Tags.PADDING || tag == Tags.VERSION && e.offset() == 0 || tag == Tags.HEADER_LENGTH && e.offset() == 5) {
                continue;
            }
            if (!e.known()) {
                warn(Warning.Code.UNKNOWN_TAG, "unknown header tag " + tag + " (" + bytes(e.valueLength()) + ") kept as is", e.offset());
                continue;
            }
            if (f.seen[tag]) {
                warn(Warning.Code.DUPLICATE_TAG, "header tag " + tag + " (" + e.name() + ") appears again; the first one is used", e.offset());
            } else {
                f.seen[tag] = true;
                use(e, f);
            }
            // children are checked whether or not their container came first, so that
            // a file's validity does not depend on which of two copies comes first
            collectHeader(e.children(), f);
        }
    }

    /** Takes the value of the first occurrence of a header tag. */
    private void use(TlvElement e, HeaderFields f) throws TrustListFormatException {
        int tag = e.tag();
        switch (tag) {
            case Tags.SIGNER_NAME -> f.signerName = string(e);
            case Tags.SERIAL_NUMBER -> f.signerSerial = value(e);
            case Tags.CA_NAME -> f.signerIssuer = string(e);
            case Tags.DIGEST_ALGORITHM -> f.digest = fixedInt(e, 1);
            case Tags.SIGNATURE_ALGORITHM -> f.sigAlg = fixedInt(e, 1);
            case Tags.SIGNATURE_MODULUS -> f.modulus = fixedInt(e, 1);
            case Tags.SIGNATURE -> f.signature = e;
            case Tags.FILENAME -> f.fileName = string(e);
            case Tags.TIMESTAMP -> f.timestamp = Instant.ofEpochSecond(fixedInt(e, 4) & 0xffffffffL);
            case Tags.SIGNER_VERSION -> {
                fixedLength(e, 2);
                f.signerVersion = (b[e.valueOffset()] & 0xff) + "." + (b[e.valueOffset() + 1] & 0xff);
            }
            case Tags.VERSION, Tags.HEADER_LENGTH ->
                throw fail(e.offset(), tag, e.name() + " appears again inside the header");
            default -> {
                // containers and encryption fields: children are collected by the caller
            }
        }
    }

    private FileType detectType(Header h) {
        if (h.versionMajor() != 1 || h.versionMinor() != 2) {
            return FileType.SIGNED_FILE;
        }
        String name = (h.fileName() != null ? h.fileName() : source).toUpperCase(Locale.ROOT);
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (base.startsWith("CTL")) {
            return FileType.CTL;
        }
        if (base.startsWith("ITL")) {
            return FileType.ITL;
        }
        return FileType.ITL;
    }

    // ---- records -----------------------------------------------------------------------------

    private List<TrustRecord> readRecords(int start) throws TrustListFormatException {
        List<TrustRecord> records = new ArrayList<>();
        int pos = start;
        int index = 1;
        while (pos < b.length) {
            int left = b.length - pos;
            if (left < 5) {
                throw fail(pos, null, "record " + index + " is truncated: " + left
                        + " byte(s) left, a record starts with a 5-byte RECORD_LENGTH");
            }
            if ((b[pos] & 0xff) != Tags.RECORD_LENGTH || u16(pos + 1) != 2) {
                throw fail(pos, b[pos] & 0xff, "record " + index + " does not start with RECORD_LENGTH (tag 1, length 2)");
            }
            int length = u16(pos + 3);
            if (length < 5) {
                throw fail(pos, Tags.RECORD_LENGTH, "record " + index + " has RECORD_LENGTH " + length
                        + ", smaller than the RECORD_LENGTH element itself");
            }
            if (length > left) {
                throw fail(pos, Tags.RECORD_LENGTH, "record " + index + " has RECORD_LENGTH " + length
                        + ", past the end of the file (" + bytes(left) + " left)");
            }
            records.add(readRecord(index, pos, length));
            pos += length;
            index++;
        }
        return records;
    }

    private TrustRecord readRecord(int index, int offset, int length) throws TrustListFormatException {
        List<TlvElement> elements = new ArrayList<>(12);
        elements.add(new TlvElement(Area.RECORD, Tags.RECORD_LENGTH, offset, 5, offset + 3, 2, List.of()));
        readElements(elements, Area.RECORD, offset + 5, offset + length, new RecordLabel(index), 0);
        boolean[] seen = new boolean[256];
        Integer function = null;
        TlvElement dns = null;
        TlvElement subject = null;
        TlvElement issuer = null;
        TlvElement serial = null;
        TlvElement key = null;
        TlvElement cert = null;
        String ip = null;
        for (int i = 1; i < elements.size(); i++) {
            TlvElement e = elements.get(i);
            int tag = e.tag();
            if (!e.known()) {
                warn(Warning.Code.UNKNOWN_TAG, "record " + index + ": unknown tag " + tag + " (" + bytes(e.valueLength())
                        + ") kept as is", e.offset());
                continue;
            }
            if (seen[tag]) {
                warn(Warning.Code.DUPLICATE_TAG, "record " + index + ": tag " + tag + " (" + e.name()
                        + ") appears again; the first one is used", e.offset());
                continue;
            }
            seen[tag] = true;
            switch (tag) {
                case Tags.RECORD_LENGTH -> throw fail(e.offset(), tag, "record " + index + " has a second RECORD_LENGTH");
                case Tags.DNS_NAME -> dns = e;
                case Tags.SUBJECT_NAME -> subject = e;
                case Tags.FUNCTION -> function = fixedInt(e, 2);
                case Tags.ISSUER_NAME -> issuer = e;
                case Tags.RECORD_SERIAL -> serial = e;
                case Tags.PUBLIC_KEY -> key = e;
                case Tags.CERTIFICATE -> cert = e.valueLength() == 0 ? null : e;
                case Tags.IP_ADDRESS -> ip = ipAddress(e);
                default -> {
                    // certificate signature and hash fields are shown from their bytes
                }
            }
        }
        if (function != null && Function.ofCode(function) == null) {
            warn(Warning.Code.UNKNOWN_FUNCTION, "record " + index + ": function code " + function + " is not a documented role",
                    elements.stream().filter(e -> e.tag() == Tags.FUNCTION).findFirst().get().offset());
        }
        return new TrustRecord(b, index, offset, length, elements, function, dns, subject, issuer, serial, key, cert, ip);
    }

    private String ipAddress(TlvElement e) throws TrustListFormatException {
        int n = e.valueLength();
        int v = e.valueOffset();
        if (n == 0) {
            return null;
        }
        if (n != 4) {
            throw fail(e.offset(), e.tag(), "IP_ADDRESS has length " + n + ", expected 4");
        }
        return (b[v] & 0xff) + "." + (b[v + 1] & 0xff) + "." + (b[v + 2] & 0xff) + "." + (b[v + 3] & 0xff);
    }

    // ---- file-level checks ------------------------------------------------------------------

    private void fileWarnings(Header h, FileType type, List<TrustRecord> records) {
        if (type != FileType.SIGNED_FILE && b.length > TrustList.PHONE_SIZE_LIMIT) {
            warn(Warning.Code.FILE_TOO_LARGE, "file is " + b.length + " bytes; phones fail to load trust lists over "
                    + TrustList.PHONE_SIZE_LIMIT + " bytes", null);
        }
        if (h.headerLength() % 4 != 0) {
            warn(Warning.Code.HEADER_NOT_ALIGNED, "HEADER_LENGTH " + h.headerLength()
                    + " is not a multiple of 4 (CUCM pads the header with tag 13)", 8);
        }
        if (h.signature() == null) {
            warn(Warning.Code.NO_SIGNATURE, "the header has no SIGNATURE (tag 12)", null);
        } else if (h.signatureBits() != 0 && h.signature().valueLength() * 8 != h.signatureBits()) {
            warn(Warning.Code.SIGNATURE_SIZE_MISMATCH, "SIGNATURE is " + h.signature().valueLength() * 8
                    + " bits but SIGNATURE_MODULUS announces " + h.signatureBits(), h.signature().offset());
        }
        long sast = records.stream().filter(r -> r.hasFunction(Function.SAST)).count();
        if (sast > 2) {
            warn(Warning.Code.TOO_MANY_SAST, sast + " SAST records; phones honour at most 2", null);
        }
        for (TrustRecord r : records) {
            if (r.emptied()) {
                warn(Warning.Code.EMPTIED_RECORD, "record " + r.index() + " (" + r.roleText()
                        + ") has no certificate: " + (type == FileType.CTL
                        ? "the cluster was switched back to non-secure mode" : "a rollback ITL; phones accept any signer"),
                        r.offset());
            }
        }
    }

    /** Names a record in error messages. */
    private record RecordLabel(int index) {
        @Override
        public String toString() {
            return "record " + index;
        }
    }

    // ---- primitives --------------------------------------------------------------------------

    /** "1 byte", "2 bytes": messages reach users through the CLI and the inspector. */
    private static String bytes(int n) {
        return n + (n == 1 ? " byte" : " bytes");
    }

    private int u16(int pos) {
        return (b[pos] & 0xff) << 8 | b[pos + 1] & 0xff;
    }

    private int fixedInt(TlvElement e, int size) throws TrustListFormatException {
        fixedLength(e, size);
        int v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | b[e.valueOffset() + i] & 0xff;
        }
        return v;
    }

    private void fixedLength(TlvElement e, int size) throws TrustListFormatException {
        if (e.valueLength() != size) {
            throw fail(e.offset(), e.tag(), e.name() + " has length " + e.valueLength() + ", expected " + size);
        }
    }

    private byte[] value(TlvElement e) {
        return TlvValues.bytes(b, e);
    }

    private String string(TlvElement e) {
        return TlvValues.string(b, e);
    }

    private void warn(Warning.Code code, String message, Integer offset) {
        warnings.add(new Warning(code, message, offset));
    }

    private TrustListFormatException fail(int offset, Integer tag, String problem) {
        return new TrustListFormatException(source, offset, tag, problem);
    }
}
