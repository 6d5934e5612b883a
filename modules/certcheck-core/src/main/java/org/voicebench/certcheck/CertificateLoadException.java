package org.voicebench.certcheck;

import java.io.IOException;
import java.nio.file.Path;

/** A certificate file that cannot be used; the message reads "FILE: what is wrong". */
public final class CertificateLoadException extends IOException {

    private final transient Path file;
    private final String problem;

    public CertificateLoadException(Path file, String problem) {
        this(file, problem, null);
    }

    public CertificateLoadException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
        this.file = file;
        this.problem = problem;
    }

    /** The file (or folder) at fault. */
    public Path file() {
        return file;
    }

    /** What is wrong, without the file name. */
    public String problem() {
        return problem;
    }
}
