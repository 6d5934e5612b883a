package org.voicebench.certcheck;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.voicebench.trust.TrustList;

/**
 * The answer of a {@link TrustCheck}: the verdict, the reasoning that led to it, the findings
 * (most severe first) and the two tables.
 *
 * @param checkedAt the time certificates were judged against (expiry)
 * @param phoneList the trust list the phone holds
 * @param clusterList the cluster's current trust list, or null when not given
 * @param configFile the signed config file checked, or null
 * @param verdict OK, RECOVERABLE_VIA_TVS or PHONES_WILL_REJECT
 * @param reasoning the steps that led to the verdict, in order
 * @param findings what was found, most severe first
 * @param certificates one row per cluster certificate
 * @param records one row per record of the phone's list
 */
public record TrustCheckReport(Instant checkedAt, TrustList phoneList, TrustList clusterList, TrustList configFile,
                               Verdict verdict, List<String> reasoning, List<Finding> findings,
                               List<CertificateRow> certificates, List<RecordRow> records) {

    public TrustCheckReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(phoneList, "phoneList");
        Objects.requireNonNull(verdict, "verdict");
        reasoning = List.copyOf(reasoning);
        findings = findings.stream().sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        certificates = List.copyOf(certificates);
        records = List.copyOf(records);
    }

    /** The findings with this code. */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** Whether a finding with this code was made. */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }
}
