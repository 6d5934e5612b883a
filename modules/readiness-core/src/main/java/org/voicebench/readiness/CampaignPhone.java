package org.voicebench.readiness;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One phone of the access campaign, as the journal holds it.
 *
 * @param device   CUCM device name
 * @param address  its web address ({@code host:port}), "" when unknown
 * @param original its whole vendorConfig before the campaign, in CUCM's order: what restore puts back
 * @param desired  its whole vendorConfig during the change
 * @param changes  what differs, in words: {@code Web Access DISABLED -> ENABLED}
 * @param state    where it is
 * @param note     why (NOT_TAKEN, FAILED), else ""
 */
public record CampaignPhone(String device, String address, Map<String, String> original, Map<String, String> desired,
                            List<String> changes, CampaignState state, String note) {

    public CampaignPhone {
        Objects.requireNonNull(device, "device");
        address = address == null ? "" : address;
        original = Collections.unmodifiableMap(new LinkedHashMap<>(original));
        desired = Collections.unmodifiableMap(new LinkedHashMap<>(desired));
        changes = List.copyOf(changes);
        Objects.requireNonNull(state, "state");
        note = note == null ? "" : note;
    }

    public CampaignPhone with(CampaignState value, String why) {
        return new CampaignPhone(device, address, original, desired, changes, value, why);
    }
}
