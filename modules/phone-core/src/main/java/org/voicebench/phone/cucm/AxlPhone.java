package org.voicebench.phone.cucm;

import java.util.Objects;

/**
 * A phone as AXL {@code listPhone} lists it.
 *
 * @param name        device name, e.g. {@code SEP00BE75000001}
 * @param model       product name, e.g. {@code Cisco 8845}
 * @param description free text ("" when none)
 * @param devicePool  device pool name ("" when none)
 * @param protocol    {@code SIP} or {@code SCCP} ("" when not returned)
 */
public record AxlPhone(String name, String model, String description, String devicePool, String protocol) {

    public AxlPhone {
        Objects.requireNonNull(name, "name");
        model = model == null ? "" : model;
        description = description == null ? "" : description;
        devicePool = devicePool == null ? "" : devicePool;
        protocol = protocol == null ? "" : protocol;
    }

    /** The model without the {@code Cisco } prefix ({@code 8845}), as the phone inventory and model profiles take it. */
    public String shortModel() {
        return model.regionMatches(true, 0, "Cisco ", 0, 6) ? model.substring(6).strip() : model;
    }
}
