package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.inventory.PhoneEntry;

class DiscoveryResultTest {

    private static DiscoveredPhone phone(String name, String ip, Registration status) {
        AxlPhone axl = new AxlPhone(name, "Cisco 8845", "", "DP-1", "SIP");
        return new DiscoveredPhone(axl, status == Registration.NOT_FOUND ? null
                : new RisDevice(name, status, ip, "36670", "", RisDevice.WebServer.ON, "cucm-pub", 1_700_000_000L));
    }

    @Test
    void entriesCarryAddressNameDevicePoolAndShortModel() {
        DiscoveryResult r = new DiscoveryResult(List.of(phone("SEPA", "10.0.0.1", Registration.REGISTERED)), 80, List.of());
        assertEquals(List.of(new PhoneEntry(PhoneAddress.of("10.0.0.1"), "SEPA", "DP-1", "8845", "")), r.entries());
    }

    @Test
    void oneEntryPerAddressTheRegisteredDeviceWinning() {
        DiscoveredPhone stale = phone("SEPOLD", "10.0.0.1", Registration.UNREGISTERED);
        DiscoveredPhone live = phone("SEPNEW", "10.0.0.1", Registration.REGISTERED);
        DiscoveredPhone unknown = phone("SEPGONE", "", Registration.NOT_FOUND);
        DiscoveryResult r = new DiscoveryResult(List.of(stale, live, unknown), 8080, List.of());
        assertEquals(List.of(new PhoneEntry(new PhoneAddress("10.0.0.1", 8080), "SEPNEW", "DP-1", "8845", "")), r.entries());
        assertEquals(List.of(stale, unknown), r.withoutEntry());
        assertEquals(1, r.inventory().size());
        assertEquals(Registration.NOT_FOUND, r.find("sepgone").orElseThrow().registration());
    }

    @Test
    void risWordsAreMapped() {
        assertEquals(Registration.UNREGISTERED, Registration.fromRis("UnRegistered"));
        assertEquals(Registration.PARTIALLY_REGISTERED, Registration.fromRis("PartiallyRegistered"));
        assertEquals(Registration.UNKNOWN, Registration.fromRis("Whatever"));
        assertEquals(RisDevice.WebServer.OFF, RisDevice.WebServer.fromRis("No"));
        assertEquals(RisDevice.WebServer.UNKNOWN, RisDevice.WebServer.fromRis(null));
    }
}
