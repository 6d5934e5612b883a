package org.voicebench.phone;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A phone's {@code /NetworkConfigurationX}: every field as sent (nested elements flattened as
 * {@code parent.child}).
 *
 * @param fields every field in document order
 */
public record NetworkConfiguration(Map<String, String> fields) {

    public NetworkConfiguration {
        fields = XmlFields.unmodifiable(fields);
    }

    /** A field by name, ignoring case; null when absent. */
    public String field(String name) {
        return XmlFields.get(fields, name);
    }

    /**
     * The fields about the phone's trust lists: names containing ITL, CTL or Trust (the exact
     * names vary by firmware), e.g. the installed ITL's signature or hash.
     */
    public Map<String, String> trustFields() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String k = e.getKey().toUpperCase(Locale.ROOT);
            if (k.contains("ITL") || k.contains("CTL") || k.contains("TRUST")) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
