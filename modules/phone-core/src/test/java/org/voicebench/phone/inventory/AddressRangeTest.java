package org.voicebench.phone.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddressRangeTest {

    private static List<String> all(AddressRange r) {
        List<String> out = new ArrayList<>();
        r.forEach(out::add);
        return out;
    }

    @Test
    void theThreeForms() {
        assertEquals(List.of("10.1.1.254", "10.1.1.255", "10.1.2.0", "10.1.2.1"), all(AddressRange.parse("10.1.1.254-10.1.2.1")));
        assertEquals(List.of("10.1.1.10", "10.1.1.11", "10.1.1.12"), all(AddressRange.parse("10.1.1.10-12")));
        AddressRange slash = AddressRange.parse("192.168.7.77/29");
        assertEquals(List.of("192.168.7.73", "192.168.7.74", "192.168.7.75", "192.168.7.76", "192.168.7.77",
                "192.168.7.78"), all(slash), "network and broadcast left out");
        assertEquals(254, AddressRange.parse("10.0.0.0/24").size());
        assertEquals(List.of("10.9.9.9"), all(AddressRange.parse(" 10.9.9.9 ")));
        assertEquals("10.1.1.10-10.1.1.12", AddressRange.parse("10.1.1.10-12").toString());
    }

    @Test
    void mistakesAreNamed() {
        for (String bad : new String[] {"10.1.1.300-10.1.1.310", "10.1.1.20-10", "10.1.1.1/8", "phones", "10.1.1/24",
            "10.0.0.0-10.2.0.0"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AddressRange.parse(bad), bad);
            assertTrue(e.getMessage().startsWith("address range \"" + bad + "\": "), e.getMessage());
        }
    }
}
