package org.voicebench.readiness;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.voicebench.certcheck.NextItl;

/**
 * The readiness of a fleet for one planned change.
 *
 * @param started     when the check began
 * @param finished    when it ended
 * @param change      the changes as given ({@code regenerate:TVS}, ...)
 * @param clusterItls the cluster's current ITLs (sources)
 * @param nextItls    what the change does to each node's ITL
 * @param phones      every phone, the blocking ones first (most work first), then in list order
 */
public record ReadinessReport(Instant started, Instant finished, List<String> change, List<String> clusterItls,
                             List<NextItl> nextItls, List<PhoneReadiness> phones) {

    /** Most work first; the list's order within an outcome. */
    public static final Comparator<PhoneReadiness> BLOCKING_FIRST =
            Comparator.comparing((PhoneReadiness p) -> p.outcome().ordinal()).reversed();

    public ReadinessReport {
        change = List.copyOf(change);
        clusterItls = List.copyOf(clusterItls);
        nextItls = List.copyOf(nextItls);
        phones = phones.stream().sorted(BLOCKING_FIRST).toList();
    }

    /** Phones per outcome, every outcome listed (0 for none), in the enum's order. */
    public Map<Outcome, Integer> counts() {
        Map<Outcome, Integer> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            out.put(o, 0);
        }
        phones.forEach(p -> out.merge(p.outcome(), 1, Integer::sum));
        return out;
    }

    /** Phones per model and outcome, models sorted; only the outcomes a model has. */
    public Map<String, Map<Outcome, Integer>> countsByModel() {
        Map<String, Map<Outcome, Integer>> out = new TreeMap<>();
        for (PhoneReadiness p : phones) {
            String model = p.model().isEmpty() ? "unknown" : p.model();
            out.computeIfAbsent(model, k -> new EnumMap<>(Outcome.class)).merge(p.outcome(), 1, Integer::sum);
        }
        return out;
    }

    /** The phones only a factory reset would fix after the change. */
    public List<PhoneReadiness> factoryResetOnly() {
        return phones.stream().filter(p -> p.outcome() == Outcome.FACTORY_RESET_ONLY).toList();
    }

    /** True when no phone would need a factory reset (the CLI's exit 0). */
    public boolean ready() {
        return factoryResetOnly().isEmpty();
    }
}
