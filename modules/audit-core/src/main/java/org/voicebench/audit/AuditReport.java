package org.voicebench.audit;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The result of an audit: every phone's final state, with what was found, planned and done.
 *
 * @param started     when the audit began
 * @param finished    when it ended
 * @param clusterItls the cluster ITLs compared with (files or URLs)
 * @param fixRun      whether the erase macro was run (then states are MATCH, FIXED or one of the failure states)
 * @param rows        one per phone, in the order of the phone list
 */
public record AuditReport(Instant started, Instant finished, List<String> clusterItls, boolean fixRun,
                          List<AuditRow> rows) {

    public AuditReport {
        Objects.requireNonNull(started, "started");
        Objects.requireNonNull(finished, "finished");
        clusterItls = List.copyOf(clusterItls);
        rows = List.copyOf(rows);
    }

    /** Phones per state (every state, zeros included, in the enum's order). */
    public Map<AuditState, Integer> counts() {
        Map<AuditState, Integer> out = new EnumMap<>(AuditState.class);
        for (AuditState s : AuditState.values()) {
            out.put(s, 0);
        }
        for (AuditRow r : rows) {
            out.merge(r.state(), 1, Integer::sum);
        }
        return out;
    }

    /** Phones per model and state (models sorted, "unknown" for phones that did not say); only states that occur. */
    public Map<String, Map<AuditState, Integer>> countsByModel() {
        Map<String, Map<AuditState, Integer>> out = new TreeMap<>();
        for (AuditRow r : rows) {
            String model = r.phone().model().isEmpty() ? "unknown" : r.phone().model();
            out.computeIfAbsent(model, m -> new EnumMap<>(AuditState.class)).merge(r.state(), 1, Integer::sum);
        }
        return out;
    }

    /** True when every phone ends {@code MATCH} or {@code FIXED} (the CLI's exit 0). */
    public boolean allTrusted() {
        return rows.stream().allMatch(r -> r.state().trusted());
    }
}
