package org.voicebench.trust.ui;

import org.voicebench.trust.TlvElement;
import org.voicebench.trust.TrustRecord;

/**
 * A span of bytes in a file: what a node covers and what the hex view highlights.
 *
 * @param offset first byte
 * @param length number of bytes (0 for an empty span)
 */
public record ByteRange(int offset, int length) {

    public ByteRange {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative byte range " + offset + "+" + length);
        }
    }

    public static ByteRange of(TlvElement element) {
        return new ByteRange(element.offset(), element.length());
    }

    public static ByteRange of(TrustRecord record) {
        return new ByteRange(record.offset(), record.length());
    }

    /** Offset just past the range. */
    public int end() {
        return offset + length;
    }

    public boolean contains(int position) {
        return position >= offset && position < end();
    }
}
