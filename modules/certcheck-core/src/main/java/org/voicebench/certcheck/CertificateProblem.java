package org.voicebench.certcheck;

import java.nio.file.Path;

/** A file of a folder that could not be loaded: reported, not fatal for the other files. */
public record CertificateProblem(Path file, String problem) {

    static CertificateProblem of(CertificateLoadException e) {
        return new CertificateProblem(e.file(), e.problem());
    }

    @Override
    public String toString() {
        return file + ": " + problem;
    }
}
