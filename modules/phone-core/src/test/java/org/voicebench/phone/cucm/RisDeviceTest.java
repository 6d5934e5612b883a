package org.voicebench.phone.cucm;

import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** Of a device's entries on several nodes, the one that tells where it is now. */
class RisDeviceTest {

    private static RisDevice entry(String node, Registration status, long timeStamp) {
        return new RisDevice("SEP00BE75000001", status, "10.0.0.1", "36670", "", RisDevice.WebServer.ON, node, timeStamp);
    }

    @Test
    void theNewestTimeStampWinsWhateverItsStatus() {
        RisDevice old = entry("cucm-sub1", Registration.REGISTERED, 1_700_000_000L);
        RisDevice now = entry("cucm-sub2", Registration.UNREGISTERED, 1_700_000_600L);
        assertSame(now, RisDevice.current(old, now));
        assertSame(now, RisDevice.current(now, old));
    }

    @Test
    void asNewTheRegisteredOneWinsElseTheFirst() {
        RisDevice unregistered = entry("cucm-sub1", Registration.UNREGISTERED, 1_700_000_000L);
        RisDevice registered = entry("cucm-sub2", Registration.REGISTERED, 1_700_000_000L);
        assertSame(registered, RisDevice.current(unregistered, registered));
        assertSame(registered, RisDevice.current(registered, unregistered));
        RisDevice other = entry("cucm-pub", Registration.UNREGISTERED, 1_700_000_000L);
        assertSame(unregistered, RisDevice.current(unregistered, other));
    }
}
