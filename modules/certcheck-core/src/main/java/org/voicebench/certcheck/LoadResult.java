package org.voicebench.certcheck;

import java.nio.file.Path;
import java.util.List;

/**
 * What a load found.
 *
 * @param certificates distinct certificates (by SHA-256), in the order first seen
 * @param problems files that could not be loaded, with the reason
 * @param skipped files of a folder ignored because their extension is not a certificate one
 */
public record LoadResult(List<ClusterCertificate> certificates, List<CertificateProblem> problems, List<Path> skipped) {

    public LoadResult {
        certificates = List.copyOf(certificates);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }
}
