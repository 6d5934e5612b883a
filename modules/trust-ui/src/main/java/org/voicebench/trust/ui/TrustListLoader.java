package org.voicebench.trust.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;

/**
 * Reads and verifies one file. Blocking and headless: callers run it off the Swing thread.
 */
public final class TrustListLoader {

    private TrustListLoader() {
    }

    /**
     * Reads {@code file} and checks its signature against its own records.
     *
     * @throws org.voicebench.trust.TrustListFormatException when the bytes break the format
     * @throws IOException when the file cannot be read
     */
    public static InspectedFile load(Path file) throws IOException {
        Path path = file.toAbsolutePath().normalize();
        TrustList list = TrustLists.read(path);
        // computed on first use: do it here, off the Swing thread (certificates decode, a firmware .sgn hashes tens of MB)
        list.hashes();
        list.warnings();
        return new InspectedFile(path, list, SignatureVerifier.verify(list));
    }
}
