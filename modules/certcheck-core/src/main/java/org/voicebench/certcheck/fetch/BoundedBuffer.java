package org.voicebench.certcheck.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Collects a download and refuses to grow past the limit (remembering that it did). */
final class BoundedBuffer extends OutputStream {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final int max;
    private boolean overflowed;

    BoundedBuffer(int max) {
        this.max = max;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (bytes.size() + (long) len > max) {
            overflowed = true;
            throw new IOException("more than " + max + " bytes");
        }
        bytes.write(b, off, len);
    }

    boolean overflowed() {
        return overflowed;
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
