package org.voicebench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneAddressTest {

    @Test
    void parsesHostsPortsAndIpv6() {
        assertEquals(new PhoneAddress("10.1.2.3", 80), PhoneAddress.parse("10.1.2.3"));
        assertEquals(new PhoneAddress("127.0.10.1", 8080), PhoneAddress.parse(" 127.0.10.1:8080 "));
        assertEquals(new PhoneAddress("sep001122aabbcc.lab", 80), PhoneAddress.parse("SEP001122AABBCC.lab"));
        assertEquals(new PhoneAddress("::1", 8080), PhoneAddress.parse("[::1]:8080"));
        assertEquals(new PhoneAddress("fe80::1", 80), PhoneAddress.parse("fe80::1"));
        assertEquals("http://[::1]:8080", PhoneAddress.parse("[::1]:8080").baseUrl());
        assertEquals("127.0.10.1:8080", PhoneAddress.parse("127.0.10.1:8080").toString());
        assertEquals(PhoneAddress.parse("[::1]:8080"), PhoneAddress.parse(PhoneAddress.parse("[::1]:8080").toString()));
    }

    @Test
    void rejectsNonsenseNamingIt() {
        for (String bad : new String[] {"", "host:0", "host:70000", "host:http", "[::1", "user@host", "a b", "host/path"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneAddress.parse(bad), bad);
            assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
        }
    }
}
