package org.voicebench.trust;

import java.util.List;

/**
 * One tag-length-value element as it sits in the file, with its byte range. Containers (header
 * tags 3, 7, 9, 16, 17, 21) list their nested elements in {@link #children()}. The header padding
 * byte (tag 13) is an element of length 1 with no value.
 *
 * @param area header or record, which decides the meaning of the tag
 * @param tag the tag byte (0-255)
 * @param offset offset of the tag byte in the file
 * @param length bytes from the tag byte to the end of the value (3 + value length; 1 for padding)
 * @param valueOffset offset of the first value byte
 * @param valueLength number of value bytes
 * @param children nested elements of a container, else empty
 */
public record TlvElement(Area area, int tag, int offset, int length, int valueOffset, int valueLength,
                         List<TlvElement> children) {

    public TlvElement {
        children = List.copyOf(children);
    }

    /** The documented name of the tag, e.g. {@code SIGNER_NAME}, or {@code UNKNOWN_TAG_n}. */
    public String name() {
        return Tags.name(area, tag);
    }

    /** Whether the tag is one the format documents for its area. */
    public boolean known() {
        return Tags.known(area, tag);
    }

    /** Offset just past the element. */
    public int end() {
        return offset + length;
    }

    /** Whether {@code position} lies inside this element's bytes. */
    public boolean contains(int position) {
        return position >= offset && position < end();
    }
}
