package org.voicebench.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.voicebench.trust.testkit.Tlv.box;
import static org.voicebench.trust.testkit.Tlv.bytes;
import static org.voicebench.trust.testkit.Tlv.cat;
import static org.voicebench.trust.testkit.Tlv.el;
import static org.voicebench.trust.testkit.Tlv.elWithLength;
import static org.voicebench.trust.testkit.Tlv.record;
import static org.voicebench.trust.testkit.Tlv.str;
import static org.voicebench.trust.testkit.Tlv.u16;
import static org.voicebench.trust.testkit.Tlv.u32;
import static org.voicebench.trust.testkit.Tlv.u8;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.trust.testkit.Fixtures;
import org.voicebench.trust.testkit.Tlv;

/**
 * Malformed inputs kept as inline regression cases: each must fail with
 * {@link TrustListFormatException} at the right offset and tag, with a message that starts with
 * the file name and says what is wrong.
 */
class MalformedInputTest {

    private static final String FILE = "ITLFile.tlv";

    private static final byte[] SIGNER_ID = box(3, str(4, "CN=s"), el(5, bytes(1)), str(6, "CN=s"));
    private static final byte[] SIG_INFO = box(7, u8(8, 1), box(9, u8(10, 0), u8(11, 1)));
    private static final byte[] SIGNATURE = el(12, new byte[128]);
    private static final byte[] NAME = str(14, FILE);
    private static final byte[] STAMP = u32(15, 1_700_000_000L);

    /** A header with the usual elements, {@code replaced} standing in for the one at {@code index}. */
    private static byte[] header(int index, byte[] replaced) {
        byte[][] parts = {SIGNER_ID, SIG_INFO, SIGNATURE, NAME, STAMP};
        parts[index] = replaced;
        byte[] body = cat(parts);
        return Tlv.header(body, Tlv.alignPad(10 + body.length));
    }

    private static byte[] goodHeader() {
        return header(0, SIGNER_ID);
    }

    private static TrustListFormatException reject(byte[] bytes, long offset, Integer tag, String problemPart) {
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(bytes, FILE, Fixtures.NOW));
        assertTrue(e.getMessage().startsWith(FILE + ": "), "message names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("at offset " + offset), e.getMessage());
        assertEquals(FILE, e.source());
        assertEquals(offset, e.offset(), e.getMessage());
        assertEquals(tag, e.tag(), e.getMessage());
        assertTrue(e.problem().contains(problemPart), "'" + problemPart + "' in: " + e.getMessage());
        return e;
    }

    @Test
    void theBaseHeaderIsValid() throws TrustListFormatException {
        TrustList list = TrustLists.read(goodHeader(), FILE, Fixtures.NOW);
        assertEquals(0, list.records().size());
        assertEquals(FileType.ITL, list.type());
    }

    // ---- sizes ------------------------------------------------------------------------------

    @Test
    void emptyFile() {
        TrustListFormatException e = reject(new byte[0], 0, null, "only 0 bytes");
        assertTrue(e.getMessage().endsWith("at offset 0"), "no tag for a file-level problem: " + e.getMessage());
    }

    @Test
    void oneByteFile() {
        reject(bytes(1), 0, null, "only 1 byte,");
    }

    @Test
    void nineByteFile() {
        reject(bytes(1, 0, 2, 1, 2, 2, 0, 2, 0), 0, null, "too short");
    }

    // ---- the fixed prefix -------------------------------------------------------------------

    @Test
    void fileNotStartingWithVersion() {
        reject(cat(bytes(0x30, 0x82, 0x01, 0x0a), new byte[20]), 0, 0x30, "does not start with VERSION");
    }

    @Test
    void versionWithWrongLength() {
        reject(cat(bytes(1, 0, 3, 1, 2, 0), u16(2, 16), new byte[10]), 0, 1, "VERSION");
    }

    @Test
    void secondElementNotHeaderLength() {
        reject(cat(el(1, bytes(1, 2)), u16(5, 16), new byte[6]), 5, 5, "HEADER_LENGTH");
    }

    @Test
    void headerLengthBeyondTheFile() {
        byte[] h = goodHeader();
        h[8] = 0x40; // 16 KB
        reject(h, 8, 2, "beyond the end of the file (" + h.length + " bytes)");
    }

    @Test
    void headerLengthSmallerThanTen() {
        reject(cat(el(1, bytes(1, 2)), u16(2, 9), new byte[10]), 8, 2, "HEADER_LENGTH 9 is smaller");
    }

    @Test
    void headerLengthZero() {
        reject(cat(el(1, bytes(1, 2)), u16(2, 0)), 8, 2, "HEADER_LENGTH 0 is smaller");
    }

    // ---- header elements ----------------------------------------------------------------------

    @Test
    void elementLengthPastItsContainer() {
        // SIGNER_NAME says 50 bytes, its SIGNER_ID holds 5 after it
        byte[] signer = box(3, elWithLength(4, 50, bytes('C', 'N', '=', 's', 0)));
        reject(header(0, signer), 13, 4, "runs past the end of the SIGNER_ID");
    }

    @Test
    void nestedElementLengthPastItsContainer() {
        byte[] info = box(7, u8(8, 1), box(9, u8(10, 0), elWithLength(11, 2, bytes(1))));
        int modulusAt = 10 + SIGNER_ID.length + 3 + 4 + 3 + 4;
        reject(header(1, info), modulusAt, 11, "runs past the end of the SIGNATURE_ALGORITHM_INFO");
    }

    @Test
    void elementLengthPastTheHeader() {
        // FILENAME claims more bytes than HEADER_LENGTH leaves, though the file has them
        byte[] body = cat(SIGNER_ID, SIG_INFO, SIGNATURE, elWithLength(14, 400, str(99, FILE)));
        byte[] file = cat(Tlv.header(body), new byte[500]);
        int nameAt = 10 + SIGNER_ID.length + SIG_INFO.length + SIGNATURE.length;
        reject(file, nameAt, 14, "runs past the end of the header");
    }

    @Test
    void truncatedElementAtTheEndOfTheHeader() {
        byte[] body = cat(SIGNER_ID, SIG_INFO, SIGNATURE, NAME, bytes(15, 0)); // tag and half a length
        int at = 10 + SIGNER_ID.length + SIG_INFO.length + SIGNATURE.length + NAME.length;
        reject(Tlv.header(body), at, 15, "element is truncated: 2 byte(s) left in the header");
    }

    @Test
    void truncatedElementInsideAContainer() {
        byte[] signer = box(3, str(4, "CN=s"), bytes(5, 0));
        reject(header(0, signer), 13 + 8, 5, "truncated: 2 byte(s) left in the SIGNER_ID");
    }

    @Test
    void deepContainerNestingIsRefusedWithoutStackOverflow() {
        int depth = 20_000; // as deep as a 64 KB header allows; recursion must stop long before
        byte[] inner = u8(8, 1);
        byte[] nested = new byte[depth * 3 + inner.length];
        for (int i = 0; i < depth; i++) {
            int len = (depth - 1 - i) * 3 + inner.length;
            nested[3 * i] = 3;
            nested[3 * i + 1] = (byte) (len >>> 8);
            nested[3 * i + 2] = (byte) len;
        }
        System.arraycopy(inner, 0, nested, depth * 3, inner.length);
        reject(Tlv.header(nested), 10 + 4 * 3, 3, "nested more than 4 deep");
    }

    @Test
    void versionAgainInsideTheHeader() {
        byte[] body = cat(SIGNER_ID, el(1, bytes(1, 2)), SIG_INFO, SIGNATURE, NAME, STAMP);
        reject(Tlv.header(body, Tlv.alignPad(10 + body.length)), 10 + SIGNER_ID.length, 1, "appears again");
    }

    /**
     * Regression (found by Jazzer): a repeated container's children were not checked, so a VERSION
     * inside the second ENCRYPTION_INFO was accepted, and the writer's rewrite of it was not.
     */
    @Test
    void versionInsideARepeatedContainerIsRejected() {
        byte[] signer = box(3, str(4, "CN=s"), el(5, bytes(1)), str(6, "CN=s"), box(16));
        byte[] body = cat(signer, box(16, el(1, bytes(1, 2))), SIG_INFO, SIGNATURE, NAME, STAMP);
        int versionAt = 10 + signer.length + 3;
        reject(Tlv.header(body, Tlv.alignPad(10 + body.length)), versionAt, 1, "VERSION appears again");
    }

    @Test
    void fieldsInsideARepeatedContainerAreWarnedAboutButNotUsed() throws TrustListFormatException {
        byte[] second = box(3, str(4, "CN=other"), str(14, "Other.tlv"));
        byte[] body = cat(SIGNER_ID, second, SIG_INFO, SIGNATURE, STAMP);
        TrustList list = TrustLists.read(Tlv.header(body, Tlv.alignPad(10 + body.length)), FILE, Fixtures.NOW);
        assertEquals("CN=s", list.header().signerName(), "the first SIGNER_NAME is used");
        assertEquals("Other.tlv", list.header().fileName(), "a tag seen nowhere else is used wherever it is");
        assertEquals(2, list.warnings().stream().filter(w -> w.code() == Warning.Code.DUPLICATE_TAG).count(),
                "the second SIGNER_ID and its SIGNER_NAME: " + list.warnings());
    }

    // ---- fixed-size fields --------------------------------------------------------------------

    @Test
    void digestAlgorithmWithTwoBytes() {
        byte[] info = box(7, el(8, bytes(0, 1)), box(9, u8(10, 0), u8(11, 1)));
        reject(header(1, info), 10 + SIGNER_ID.length + 3, 8, "DIGEST_ALGORITHM has length 2, expected 1");
    }

    @Test
    void signatureModulusEmpty() {
        byte[] info = box(7, u8(8, 1), box(9, u8(10, 0), el(11, new byte[0])));
        reject(header(1, info), 10 + SIGNER_ID.length + 3 + 4 + 3 + 4, 11, "SIGNATURE_MODULUS has length 0, expected 1");
    }

    @Test
    void timestampWithThreeBytes() {
        int at = 10 + SIGNER_ID.length + SIG_INFO.length + SIGNATURE.length + NAME.length;
        reject(header(4, el(15, bytes(1, 2, 3))), at, 15, "TIMESTAMP has length 3, expected 4");
    }

    @Test
    void signerVersionWithOneByte() {
        byte[] body = cat(el(28, bytes(1)), SIGNER_ID, SIG_INFO, SIGNATURE, NAME, STAMP);
        reject(Tlv.header(body, Tlv.alignPad(10 + body.length)), 10, 28, "SIGNER_VERSION has length 1, expected 2");
    }

    @Test
    void functionWithOneByte() {
        byte[] h = goodHeader();
        byte[] file = cat(h, record(str(2, "a"), el(4, bytes(1))));
        reject(file, h.length + 5 + 5, 4, "FUNCTION has length 1, expected 2");
    }

    @Test
    void ipAddressWithThreeBytes() {
        byte[] h = goodHeader();
        byte[] file = cat(h, record(str(2, "a"), u16(4, 3), el(10, bytes(10, 0, 1))));
        reject(file, h.length + 5 + 5 + 5, 10, "IP_ADDRESS has length 3, expected 4");
    }

    // ---- records ------------------------------------------------------------------------------

    @Test
    void recordElementsRunPastRecordLength() {
        byte[] h = goodHeader();
        byte[] body = cat(str(2, "a"), u16(4, 3));
        byte[] rec = cat(u16(1, 5 + body.length - 2), body); // RECORD_LENGTH 2 bytes short
        reject(cat(h, rec), h.length + 5 + 5, 4, "runs past the end of the record 1 (0 bytes left)");
    }

    @Test
    void recordElementsStopShortOfRecordLength() {
        byte[] h = goodHeader();
        byte[] file = cat(h, record(str(2, "a"), u16(4, 3), bytes(0x42)));
        reject(file, h.length + 5 + 5 + 5, 0x42, "truncated: 1 byte(s) left in the record 1");
    }

    @Test
    void recordLengthSmallerThanFive() {
        byte[] h = goodHeader();
        reject(cat(h, u16(1, 4), new byte[10]), h.length, 1, "RECORD_LENGTH 4, smaller than");
    }

    @Test
    void recordLengthPastTheEndOfTheFile() {
        byte[] h = goodHeader();
        byte[] first = record(str(2, "a"), u16(4, 3));
        reject(cat(h, first, u16(1, 500), u16(4, 3)), h.length + first.length, 1, "record 2 has RECORD_LENGTH 500, past the end");
    }

    @Test
    void recordNotStartingWithTagOne() {
        byte[] h = goodHeader();
        reject(cat(h, str(2, "a"), u16(4, 3)), h.length, 2, "record 1 does not start with RECORD_LENGTH");
    }

    @Test
    void recordLengthElementWithWrongLength() {
        byte[] h = goodHeader();
        reject(cat(h, el(1, bytes(0, 0, 9)), new byte[3]), h.length, 1, "does not start with RECORD_LENGTH (tag 1, length 2)");
    }

    @Test
    void truncatedRecordAtTheEndOfTheFile() {
        byte[] h = goodHeader();
        byte[] first = record(str(2, "a"), u16(4, 3));
        TrustListFormatException e = reject(cat(h, first, bytes(1, 0, 2)), h.length + first.length, null,
                "record 2 is truncated: 3 byte(s) left");
        assertNull(e.tag());
    }

    @Test
    void secondRecordLengthInsideARecord() {
        byte[] h = goodHeader();
        reject(cat(h, record(str(2, "a"), u16(1, 9))), h.length + 5 + 5, 1, "second RECORD_LENGTH");
    }

    // ---- reading from disk --------------------------------------------------------------------

    @Test
    void fileOnDiskIsNamedByItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("CTLFile.tlv");
        Files.write(file, bytes(1, 0, 2));
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(file));
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        assertEquals(file.toString(), e.source());
    }

    @Test
    void hugeFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("firmware.sgn");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(TrustLists.MAX_FILE_SIZE + 1); // sparse: no disk space used
        }
        TrustListFormatException e = assertThrows(TrustListFormatException.class, () -> TrustLists.read(file, Fixtures.NOW));
        assertEquals(0, e.offset());
        assertTrue(e.problem().contains("more than"), e.getMessage());
    }
}
