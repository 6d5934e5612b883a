package org.voicebench.trust;

import java.io.IOException;

/**
 * A trust list or signed file that cannot be read: the bytes break the format at a known place.
 * Carries the source name, the byte offset where the problem was found and, when known, the tag
 * of the element being read. The message reads {@code FILE: what is wrong at offset N (tag T)}.
 */
public final class TrustListFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final long offset;
    private final Integer tag;
    private final String problem;

    public TrustListFormatException(String source, long offset, Integer tag, String problem) {
        super(format(source, offset, tag, problem));
        this.source = source;
        this.offset = offset;
        this.tag = tag;
        this.problem = problem;
    }

    private static String format(String source, long offset, Integer tag, String problem) {
        StringBuilder sb = new StringBuilder();
        sb.append(source).append(": ").append(problem).append(" at offset ").append(offset);
        if (tag != null) {
            sb.append(" (tag ").append(tag).append(')');
        }
        return sb.toString();
    }

    /** The file name or other label the bytes came from. */
    public String source() {
        return source;
    }

    /** Byte offset in the file where the problem was detected. */
    public long offset() {
        return offset;
    }

    /** Tag of the element being read, or {@code null} when the problem is not inside an element. */
    public Integer tag() {
        return tag;
    }

    /** What is wrong, without file name and offset. */
    public String problem() {
        return problem;
    }
}
