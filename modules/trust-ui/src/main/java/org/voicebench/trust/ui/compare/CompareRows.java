package org.voicebench.trust.ui.compare;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.voicebench.trust.TrustListDiff;
import org.voicebench.trust.TrustRecord;

/** The rows of the compare table from a diff, in OLD's record order with added records last. */
public final class CompareRows {

    private CompareRows() {
    }

    public static List<CompareRow> of(TrustListDiff diff) {
        // every OLD record is removed, changed or in an unchanged pair
        Map<TrustRecord, CompareRow> byOld = new IdentityHashMap<>();
        for (TrustRecord o : diff.removed()) {
            byOld.put(o, new CompareRow(CompareRow.Kind.REMOVED, o, null, Set.of()));
        }
        for (TrustListDiff.RecordChange c : diff.changed()) {
            Set<String> fields = c.changes().stream().map(TrustListDiff.FieldChange::field).collect(Collectors.toSet());
            byOld.put(c.oldRecord(), new CompareRow(CompareRow.Kind.CHANGED, c.oldRecord(), c.newRecord(), fields));
        }
        for (TrustListDiff.RecordPair p : diff.unchangedPairs()) {
            byOld.put(p.oldRecord(), new CompareRow(CompareRow.Kind.UNCHANGED, p.oldRecord(), p.newRecord(), Set.of()));
        }
        List<CompareRow> rows = new ArrayList<>();
        for (TrustRecord o : diff.oldFile().records()) {
            rows.add(byOld.get(o));
        }
        for (TrustRecord a : diff.added()) {
            rows.add(new CompareRow(CompareRow.Kind.ADDED, null, a, Set.of()));
        }
        return rows;
    }
}
