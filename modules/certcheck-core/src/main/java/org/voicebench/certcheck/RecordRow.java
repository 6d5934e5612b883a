package org.voicebench.certcheck;

import org.voicebench.trust.TrustRecord;

/**
 * One record of the phone's trust list, judged against the cluster.
 *
 * @param record the record
 * @param status current, stale, unknown or empty
 * @param match the cluster certificate it holds (CURRENT) or that replaced it (STALE), else null
 * @param detail one sentence
 */
public record RecordRow(TrustRecord record, RecordStatus status, ClusterCertificate match, String detail) {
}
