package org.voicebench.phone.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * Layers profile data: family defaults, then the model's file, then the user's override. Objects
 * merge key by key, anything else replaces, and a JSON null removes the key (so a user can drop an
 * alias, or a page path the family gives).
 */
final class JsonMerge {

    private JsonMerge() {
    }

    /** Merges {@code top} into a copy of {@code base} and returns the copy; nulls in {@code top} remove keys. */
    static ObjectNode merge(ObjectNode base, ObjectNode top) {
        ObjectNode result = base.deepCopy();
        mergeInto(result, top, false);
        return result;
    }

    /**
     * Like {@link #merge}, but keeps the nulls of {@code top} as nulls: for stacking a user's model
     * file on a shipped one, so that a null still removes what the family file gives when the stack
     * is finally {@link #merge merged} onto it.
     */
    static ObjectNode stack(ObjectNode base, ObjectNode top) {
        ObjectNode result = base.deepCopy();
        mergeInto(result, top, true);
        return result;
    }

    private static void mergeInto(ObjectNode target, ObjectNode top, boolean keepNulls) {
        for (Map.Entry<String, JsonNode> e : top.properties()) {
            JsonNode value = e.getValue();
            JsonNode existing = target.get(e.getKey());
            if (value.isNull() && !keepNulls) {
                target.remove(e.getKey());
            } else if (value.isObject() && existing != null && existing.isObject()) {
                mergeInto((ObjectNode) existing, (ObjectNode) value, keepNulls);
            } else {
                target.set(e.getKey(), value.deepCopy());
            }
        }
    }
}
