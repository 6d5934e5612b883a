package org.voicebench.certcheck;

import java.util.List;
import java.util.Objects;

/**
 * One thing the check found.
 *
 * @param code stable code
 * @param severity how much it matters here
 * @param message what was found, in plain words
 * @param remedy what to do about it (empty when nothing needs doing)
 * @param records the trust-list records involved
 * @param certificates the cluster certificates involved
 */
public record Finding(FindingCode code, Severity severity, String message, String remedy, List<RecordRef> records,
                      List<ClusterCertificate> certificates) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        remedy = remedy == null ? "" : remedy;
        records = List.copyOf(records);
        certificates = List.copyOf(certificates);
    }
}
