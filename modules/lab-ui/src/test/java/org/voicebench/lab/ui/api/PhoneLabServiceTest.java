package org.voicebench.lab.ui.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import javax.swing.event.ChangeListener;
import org.junit.jupiter.api.Test;
import org.voicebench.lab.ui.Connections;
import org.voicebench.lab.ui.RunningLab;
import org.voicebench.phone.sim.PhoneLab;

class PhoneLabServiceTest {

    @Test
    void theModulesServiceIsRegistered() {
        assertTrue(PhoneLabService.getDefault() instanceof RunningLab, PhoneLabService.getDefault().getClass().getName());
        assertSame(PhoneLabService.getDefault(), RunningLab.getDefault());
    }

    @Test
    void publishAndStopAreSeenByListenersAndStopClosesTheLab() throws Exception {
        RunningLab service = new RunningLab();
        List<Boolean> seen = new ArrayList<>();
        ChangeListener listener = e -> seen.add(service.current().isPresent());
        service.addChangeListener(listener);
        assertTrue(service.current().isEmpty());

        PhoneLab lab = PhoneLab.builder().user("u", "p").firstAddress("127.0.78.41").add(1, "8861").start();
        InetSocketAddress address = lab.phone(0).address();
        service.publish(lab);
        assertSame(lab, service.current().orElseThrow());
        assertThrows(IllegalStateException.class, () -> service.publish(lab), "one lab at a time");

        assertSame(lab, service.stop().orElseThrow().phones());
        assertTrue(service.current().isEmpty());
        assertFalse(Connections.accepts(address), "the stopped lab's phone refuses " + address);
        assertTrue(service.stop().isEmpty(), "stopping again is a no-op");
        assertEquals(List.of(true, false), seen);

        service.removeChangeListener(listener);
        try (PhoneLab other = PhoneLab.builder().user("u", "p").firstAddress("127.0.78.42").add(1, "7965").start()) {
            service.publish(other);
            service.stop();
        }
        assertEquals(2, seen.size(), "a removed listener hears nothing");
    }
}
