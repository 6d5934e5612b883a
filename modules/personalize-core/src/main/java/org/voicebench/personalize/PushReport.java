package org.voicebench.personalize;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A push run's results, one per phone in the order of the list. */
public record PushReport(Instant started, Instant finished, String serveUrl, boolean background, boolean ringTone,
                         List<PushResult> results) {

    public PushReport {
        results = List.copyOf(results);
    }

    /** Every outcome with its count, zeros included. */
    public Map<PushOutcome, Integer> counts() {
        Map<PushOutcome, Integer> counts = new EnumMap<>(PushOutcome.class);
        for (PushOutcome o : PushOutcome.values()) {
            counts.put(o, 0);
        }
        results.forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    /** True when every phone ended SUCCESS. */
    public boolean allSucceeded() {
        return results.stream().allMatch(r -> r.outcome() == PushOutcome.SUCCESS);
    }
}
