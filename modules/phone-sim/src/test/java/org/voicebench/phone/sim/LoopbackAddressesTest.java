package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class LoopbackAddressesTest {

    private static String nth(String first, int n) throws Exception {
        return LoopbackAddresses.nth(InetAddress.getByName(first), n).getHostAddress();
    }

    @Test
    void countsUpSkippingNetworkAndBroadcastOctets() throws Exception {
        assertEquals("127.0.10.1", nth("127.0.10.1", 0));
        assertEquals("127.0.10.254", nth("127.0.10.1", 253));
        assertEquals("127.0.11.1", nth("127.0.10.1", 254));
        assertEquals("127.0.13.238", nth("127.0.10.1", 999));
        assertEquals("127.1.0.1", nth("127.0.255.254", 1));
    }

    @Test
    void refusesAnythingButLoopback() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> nth("10.0.0.1", 0));
        assertEquals("the lab binds loopback only: 10.0.0.1 is not in 127.0.0.0/8", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> nth("127.0.0.255", 0));
        assertThrows(IllegalArgumentException.class, () -> nth("127.255.255.254", 5));
    }

    @Test
    void parsesOnlyLoopbackLiteralsAndLooksNothingUp() {
        assertEquals("127.0.20.1", LoopbackAddresses.parse(" 127.0.20.1 ").getHostAddress());
        assertEquals("the lab binds loopback only: 10.1.1.1 is not in 127.0.0.0/8",
                assertThrows(IllegalArgumentException.class, () -> LoopbackAddresses.parse("10.1.1.1")).getMessage());
        for (String bad : new String[] {"localhost", "127.0.0", "127.0.0.256", "127.0.0.1.2", ""}) {
            assertEquals("not an IPv4 address: " + bad,
                    assertThrows(IllegalArgumentException.class, () -> LoopbackAddresses.parse(bad)).getMessage());
        }
    }
}
