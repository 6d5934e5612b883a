package org.voicebench.phone.cucm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What RIS said about a list of device names.
 *
 * @param devices    per asked name (in the order asked) the device's current entry; names RIS does not know are absent
 * @param nodeErrors the nodes that did not answer for their devices (each node and code once)
 */
public record RisSelection(Map<String, RisDevice> devices, List<RisNodeError> nodeErrors) {

    public RisSelection {
        devices = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(devices, "devices")));
        nodeErrors = List.copyOf(nodeErrors);
    }
}
