package org.voicebench.phone.cucm;

import java.util.Objects;
import java.util.Optional;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

/**
 * A phone AXL lists, with what RIS says about it (null when RIS does not know it).
 *
 * @param device the AXL view: name, model, device pool
 * @param ris    the RIS view: registration, address, web server; null when not found
 */
public record DiscoveredPhone(AxlPhone device, RisDevice ris) {

    public DiscoveredPhone {
        Objects.requireNonNull(device, "device");
    }

    public String name() {
        return device.name();
    }

    public Registration registration() {
        return ris == null ? Registration.NOT_FOUND : ris.status();
    }

    public RisDevice.WebServer webServer() {
        return ris == null ? RisDevice.WebServer.UNKNOWN : ris.webServer();
    }

    /** Where its web server would listen, from RIS's address; empty when RIS gives none. */
    public Optional<PhoneAddress> address(int webPort) {
        if (ris == null || ris.ipAddress().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PhoneAddress(ris.ipAddress(), webPort));
    }

    /** An inventory entry: RIS's address, the device name, the device pool as group, AXL's model. */
    public Optional<PhoneEntry> entry(int webPort) {
        return address(webPort).map(a -> new PhoneEntry(a, device.name(), device.devicePool(), device.shortModel(), ""));
    }
}
