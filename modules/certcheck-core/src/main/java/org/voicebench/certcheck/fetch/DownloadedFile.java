package org.voicebench.certcheck.fetch;

import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustListFormatException;
import org.voicebench.trust.TrustLists;

/**
 * The bytes of a fetched trust list and where they came from.
 *
 * @param bytes the file's content
 * @param source the file path or URL, as {@link TrustLists#read(byte[], String)} names it in messages
 */
public record DownloadedFile(byte[] bytes, String source) {

    public DownloadedFile {
        bytes = bytes.clone();
        java.util.Objects.requireNonNull(source, "source");
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DownloadedFile d && java.util.Arrays.equals(bytes, d.bytes) && source.equals(d.source);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(bytes) + source.hashCode();
    }

    @Override
    public String toString() {
        return source + " (" + bytes.length + " bytes)";
    }

    /** Parses the bytes as a trust list. */
    public TrustList read() throws TrustListFormatException {
        return TrustLists.read(bytes, source);
    }
}
