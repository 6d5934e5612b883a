package org.voicebench.phone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The profile facts that carry an {@link EvidenceLevel}, each with the JSON fields that state it.
 * Knowing the fields lets a user's correction be honest: a user file that changes a fact without
 * saying how the user knows it makes that fact {@code assumed}, because the shipped level was
 * earned by the shipped value, not by the user's.
 */
final class Facts {

    /** Fact name to the profile fields holding it, in the order people read them. */
    static final Map<String, List<String>> FIELDS = fields();

    private Facts() {
    }

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("screen", List.of("screen"));
        m.put("keys", List.of("fixedKeys", "navKeys", "softKeys", "lineKeys", "keyAliases"));
        m.put("itlEraseSequence", List.of("itlEraseSequence"));
        m.put("modeInfoPath", List.of("modeInfoPath"));
        m.put("networkSetupPath", List.of("networkSetupPath"));
        m.put("menuLabels", List.of("menuLabels"));
        m.put("bluetooth", List.of("bluetooth"));
        m.put("securityUnlockRequired", List.of("securityUnlockRequired"));
        m.put("background", List.of("background"));
        m.put("ringTones", List.of("ringTones"));
        m.put("personalizationRefusal", List.of("personalizationRefusal"));
        return Collections.unmodifiableMap(m);
    }

    /** True for a fact name a profile may state evidence for. */
    static boolean known(String fact) {
        return FIELDS.containsKey(fact);
    }

    /**
     * A user's profile layer with {@code "assumed"} added as the evidence of every fact it sets
     * without stating its evidence. A malformed {@code evidence} field is left for the reader to
     * report with the file's name.
     */
    static ObjectNode userLayer(ObjectNode node) {
        JsonNode stated = node.get("evidence");
        if (stated != null && !stated.isObject()) {
            return node;
        }
        ObjectNode result = node.deepCopy();
        ObjectNode evidence = stated == null ? result.putObject("evidence") : (ObjectNode) result.get("evidence");
        for (Map.Entry<String, List<String>> fact : FIELDS.entrySet()) {
            boolean set = fact.getValue().stream().anyMatch(node::has);
            if (set && !evidence.has(fact.getKey())) {
                evidence.put(fact.getKey(), EvidenceLevel.ASSUMED.jsonName());
            }
        }
        if (evidence.isEmpty()) {
            result.remove("evidence");
        }
        return result;
    }
}
