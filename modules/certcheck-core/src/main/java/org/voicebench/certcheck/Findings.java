package org.voicebench.certcheck;

import java.util.ArrayList;
import java.util.List;

/** Collects findings while the rules run. */
final class Findings {

    private final List<Finding> list = new ArrayList<>();

    void add(FindingCode code, Severity severity, String message, String remedy, List<RecordRef> records,
             List<ClusterCertificate> certificates) {
        list.add(new Finding(code, severity, message, remedy, records, certificates));
    }

    List<Finding> all() {
        return List.copyOf(list);
    }

    static List<RecordRef> phone(List<Integer> indexes) {
        return indexes.stream().map(i -> new RecordRef(RecordRef.PHONE, i)).toList();
    }
}
