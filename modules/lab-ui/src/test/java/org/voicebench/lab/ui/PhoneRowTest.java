package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

class PhoneRowTest {

    @Test
    void rowShowsThePhoneAndItsItlStateAsItChanges() throws Exception {
        try (PhoneLab lab = PhoneLab.builder().user("u", "p").firstAddress("127.0.78.61").add(1, "7975").start()) {
            SimulatedPhone p = lab.phone(0);
            PhoneRow row = PhoneRow.of(p);
            assertEquals(p.hostAndPort(), row.address());
            assertTrue(row.model().contains("7975"), row.model());
            assertEquals("SEP" + p.mac(), row.name());
            assertEquals("present (SHA-1 " + p.itlSha1().orElseThrow().substring(0, 8) + "\u2026)", row.itl());
            assertFalse(row.rebooting());

            p.installItl(null);
            assertEquals("none", PhoneRow.of(p).itl());
        }
    }

    @Test
    void exitStopsTheRunningLab() throws Exception {
        RunningLab service = RunningLab.getDefault();
        PhoneLab lab = PhoneLab.builder().user("u", "p").firstAddress("127.0.78.71").add(1, "8845").start();
        InetSocketAddress address = lab.phone(0).address();
        service.publish(lab);
        new StopLabOnExit().run();
        assertTrue(service.current().isEmpty());
        assertFalse(Connections.accepts(address), "the lab's phone refuses after exit: " + address);
    }
}
