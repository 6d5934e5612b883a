package org.voicebench.phone.cucm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A phone's product-specific configuration as AXL {@code getPhone} returns it ({@code vendorConfig}): each
 * first-level element with its text, in CUCM's order. {@code updatePhone} is sent the whole map, as CUCM is taken
 * to replace the whole {@code vendorConfig} (see {@link ProductSettings}).
 *
 * @param name         device name, e.g. {@code SEP00BE75000001}
 * @param model        product name, e.g. {@code Cisco 8845} ("" when not returned)
 * @param vendorConfig element name to text, in order; unmodifiable
 */
public record PhoneVendorConfig(String name, String model, Map<String, String> vendorConfig) {

    public PhoneVendorConfig {
        Objects.requireNonNull(name, "name");
        model = model == null ? "" : model;
        vendorConfig = Collections.unmodifiableMap(new LinkedHashMap<>(vendorConfig));
    }

    /** The text of one element, or null when the phone's configuration has none. */
    public String value(String element) {
        return vendorConfig.get(element);
    }

    /** The same configuration with one element set (added at the end when new). */
    public Map<String, String> with(String element, String value) {
        Map<String, String> out = new LinkedHashMap<>(vendorConfig);
        out.put(element, value);
        return out;
    }
}
