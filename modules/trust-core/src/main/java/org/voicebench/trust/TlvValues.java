package org.voicebench.trust;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads element values out of a file's bytes. */
final class TlvValues {

    private TlvValues() {
    }

    /** A copy of the element's value, or {@code null} for an absent element. */
    static byte[] bytes(byte[] file, TlvElement e) {
        return e == null ? null : Arrays.copyOfRange(file, e.valueOffset(), e.valueOffset() + e.valueLength());
    }

    /** A NUL-terminated string (bytes after the first NUL ignored), or {@code null} for an absent element. */
    static String string(byte[] file, TlvElement e) {
        if (e == null) {
            return null;
        }
        int start = e.valueOffset();
        int end = start + e.valueLength();
        int nul = start;
        while (nul < end && file[nul] != 0) {
            nul++;
        }
        return new String(file, start, nul - start, StandardCharsets.UTF_8);
    }
}
