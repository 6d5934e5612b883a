package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.inventory.AddressRange;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.RangeScan;

/** A range scan over a phone lab: phones found with name and model, empty addresses and a phone with web access off silent. */
class RangeScanAgainstLabTest {

    @Test
    void findsThePhonesOfARangeAtTheGivenPace() throws Exception {
        InetAddress first = InetAddress.getByName("127.0.61.1");
        assumeTrue(LoopbackAddresses.canBind(first), "127.0.61.x cannot be bound here (only 127.0.0.1 is loopback)");
        int port = LoopbackAddresses.freePort(first);
        PhoneConditions webOff = PhoneConditions.NORMAL.withWebAccess(false);
        try (PhoneLab lab = PhoneLab.builder().firstAddress("127.0.61.1").port(port).add(2, "8845").add(1, "7965", webOff)
                .add(1, "7841").start();
             PhoneClient client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                     .withResponseTimeout(Duration.ofSeconds(5)), phone -> java.util.Optional.empty())) {
            List<PhoneEntry> heard = new CopyOnWriteArrayList<>();
            RangeScan scan = new RangeScan(client, port, 2, 20, Duration.ofSeconds(7));
            long start = System.nanoTime();

            RangeScan.Result r = scan.scan(AddressRange.parse("127.0.61.1-6"), heard::add);

            long elapsedMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(6, r.probed());
            assertEquals(3, r.silent(), "the phone with web access off and two empty addresses");
            assertEquals(List.of("127.0.61.1", "127.0.61.2", "127.0.61.4"),
                    r.phones().stream().map(e -> e.address().host()).toList(), "in address order");
            assertEquals(lab.phone(0).name(), r.phones().get(0).name());
            assertTrue(r.phones().get(2).model().contains("7841"), r.phones().get(2).model());
            assertEquals(3, heard.size());
            assertTrue(elapsedMs >= 5 * 50, "6 probes at 20 a second take at least 250 ms: " + elapsedMs);
        }
    }
}
