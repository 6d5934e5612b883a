package org.voicebench.certcheck;

import java.util.List;

/**
 * One line of the certificate-by-certificate table.
 *
 * @param certificate the cluster certificate
 * @param status where it stands in the phone's trust list
 * @param records the phone's records holding it, or (when regenerated) holding the replaced certificate
 * @param detail one sentence
 */
public record CertificateRow(ClusterCertificate certificate, CertificateStatus status, List<Integer> records,
                             String detail) {

    public CertificateRow {
        records = List.copyOf(records);
    }
}
