package org.voicebench.phone.cucm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.model.EvidenceLevel;

/**
 * Where a phone's Web Access, Settings Access and Authentication URL sit in AXL's {@code vendorConfig}, and what
 * their values mean. Kept as data ({@code product-settings.json}, replaceable by a file of the same shape) because
 * only the element names are seen in public material: the value codes are <b>assumed</b> until a capture of a real
 * CUCM says otherwise, and every reader names the evidence.
 */
public final class ProductSettings {

    /**
     * One setting.
     *
     * @param element         the vendorConfig element
     * @param elementEvidence how the element's name is known
     * @param values          code to meaning (empty for a free-text setting such as a URL)
     * @param valuesEvidence  how the codes are known
     */
    public record Setting(String element, EvidenceLevel elementEvidence, Map<String, AccessLevel> values,
                          EvidenceLevel valuesEvidence) {

        public Setting {
            Objects.requireNonNull(element, "element");
            values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }

        /** The meaning of the value in a phone's configuration; empty when absent or not a known code. */
        public Optional<AccessLevel> read(PhoneVendorConfig config) {
            String v = config.value(element);
            return v == null ? Optional.empty() : Optional.ofNullable(values.get(v.strip()));
        }

        /** The code meaning {@code level}. */
        public String code(AccessLevel level) {
            return values.entrySet().stream().filter(e -> e.getValue() == level).map(Map.Entry::getKey).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(element + " has no code for " + level));
        }

        /** The weaker of the two evidence levels, for messages: {@code "assumed"}. */
        public String evidence() {
            EvidenceLevel weaker = valuesEvidence.compareTo(elementEvidence) > 0 ? valuesEvidence : elementEvidence;
            return weaker.jsonName();
        }
    }

    private static final String BUILT_IN = "product-settings.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Setting webAccess;
    private final Setting settingsAccess;
    private final Setting authenticationUrl;
    private final EvidenceLevel replacesWhole;

    private ProductSettings(Setting webAccess, Setting settingsAccess, Setting authenticationUrl,
            EvidenceLevel replacesWhole) {
        this.webAccess = webAccess;
        this.settingsAccess = settingsAccess;
        this.authenticationUrl = authenticationUrl;
        this.replacesWhole = replacesWhole;
    }

    /** The settings shipped with VoiceBench. */
    public static ProductSettings builtIn() {
        try (InputStream in = ProductSettings.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing from phone-core");
            }
            return parse(JSON.readTree(in), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(BUILT_IN + " cannot be read", e);
        }
    }

    /**
     * A user's corrected settings, in the shape of the built-in file.
     *
     * @throws IOException naming the file and what is wrong
     */
    public static ProductSettings read(Path file) throws IOException {
        try {
            return parse(JSON.readTree(Files.readAllBytes(file)), file.toString());
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    public Setting webAccess() {
        return webAccess;
    }

    public Setting settingsAccess() {
        return settingsAccess;
    }

    public Setting authenticationUrl() {
        return authenticationUrl;
    }

    /** How it is known that {@code updatePhone} replaces the whole vendorConfig (so it is always sent whole). */
    public EvidenceLevel updateReplacesWhole() {
        return replacesWhole;
    }

    private static ProductSettings parse(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(source + ": not a JSON object");
        }
        return new ProductSettings(setting(root, "webAccess", source), setting(root, "settingsAccess", source),
                setting(root, "authenticationUrl", source), level(root.path("updateReplacesWholeVendorConfig"), source));
    }

    private static Setting setting(JsonNode root, String name, String source) {
        JsonNode n = root.get(name);
        if (n == null || !n.path("element").isTextual() || n.path("element").asText().isBlank()) {
            throw new IllegalArgumentException(source + ": \"" + name + "\" needs an \"element\"");
        }
        Map<String, AccessLevel> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = n.path("values").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                values.put(e.getKey(), AccessLevel.valueOf(e.getValue().asText().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException bad) {
                throw new IllegalArgumentException(source + ": \"" + name + "\" value " + e.getKey() + " means \""
                        + e.getValue().asText() + "\", not ENABLED, RESTRICTED or DISABLED", bad);
            }
        }
        return new Setting(n.get("element").asText().strip(), level(n.path("elementEvidence"), source), values,
                n.has("valuesEvidence") ? level(n.get("valuesEvidence"), source) : EvidenceLevel.ASSUMED);
    }

    /** A level, {@code assumed} when not stated (a fact nobody vouched for). */
    private static EvidenceLevel level(JsonNode n, String source) {
        if (n == null || n.isMissingNode() || n.isNull()) {
            return EvidenceLevel.ASSUMED;
        }
        try {
            return EvidenceLevel.parse(n.asText());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
    }
}
