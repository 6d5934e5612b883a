package org.voicebench.trust.ui;

import org.voicebench.trust.InspectedFile;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads and verifies one file. Blocking and headless: callers run it off the Swing thread.
 */
public final class TrustListLoader {

    private TrustListLoader() {
    }

    /**
     * Reads {@code file} and checks its signature against its own records: trust-core's
     * {@link org.voicebench.trust.InspectedFile#read}, which also hashes the file and decodes and
     * checks its certificates, here off the Swing thread.
     *
     * @throws org.voicebench.trust.TrustListFormatException when the bytes break the format
     * @throws IOException when the file cannot be read
     */
    public static InspectedFile load(Path file) throws IOException {
        return InspectedFile.read(file.toAbsolutePath().normalize());
    }
}
