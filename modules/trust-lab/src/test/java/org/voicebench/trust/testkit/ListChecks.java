package org.voicebench.trust.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.regex.Pattern;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.Warning;
import org.voicebench.trust.json.TrustListJson;
import org.voicebench.trust.write.TrustListBuilder;

/**
 * Invariants every readable input must keep, and the one outcome allowed for unreadable ones.
 * Shared by the prefix test, the mutation fuzz and the Jazzer target so all three demand the same.
 */
public final class ListChecks {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]*");

    private ListChecks() {
    }

    /** The rejection of {@code input} is well-formed: names the file, points inside it. */
    public static void checkRejection(TrustListFormatException e, String source, int inputLength) {
        assertEquals(source, e.source(), "exception names its source");
        assertTrue(e.getMessage().startsWith(source + ": "), () -> "message starts with the file name: " + e.getMessage());
        assertTrue(e.offset() >= 0 && e.offset() <= inputLength,
                () -> "offset " + e.offset() + " inside the " + inputLength + "-byte input: " + e.getMessage());
        assertNotNull(e.problem());
        assertFalse(e.problem().isBlank());
        if (e.tag() != null) {
            assertTrue(e.tag() >= 0 && e.tag() <= 255, () -> "tag is a byte: " + e.tag());
        }
    }

    /** Parses {@code input}: either a list, or {@code null} after checking the typed rejection. */
    public static TrustList readOrReject(byte[] input, String source, Instant now) {
        try {
            return TrustLists.read(input, source, now);
        } catch (TrustListFormatException e) {
            checkRejection(e, source, input.length);
            return null;
        }
    }

    /** The cheap structural invariants: element spans nest inside the file and records tile the body. */
    public static void checkStructure(TrustList list) {
        int size = list.size();
        int headerLength = list.header().headerLength();
        assertTrue(headerLength >= 10 && headerLength <= size);
        int expectedOffset = headerLength;
        for (TrustRecord r : list.records()) {
            assertEquals(expectedOffset, r.offset(), "records follow each other without gaps");
            int end = r.offset() + r.length();
            int pos = r.offset();
            for (TlvElement e : r.elements()) {
                assertEquals(pos, e.offset(), "record elements follow each other without gaps");
                pos = e.end();
            }
            assertEquals(end, pos, "record elements end at RECORD_LENGTH");
            expectedOffset = end;
        }
        if (!list.records().isEmpty()) {
            assertEquals(size, expectedOffset, "records end at the end of the file");
        }
        int pos = 0;
        for (TlvElement e : list.header().elements()) {
            assertEquals(pos, e.offset(), "header elements follow each other without gaps");
            checkChildren(e);
            pos = e.end();
        }
        assertEquals(headerLength, pos, "header elements end at HEADER_LENGTH");
    }

    private static void checkChildren(TlvElement e) {
        int pos = e.valueOffset();
        for (TlvElement c : e.children()) {
            assertEquals(pos, c.offset(), "children follow each other inside " + e.name());
            checkChildren(c);
            pos = c.end();
        }
        if (!e.children().isEmpty()) {
            assertEquals(e.end(), pos, "children fill " + e.name());
        }
    }

    /**
     * Everything a user of the model can call, none of which may throw: warnings, hashes,
     * verification, JSON, element lookup at every offset, self-diff and rewriting.
     */
    public static void exercise(TrustList list, TrustList trusted) {
        checkStructure(list);
        for (Warning w : list.warnings()) {
            assertNotNull(w.code());
            assertFalse(w.message().isBlank());
            assertTrue(w.offset() == null || w.offset() >= 0 && w.offset() < list.size(),
                    () -> "warning offset inside the file: " + w);
        }
        assertTrue(HEX.matcher(list.hashes().md5()).matches() && list.hashes().md5().length() == 32);
        assertEquals(64, list.hashes().sha256().length());
        SignatureResult own = SignatureVerifier.verify(list);
        checkResult(own, list);
        if (trusted != null) {
            checkResult(SignatureVerifier.verifyAgainst(list, trusted), trusted);
        }
        ObjectNode json = TrustListJson.inspect(list.source(), list, own);
        assertFalse(TrustListJson.write(json).isEmpty());
        for (TrustRecord r : list.records()) {
            if (r.certificate() == null && r.certificateDer() != null) {
                assertNotNull(r.certificateProblem(), "an unreadable certificate says why");
            }
            assertTrue(r.serialHex() == null || HEX.matcher(r.serialHex()).matches());
        }
        for (int offset = -1; offset <= list.size(); offset++) {
            TlvElement e = list.elementAt(offset);
            if (e != null) {
                assertTrue(e.contains(offset), "elementAt returns an element containing the offset");
            } else {
                assertTrue(offset < 0 || offset >= list.size() || offset >= list.header().headerLength()
                        && list.records().isEmpty(), () -> "every header and record byte belongs to an element");
            }
            list.recordAt(offset);
        }
        assertTrue(TrustListDiff.compare(list, list).identical(), "a file is identical to itself");
        checkRewrite(list);
    }

    private static void checkResult(SignatureResult r, TrustList signersFrom) {
        assertNotNull(r.status());
        assertNotNull(r.detail());
        assertTrue(r.signerRecord() == null || r.signerRecord() >= 1 && r.signerRecord() <= signersFrom.records().size(),
                () -> "signer record indexes the trust list: " + r);
    }

    /** The CUCM-order writer refuses what it cannot represent, or writes a file that reads back. */
    private static void checkRewrite(TrustList list) {
        byte[] rewritten;
        try {
            rewritten = TrustListBuilder.from(list).build();
        } catch (IllegalStateException | IllegalArgumentException refused) {
            return;
        }
        TrustList again;
        try {
            again = TrustLists.read(rewritten, list.source(), list.checkedAt());
        } catch (TrustListFormatException e) {
            throw new AssertionError("the writer produced an unreadable file from " + list + ": " + e.getMessage(), e);
        }
        assertEquals(list.type(), again.type());
        assertEquals(list.records().size(), again.records().size(), "rewriting keeps every record");
    }
}
