package org.voicebench.macro.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.voicebench.phone.KeyTransport;

/** One phone's result as a JSON object: shared by the journal and the JSON report so both read the same. */
final class ResultJson {

    private ResultJson() {
    }

    static void write(PhoneResult r, ObjectNode n, boolean screenshots) {
        n.put("address", r.address());
        n.put("name", r.name());
        n.put("group", r.group());
        n.put("model", r.model());
        n.put("outcome", r.outcome().name());
        n.put("step", r.step());
        n.put("stepText", r.stepText());
        n.put("message", r.message());
        n.put("retries", r.retries());
        n.put("touched", r.touched());
        if (r.started() != null) {
            n.put("started", r.started().toString());
        }
        n.put("durationMs", r.durationMillis());
        n.put("transport", r.transport().id());
        if (screenshots && !r.screenshots().isEmpty()) {
            var arr = n.putArray("screenshots");
            for (CapturedScreen s : r.screenshots()) {
                arr.addObject().put("step", s.step()).put("label", s.label()).put("format", s.format())
                        .put("base64", Base64.getEncoder().encodeToString(s.bytes()));
            }
        }
    }

    /** Reads what {@link #write} wrote; throws IllegalArgumentException naming the first missing or wrong field. */
    static PhoneResult read(JsonNode n) {
        String outcome = text(n, "outcome");
        Outcome o;
        try {
            o = Outcome.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown outcome \"" + outcome + "\"", e);
        }
        List<CapturedScreen> shots = new ArrayList<>();
        JsonNode arr = n.get("screenshots");
        if (arr != null) {
            for (JsonNode s : arr) {
                shots.add(new CapturedScreen(s.path("step").asInt(), s.path("label").asText(""), s.path("format").asText(""),
                        Base64.getDecoder().decode(s.path("base64").asText(""))));
            }
        }
        JsonNode started = n.get("started");
        return new PhoneResult(text(n, "address"), n.path("name").asText(""), n.path("group").asText(""),
                n.path("model").asText(""), o, n.path("step").asInt(0), n.path("stepText").asText(""),
                n.path("message").asText(""), n.path("retries").asInt(0), n.path("touched").asBoolean(true),
                started == null ? null : Instant.parse(started.asText()), n.path("durationMs").asLong(0), shots,
                KeyTransport.valueOf(n.path("transport").asText("web").toUpperCase(java.util.Locale.ROOT)));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return v.asText();
    }
}
