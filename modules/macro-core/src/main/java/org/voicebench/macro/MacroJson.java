package org.voicebench.macro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.voicebench.phone.model.PhoneFamily;

/**
 * Macro files: human-editable JSON with a format version.
 *
 * <pre>
 * {
 *   "format": "voicebench-macro/1",
 *   "name": "erase-itl", "description": "...",
 *   "models": ["8845"],            (optional: the models it is for; default any)
 *   "defaultDelayMs": 1000,        (optional, default 1000)
 *   "destructive": true,           (optional, default false: true asks for confirmation)
 *   "reboots": true,               (optional, default false: the phone restarts after the last key)
 *   "steps": [ STEP, ... ]         (or "variants": [ {"families": [...], "models": [...], "steps": [...]}, ... ])
 * }
 * STEP: {"key": "Settings"} | {"uri": "Init:Settings"} | {"pause": 2000} | {"waitScreenStable": 10000}
 *     | {"expectScreen": {"title"|"prompt"|"status"|"field": "regex"}} | {"screenshot": "label"}
 *     | {"itlErase": "navigate"|"confirm"}      (the model profile's ITL-erase keys)
 *     | {"open": "Admin settings"} | {"open": ["Admin settings", "Administrator settings"]}
 *                                   (the menu item with this label, found on the screen; the new title checked)
 * Any step may carry a "comment". A variant may say "blind": true (its keys are pressed without reading the
 * screen; runs only when the user accepts that) and "evidence": "field-tested" (captured, vendor doc,
 * field-tested, assumed): how well its menu path is known. "cti": "field-tested" says how well its keys are known
 * to work sent over CTI (no screen read: only key, uri, pause and itlErase steps); "ctiOnly": true keeps a variant
 * for CTI only. Files without these fields read as before.
 * </pre>
 */
public final class MacroJson {

    /** The format of macro files this version reads and writes. */
    public static final String FORMAT = "voicebench-macro/1";
    private static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> TOP = Set.of("format", "name", "description", "models", "defaultDelayMs",
            "destructive", "reboots", "steps", "variants");
    private static final List<String> STEP_TYPES = List.of("key", "uri", "pause", "waitScreenStable", "expectScreen",
            "screenshot", "itlErase", "open");

    private static final List<String> VARIANT_FIELDS = List.of("families", "models", "blind", "evidence", "cti", "ctiOnly",
            "steps");
    /** The evidence levels of docs/phone-fidelity.md. */
    private static final List<String> EVIDENCE = List.of("captured", "vendor doc", "field-tested", "assumed");

    private MacroJson() {
    }

    /**
     * Reads a macro file.
     *
     * @throws MacroFormatException naming the file, the step and what is wrong, also when it cannot be read
     */
    public static Macro read(Path file) throws MacroFormatException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new MacroFormatException(file.toString(), 0, "larger than " + (MAX_BYTES >> 10) + " KB; not a macro file");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new MacroFormatException(file.toString(), 0, "no such file", e);
        } catch (IOException e) {
            if (e instanceof MacroFormatException m) {
                throw m;
            }
            throw new MacroFormatException(file.toString(), 0, "cannot read: " + e.getMessage(), e);
        }
        return read(bytes, file.toString());
    }

    /** Reads a macro from JSON bytes; {@code source} names them in errors. */
    public static Macro read(byte[] json, String source) throws MacroFormatException {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MacroFormatException(source, 0, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array cannot fail to be read
        }
        return new Reader(source).macro(root);
    }

    /** The macro as JSON text, in the form {@link #read} reads back. */
    public static String write(Macro macro) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("name", macro.name());
        if (!macro.description().isEmpty()) {
            root.put("description", macro.description());
        }
        if (!macro.models().isEmpty()) {
            macro.models().forEach(root.putArray("models")::add);
        }
        root.put("defaultDelayMs", macro.defaultDelay().toMillis());
        root.put("destructive", macro.destructive());
        root.put("reboots", macro.reboots());
        if (macro.variants().isEmpty()) {
            writeSteps(root.putArray("steps"), macro.steps());
        } else {
            ArrayNode vs = root.putArray("variants");
            for (Variant v : macro.variants()) {
                ObjectNode vn = vs.addObject();
                ArrayNode fams = vn.putArray("families");
                v.families().stream().sorted().forEach(f -> fams.add(f.name()));
                if (!v.models().isEmpty()) {
                    v.models().forEach(vn.putArray("models")::add);
                }
                if (v.blind()) {
                    vn.put("blind", true);
                }
                if (!v.evidence().isEmpty()) {
                    vn.put("evidence", v.evidence());
                }
                if (!v.ctiEvidence().isEmpty()) {
                    vn.put("cti", v.ctiEvidence());
                }
                if (v.ctiOnly()) {
                    vn.put("ctiOnly", true);
                }
                writeSteps(vn.putArray("steps"), v.steps());
            }
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static void writeSteps(ArrayNode out, List<Step> steps) {
        for (Step s : steps) {
            ObjectNode n = out.addObject();
            if (s instanceof Step.Key k) {
                n.put("key", k.name());
            } else if (s instanceof Step.Uri u) {
                n.put("uri", u.uri());
            } else if (s instanceof Step.Pause p) {
                n.put("pause", p.millis());
            } else if (s instanceof Step.WaitScreenStable w) {
                n.put("waitScreenStable", w.timeoutMillis());
            } else if (s instanceof Step.ExpectScreen e) {
                n.putObject("expectScreen").put(e.target().jsonName(), e.pattern());
            } else if (s instanceof Step.Screenshot sh) {
                n.put("screenshot", sh.label());
            } else if (s instanceof Step.ItlErase i) {
                n.put("itlErase", i.part().name().toLowerCase(Locale.ROOT));
            } else if (s instanceof Step.Open o) {
                if (o.labels().size() == 1) {
                    n.put("open", o.label());
                } else {
                    o.labels().forEach(n.putArray("open")::add);
                }
            }
        }
    }

    /** One file's reading, so every error names the source. */
    private static final class Reader {
        private final String source;

        Reader(String source) {
            this.source = source;
        }

        Macro macro(JsonNode root) throws MacroFormatException {
            if (root == null || !root.isObject()) {
                throw problem(0, "must hold one JSON object with \"format\": \"" + FORMAT + "\"");
            }
            for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!TOP.contains(f)) {
                    throw problem(0, "unknown field \"" + f + "\"; expected " + String.join(", ", TOP.stream().sorted().toList()));
                }
            }
            JsonNode format = root.get("format");
            if (format == null || !format.isTextual()) {
                throw problem(0, "\"format\" is missing; a macro file starts with \"format\": \"" + FORMAT + "\"");
            }
            if (!format.asText().equals(FORMAT)) {
                throw problem(0, "format \"" + format.asText() + "\" is not supported; this version reads " + FORMAT);
            }
            String name = text(root, "name", true);
            if (name.isBlank()) {
                throw problem(0, "\"name\" must not be empty");
            }
            long delay = number(root, "defaultDelayMs", Macro.DEFAULT_DELAY.toMillis(), 0, 600_000, 0);
            JsonNode steps = root.get("steps");
            JsonNode variants = root.get("variants");
            if ((steps == null) == (variants == null)) {
                throw problem(0, "give either \"steps\" or \"variants\" (exactly one)");
            }
            List<Step> plain = steps == null ? List.of() : steps(steps, "");
            List<Variant> vs = new ArrayList<>();
            if (variants != null) {
                if (!variants.isArray() || variants.isEmpty()) {
                    throw problem(0, "\"variants\" must be a non-empty array");
                }
                int i = 0;
                for (JsonNode v : variants) {
                    vs.add(variant(v, ++i));
                }
            }
            try {
                return new Macro(name, text(root, "description", false), strings(root, "models", 0),
                        Duration.ofMillis(delay), bool(root, "destructive"), bool(root, "reboots"), plain, vs);
            } catch (IllegalArgumentException e) {
                throw problem(0, e.getMessage());
            }
        }

        private Variant variant(JsonNode v, int index) throws MacroFormatException {
            String where = "variant " + index + ": ";
            if (!v.isObject()) {
                throw problem(0, where + "must be an object with \"families\" and/or \"models\" and \"steps\"");
            }
            for (Iterator<String> it = v.fieldNames(); it.hasNext();) {
                String f = it.next();
                if (!VARIANT_FIELDS.contains(f)) {
                    throw problem(0, where + "unknown field \"" + f + "\"; expected " + String.join(", ", VARIANT_FIELDS));
                }
            }
            Set<PhoneFamily> families = EnumSet.noneOf(PhoneFamily.class);
            for (String f : strings(v, "families", index)) {
                try {
                    families.add(PhoneFamily.valueOf(f.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw problem(0, where + "no family \"" + f + "\"; expected one of " + List.of(PhoneFamily.values()));
                }
            }
            List<String> models = strings(v, "models", index);
            if (families.isEmpty() && models.isEmpty()) {
                throw problem(0, where + "names neither \"families\" nor \"models\"");
            }
            JsonNode steps = v.get("steps");
            if (steps == null) {
                throw problem(0, where + "\"steps\" is missing");
            }
            JsonNode blind = v.get("blind");
            if (blind != null && !blind.isBoolean()) {
                throw problem(0, where + "\"blind\" must be true or false, found " + blind);
            }
            JsonNode evidence = v.get("evidence");
            if (evidence != null && (!evidence.isTextual() || !EVIDENCE.contains(evidence.asText()))) {
                throw problem(0, where + "\"evidence\" must be one of " + String.join(", ", EVIDENCE) + ", found " + evidence);
            }
            JsonNode cti = v.get("cti");
            if (cti != null && (!cti.isTextual() || !EVIDENCE.contains(cti.asText()))) {
                throw problem(0, where + "\"cti\" must be one of " + String.join(", ", EVIDENCE) + ", found " + cti);
            }
            JsonNode ctiOnly = v.get("ctiOnly");
            if (ctiOnly != null && !ctiOnly.isBoolean()) {
                throw problem(0, where + "\"ctiOnly\" must be true or false, found " + ctiOnly);
            }
            List<Step> parsed = steps(steps, where);
            if ((cti != null || (ctiOnly != null && ctiOnly.asBoolean())) && !parsed.stream().allMatch(Step::runsBlind)) {
                throw problem(0, where + "is marked for CTI, but over CTI nothing can be read: only key, uri, pause and"
                        + " itlErase steps may be in it");
            }
            return new Variant(families, models, parsed, blind != null && blind.asBoolean(),
                    evidence == null ? "" : evidence.asText(), cti == null ? "" : cti.asText(),
                    ctiOnly != null && ctiOnly.asBoolean());
        }

        private List<Step> steps(JsonNode array, String where) throws MacroFormatException {
            if (!array.isArray() || array.isEmpty()) {
                throw problem(0, where + "\"steps\" must be a non-empty array");
            }
            List<Step> out = new ArrayList<>();
            int i = 0;
            for (JsonNode n : array) {
                out.add(step(n, ++i, where));
            }
            return out;
        }

        private Step step(JsonNode n, int index, String where) throws MacroFormatException {
            if (!n.isObject()) {
                throw problem(index, where + "must be an object such as {\"key\": \"Settings\"}, found " + n);
            }
            String type = null;
            for (Map.Entry<String, JsonNode> e : n.properties()) {
                if (e.getKey().equals("comment")) {
                    continue;
                }
                if (!STEP_TYPES.contains(e.getKey())) {
                    throw problem(index, where + "unknown step type \"" + e.getKey() + "\"; expected one of "
                            + String.join(", ", STEP_TYPES));
                }
                if (type != null) {
                    throw problem(index, where + "has both \"" + type + "\" and \"" + e.getKey() + "\"; one step type per step");
                }
                type = e.getKey();
            }
            if (type == null) {
                throw problem(index, where + "names no step type; expected one of " + String.join(", ", STEP_TYPES));
            }
            JsonNode v = n.get(type);
            try {
                return switch (type) {
                    case "key" -> new Step.Key(stepText(v, index, where, type));
                    case "uri" -> new Step.Uri(stepText(v, index, where, type));
                    case "pause" -> new Step.Pause(millis(v, index, where, type));
                    case "waitScreenStable" -> new Step.WaitScreenStable(millis(v, index, where, type));
                    case "screenshot" -> new Step.Screenshot(v.isTextual() ? v.asText() : v.isBoolean() && v.asBoolean() ? ""
                            : failText(index, where, type));
                    case "itlErase" -> itlErase(stepText(v, index, where, type), index, where);
                    case "open" -> open(v, index, where);
                    default -> expect(v, index, where);
                };
            } catch (IllegalArgumentException e) {
                throw problem(index, where + "\"" + type + "\": " + e.getMessage());
            }
        }

        private Step expect(JsonNode v, int index, String where) throws MacroFormatException {
            if (!v.isObject() || v.size() != 1) {
                throw problem(index, where + "\"expectScreen\" must be an object with one of title, prompt, status, field"
                        + " mapped to a regular expression, e.g. {\"title\": \"ITL File\"}");
            }
            Map.Entry<String, JsonNode> e = v.properties().iterator().next();
            ScreenPart part = ScreenPart.byJsonName(e.getKey()).orElseThrow(() -> problem(index, where
                    + "\"expectScreen\" looks at \"" + e.getKey() + "\"; expected title, prompt, status or field"));
            if (!e.getValue().isTextual() || e.getValue().asText().isEmpty()) {
                throw problem(index, where + "\"expectScreen\" needs a non-empty pattern for " + e.getKey());
            }
            return new Step.ExpectScreen(part, e.getValue().asText());
        }

        private Step open(JsonNode v, int index, String where) throws MacroFormatException {
            List<String> labels = new ArrayList<>();
            if (v.isTextual()) {
                labels.add(v.asText());
            } else if (v.isArray()) {
                for (JsonNode l : v) {
                    if (!l.isTextual()) {
                        throw problem(index, where + "\"open\" labels must be strings, found " + l);
                    }
                    labels.add(l.asText());
                }
            } else {
                throw problem(index, where + "\"open\" must be a label or an array of labels, e.g. \"Admin settings\"");
            }
            return new Step.Open(labels);
        }

        private Step itlErase(String part, int index, String where) throws MacroFormatException {
            try {
                return new Step.ItlErase(Step.ItlErase.Part.valueOf(part.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw problem(index, where + "\"itlErase\" is \"" + part + "\"; expected navigate or confirm");
            }
        }

        private String stepText(JsonNode v, int index, String where, String type) throws MacroFormatException {
            if (!v.isTextual() || v.asText().isEmpty()) {
                return failText(index, where, type);
            }
            return v.asText();
        }

        private String failText(int index, String where, String type) throws MacroFormatException {
            throw problem(index, where + "\"" + type + "\" must be a non-empty string");
        }

        private long millis(JsonNode v, int index, String where, String type) throws MacroFormatException {
            if (!v.canConvertToLong() || !v.isIntegralNumber()) {
                throw problem(index, where + "\"" + type + "\" must be a whole number of milliseconds, found " + v);
            }
            return v.asLong();
        }

        private String text(JsonNode parent, String field, boolean required) throws MacroFormatException {
            JsonNode n = parent.get(field);
            if (n == null) {
                if (required) {
                    throw problem(0, "\"" + field + "\" is missing");
                }
                return "";
            }
            if (!n.isTextual()) {
                throw problem(0, "\"" + field + "\" must be a string, found " + n);
            }
            return n.asText();
        }

        private long number(JsonNode parent, String field, long dflt, long min, long max, int step) throws MacroFormatException {
            JsonNode n = parent.get(field);
            if (n == null) {
                return dflt;
            }
            if (!n.isIntegralNumber() || n.asLong() < min || n.asLong() > max) {
                throw problem(step, "\"" + field + "\" must be a whole number from " + min + " to " + max + ", found " + n);
            }
            return n.asLong();
        }

        private boolean bool(JsonNode parent, String field) throws MacroFormatException {
            JsonNode n = parent.get(field);
            if (n == null) {
                return false;
            }
            if (!n.isBoolean()) {
                throw problem(0, "\"" + field + "\" must be true or false, found " + n);
            }
            return n.asBoolean();
        }

        private List<String> strings(JsonNode parent, String field, int variant) throws MacroFormatException {
            JsonNode n = parent.get(field);
            List<String> out = new ArrayList<>();
            if (n == null) {
                return out;
            }
            String where = variant > 0 ? "variant " + variant + ": " : "";
            if (!n.isArray()) {
                throw problem(0, where + "\"" + field + "\" must be an array of strings");
            }
            for (JsonNode item : n) {
                if (!item.isTextual() || item.asText().isBlank()) {
                    throw problem(0, where + "\"" + field + "\" must be an array of non-empty strings, found " + item);
                }
                out.add(item.asText().strip());
            }
            return out;
        }

        private MacroFormatException problem(int step, String what) {
            return new MacroFormatException(source, step, what);
        }
    }
}
