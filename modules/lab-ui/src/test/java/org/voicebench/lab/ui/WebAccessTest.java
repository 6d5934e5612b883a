package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedPhone;

class WebAccessTest {

    @Test
    void enablesTheChosenPhonesWhoseWebAccessIsOff() throws Exception {
        PhoneConditions off = PhoneConditions.NORMAL.withWebAccess(false);
        try (PhoneLab lab = PhoneLab.builder().user("u", "p").firstAddress("127.0.154.1").add(2, "8845", off)
                .add(1, "7965").start()) {
            SimulatedPhone chosen = lab.phone(0);
            SimulatedPhone other = lab.phone(1);
            SimulatedPhone alreadyOn = lab.phone(2);
            assertFalse(Connections.accepts(chosen.address()), "web access off: nothing listens");

            List<SimulatedPhone> switched = WebAccess.enable(lab,
                    List.of(chosen.hostAndPort(), alreadyOn.hostAndPort(), "127.0.154.99:80"));

            assertEquals(List.of(chosen), switched, "only the chosen phone that was off");
            assertTrue(chosen.conditions().webAccess());
            assertTrue(Connections.accepts(chosen.address()), "its web server listens again at " + chosen.address());
            assertTrue(PhoneRow.of(chosen).webAccess(), "the table row shows it");
            assertFalse(other.conditions().webAccess(), "a phone not chosen keeps web access off");
            assertFalse(PhoneRow.of(other).webAccess());
            assertEquals(List.of(), WebAccess.enable(lab, List.of(chosen.hostAndPort())), "enabling again: no-op");
        }
    }
}
