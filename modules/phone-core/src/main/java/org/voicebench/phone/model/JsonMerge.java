package org.voicebench.phone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Layers profile data: family defaults, then the model's file, then the user's override. Objects
 * merge key by key, anything else replaces, and a JSON null removes the key (so a user can drop an
 * alias).
 */
final class JsonMerge {

    private JsonMerge() {
    }

    /** Merges {@code top} into a copy of {@code base} and returns the copy. */
    static ObjectNode merge(ObjectNode base, ObjectNode top) {
        ObjectNode result = base.deepCopy();
        mergeInto(result, top);
        return result;
    }

    private static void mergeInto(ObjectNode target, ObjectNode top) {
        for (Map.Entry<String, JsonNode> e : top.properties()) {
            JsonNode value = e.getValue();
            JsonNode existing = target.get(e.getKey());
            if (value.isNull()) {
                target.remove(e.getKey());
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) value);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }
}
