package org.voicebench.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Reads trust lists and signed files. The one entry point of the parser: bounded reads, every
 * element's byte range kept, and every malformed input reported as a
 * {@link TrustListFormatException} naming the file, offset and tag.
 */
public final class TrustLists {

    /**
     * Largest file read from disk. Trust lists are under 64 KB and configuration files a few KB;
     * firmware {@code .sgn} images are tens of MB.
     */
    public static final long MAX_FILE_SIZE = 128L * 1024 * 1024;

    private TrustLists() {
    }

    /** Parses bytes; certificate validity is judged against the current time. */
    public static TrustList read(byte[] bytes, String source) throws TrustListFormatException {
        return read(bytes, source, Instant.now());
    }

    /** Parses bytes, judging certificate validity at {@code now} (golden tests fix it). */
    public static TrustList read(byte[] bytes, String source, Instant now) throws TrustListFormatException {
        return new TrustListParser(bytes.clone(), source, now).parse();
    }

    /** Reads and parses a file; the file name is the source label. */
    public static TrustList read(Path file) throws IOException {
        return read(file, Instant.now());
    }

    /** Reads and parses a file, judging certificate validity at {@code now}. */
    public static TrustList read(Path file, Instant now) throws IOException {
        String source = file.toString();
        long size = Files.size(file);
        if (size > MAX_FILE_SIZE) {
            throw new TrustListFormatException(source, 0, null,
                    "file is " + size + " bytes, more than the " + MAX_FILE_SIZE + " bytes VoiceBench reads");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_FILE_SIZE + 1);
        }
        if (bytes.length > MAX_FILE_SIZE) {
            throw new TrustListFormatException(source, 0, null, "file grew past " + MAX_FILE_SIZE + " bytes while reading");
        }
        return new TrustListParser(bytes, source, now).parse();
    }
}
