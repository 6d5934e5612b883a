package org.voicebench.trust.ui.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustRecord;

/**
 * The rows of the compare table from a diff, in OLD's record order with added records last.
 * {@link TrustListDiff} only counts unchanged records, so they are paired here: an unchanged
 * OLD record goes with the first unused NEW record that is neither added nor changed and whose
 * compared fields are equal (the same fields the diff compares).
 */
public final class CompareRows {

    private CompareRows() {
    }

    public static List<CompareRow> of(TrustListDiff diff) {
        Map<TrustRecord, TrustListDiff.RecordChange> changedByOld = new IdentityHashMap<>();
        Map<TrustRecord, Boolean> notUnchangedNew = new IdentityHashMap<>();
        for (TrustListDiff.RecordChange c : diff.changed()) {
            changedByOld.put(c.oldRecord(), c);
            notUnchangedNew.put(c.newRecord(), true);
        }
        diff.added().forEach(r -> notUnchangedNew.put(r, true));
        Map<TrustRecord, Boolean> removed = new IdentityHashMap<>();
        diff.removed().forEach(r -> removed.put(r, true));

        List<TrustRecord> unchangedNew = new ArrayList<>();
        for (TrustRecord r : diff.newFile().records()) {
            if (!notUnchangedNew.containsKey(r)) {
                unchangedNew.add(r);
            }
        }
        List<CompareRow> rows = new ArrayList<>();
        for (TrustRecord o : diff.oldFile().records()) {
            if (removed.containsKey(o)) {
                rows.add(new CompareRow(CompareRow.Kind.REMOVED, o, null, Set.of()));
            } else if (changedByOld.containsKey(o)) {
                TrustListDiff.RecordChange c = changedByOld.get(o);
                Set<String> fields = c.changes().stream().map(TrustListDiff.FieldChange::field).collect(Collectors.toSet());
                rows.add(new CompareRow(CompareRow.Kind.CHANGED, o, c.newRecord(), fields));
            } else {
                TrustRecord match = takeEqual(unchangedNew, o);
                rows.add(new CompareRow(CompareRow.Kind.UNCHANGED, o, match, Set.of()));
            }
        }
        for (TrustRecord a : diff.added()) {
            rows.add(new CompareRow(CompareRow.Kind.ADDED, null, a, Set.of()));
        }
        return rows;
    }

    private static TrustRecord takeEqual(List<TrustRecord> candidates, TrustRecord o) {
        for (int i = 0; i < candidates.size(); i++) {
            if (sameFields(o, candidates.get(i))) {
                return candidates.remove(i);
            }
        }
        // cannot happen while the diff and this comparison agree; show the old record on both sides
        return o;
    }

    private static boolean sameFields(TrustRecord a, TrustRecord b) {
        return Objects.equals(a.functionCode(), b.functionCode()) && Objects.equals(a.dnsName(), b.dnsName())
                && Objects.equals(a.subjectName(), b.subjectName()) && Objects.equals(a.issuerName(), b.issuerName())
                && Objects.equals(a.serialHex(), b.serialHex()) && Objects.equals(a.ipAddress(), b.ipAddress())
                && Objects.equals(sha1(a), sha1(b));
    }

    private static String sha1(TrustRecord r) {
        CertificateInfo c = r.certificate();
        return c == null ? null : c.sha1();
    }
}
