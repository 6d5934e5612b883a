package org.voicebench.trust.ui;

import java.nio.file.Path;
import java.util.Objects;
import org.voicebench.trust.SignatureResult;
import org.voicebench.trust.TrustList;

/**
 * A file read and verified, ready to be shown: windows receive this and never parse anything
 * themselves.
 *
 * @param path absolute, normalised path of the file
 * @param list the parsed file
 * @param signature the verdict of checking the file against its own records
 */
public record InspectedFile(Path path, TrustList list, SignatureResult signature) {

    public InspectedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(signature, "signature");
    }

    /** The file name without folders, for window titles. */
    public String fileName() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /**
     * 1-based index of the record that signed this file (or failed to), when the verdict came
     * from the file's own records; else {@code null}.
     */
    public Integer signerRecord() {
        return signature.signerRecord();
    }
}
