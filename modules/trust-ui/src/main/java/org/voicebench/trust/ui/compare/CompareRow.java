package org.voicebench.trust.ui.compare;

import java.util.Set;
import org.voicebench.trust.TrustRecord;

/**
 * One line of the compare table.
 *
 * @param kind how the record fared
 * @param oldRecord the record in OLD, or {@code null} when added
 * @param newRecord the record in NEW, or {@code null} when removed
 * @param changedFields names of the fields that differ ({@code TrustListDiff} names: function,
 *        dnsName, subjectName, issuerName, serial, ipAddress, certificate)
 */
public record CompareRow(Kind kind, TrustRecord oldRecord, TrustRecord newRecord, Set<String> changedFields) {

    /** How a record fared between OLD and NEW. */
    public enum Kind {
        UNCHANGED, ADDED, REMOVED, CHANGED
    }

    public CompareRow {
        changedFields = Set.copyOf(changedFields);
    }
}
