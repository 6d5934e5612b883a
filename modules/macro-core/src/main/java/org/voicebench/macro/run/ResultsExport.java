package org.voicebench.macro.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.voicebench.common.CsvCell;

/** A run's results as CSV (one line per phone) or JSON (the CLI's {@code --report}). */
public final class ResultsExport {

    /** The format name of the JSON report. */
    public static final String FORMAT = "voicebench-macro-run/1";
    public static final List<String> CSV_COLUMNS = List.of("address", "name", "group", "model", "outcome", "step",
            "step_text", "message", "retries", "started", "duration_ms");
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsExport() {
    }

    /** Phones per outcome, every outcome listed. */
    public static Map<Outcome, Integer> counts(List<PhoneResult> results) {
        Map<Outcome, Integer> m = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            m.put(o, 0);
        }
        results.forEach(r -> m.merge(r.outcome(), 1, Integer::sum));
        return m;
    }

    /** CSV with a header line; screenshots are left out (see the JSON). */
    public static String csv(List<PhoneResult> results) {
        StringBuilder b = new StringBuilder(String.join(",", CSV_COLUMNS)).append('\n');
        for (PhoneResult r : results) {
            List<String> v = List.of(r.address(), r.name(), r.group(), r.model(), r.outcome().name(),
                    Integer.toString(r.step()), r.stepText(), r.message(), Integer.toString(r.retries()),
                    r.started() == null ? "" : r.started().toString(), Long.toString(r.durationMillis()));
            for (int i = 0; i < v.size(); i++) {
                if (i > 0) {
                    b.append(',');
                }
                b.append(CsvCell.of(v.get(i)));
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The JSON report: format, macro, counts per outcome and one object per phone (screenshots as base64). */
    public static String json(String macro, List<PhoneResult> results) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("macro", macro);
        root.put("phones", results.size());
        root.put("succeeded", (int) results.stream().filter(r -> r.outcome().succeeded()).count());
        ObjectNode counts = root.putObject("counts");
        counts(results).forEach((o, n) -> counts.put(o.name(), n));
        ArrayNode arr = root.putArray("results");
        for (PhoneResult r : results) {
            ResultJson.write(r, arr.addObject(), true);
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
