package org.voicebench.phone.cucm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;

/**
 * What a {@link Discovery} found: every phone AXL listed (in AXL's order) with its RIS state.
 *
 * @param phones     the phones
 * @param webPort    the port the inventory entries use (80 for real phones)
 * @param nodeErrors the CUCM nodes that did not answer RIS for their devices: phones registered there
 *                   may show no state or an older one
 */
public record DiscoveryResult(List<DiscoveredPhone> phones, int webPort, List<RisNodeError> nodeErrors) {

    public DiscoveryResult {
        phones = List.copyOf(phones);
        nodeErrors = List.copyOf(nodeErrors);
    }

    /**
     * One inventory entry per address. Where two devices report the same address (a phone
     * re-registered under another name), the registered one wins; the other is in {@link #withoutEntry()}.
     */
    public List<PhoneEntry> entries() {
        return new ArrayList<>(byAddress().values().stream().map(p -> p.entry(webPort).orElseThrow()).toList());
    }

    /** The entries as an inventory, without group users (the engineer sets those). */
    public PhoneInventory inventory() {
        return PhoneInventory.of(entries(), Map.of());
    }

    /** Phones without an entry: RIS gave no address, or another device holds theirs. */
    public List<DiscoveredPhone> withoutEntry() {
        Map<PhoneAddress, DiscoveredPhone> kept = byAddress();
        return phones.stream().filter(p -> !kept.containsValue(p)).toList();
    }

    /** The discovered phone of a device name (ignoring case). */
    public Optional<DiscoveredPhone> find(String name) {
        return phones.stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    private Map<PhoneAddress, DiscoveredPhone> byAddress() {
        Map<PhoneAddress, DiscoveredPhone> out = new LinkedHashMap<>();
        for (DiscoveredPhone p : phones) {
            Optional<PhoneAddress> a = p.address(webPort);
            if (a.isEmpty()) {
                continue;
            }
            DiscoveredPhone held = out.get(a.get());
            if (held == null || (held.registration() != Registration.REGISTERED
                    && p.registration() == Registration.REGISTERED)) {
                out.put(a.get(), p);
            }
        }
        return out;
    }
}
