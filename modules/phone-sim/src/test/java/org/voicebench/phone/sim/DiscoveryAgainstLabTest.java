package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.DiscoveredPhone;
import org.voicebench.phone.cucm.Discovery;
import org.voicebench.phone.cucm.DiscoveryResult;
import org.voicebench.phone.cucm.Registration;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisDevice;
import org.voicebench.phone.inventory.PhoneEntry;
import org.voicebench.phone.inventory.PhoneInventory;

/**
 * Discovery end to end: a phone lab (each phone on its own 127.0.17.x, all on one web port, as real
 * phones share port 80) registered to a simulated two-node cluster, found through AXL and RIS with
 * one rate-limit fault on the way, becomes the right phone inventory.
 */
class DiscoveryAgainstLabTest {

    @Test
    void theLabsPhonesBecomeTheInventory() throws Exception {
        InetAddress first = InetAddress.getByName("127.0.17.1");
        assumeTrue(LoopbackAddresses.canBind(first), "this system has no 127.0.17.x loopback addresses");
        int webPort = LoopbackAddresses.freePort(first);
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(17)
                .firstAddress("127.0.23.201").freePorts().start();
             PhoneLab lab = PhoneLab.builder().user("admin", "pw").firstAddress("127.0.17.1").port(webPort)
                     .rebootTime(Duration.ofSeconds(30))
                     .add(3, "7965").add(2, "8845").add(1, "8845", PhoneConditions.NORMAL.withWebAccess(false)).start()) {
            CucmDevice notInRis = CucmDevice.registered("SEPDEAD00000001", "Cisco 8811", "DP-Branch", "", "cucm-pub")
                    .withStatus(null);
            CucmDevice gateway = CucmDevice.registered("AN0011223344", "Cisco VG400", "DP-HQ", "10.9.9.9", "cucm-pub");
            SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user("axl", "pw2")
                    .phones(lab, "DP-HQ").devices(List.of(notInRis, gateway)).rateLimitFirst(1));
            RisWaitLog waits = new RisWaitLog();
            DiscoveryResult result;
            DiscoveryResult afterReboot;
            try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(),
                    CucmTrust.pinned(CucmTrust.fingerprint(api.certificate()))).withPort(api.port()),
                    CucmCredentialsProvider.fixed(new PhoneCredentials("axl", "pw2".toCharArray())))) {
                Discovery discovery = new Discovery(new AxlClient(s, 4, 10), waits.noSleeping(RisClient.builder(s)).build(),
                        webPort);
                result = discovery.discover("SEP%");
                lab.phone(1).reboot(); // unregistered until it is back
                afterReboot = discovery.discover("SEP%");
            }
            assertEquals(Registration.REGISTERED, result.find(lab.phone(1).name()).orElseThrow().registration());
            assertEquals(Registration.UNREGISTERED, afterReboot.find(lab.phone(1).name()).orElseThrow().registration());
            assertEquals(List.of("0/4", "4/4", "0/4", "4/4"), api.axlPages()); // 7 SEP devices: a full page, then a short one

            assertEquals(1, waits.rateLimited.size());
            assertEquals(7, result.phones().size()); // 6 lab phones and the one RIS does not know; not the gateway
            List<PhoneEntry> expected = new ArrayList<>();
            for (SimulatedPhone p : lab.phones()) {
                expected.add(new PhoneEntry(new PhoneAddress(p.address().getAddress().getHostAddress(), webPort), p.name(),
                        "DP-HQ", p.profile().model(), ""));
            }
            assertEquals(PhoneInventory.of(expected, java.util.Map.of()), result.inventory());
            for (SimulatedPhone p : lab.phones()) {
                assertEquals(new PhoneAddress(p.address().getAddress().getHostAddress(), p.address().getPort()),
                        result.find(p.name()).orElseThrow().address(webPort).orElseThrow(),
                        "the entry must reach the phone's own web server");
            }
            DiscoveredPhone webOff = result.find(lab.phone(5).name()).orElseThrow();
            assertEquals(RisDevice.WebServer.OFF, webOff.webServer());
            assertEquals(Registration.REGISTERED, webOff.registration());
            assertEquals("cucm-sub1", webOff.ris().node());
            assertEquals(RisDevice.WebServer.ON, result.find(lab.phone(0).name()).orElseThrow().webServer());
            DiscoveredPhone unknown = result.find("SEPDEAD00000001").orElseThrow();
            assertEquals(Registration.NOT_FOUND, unknown.registration());
            assertEquals(List.of(unknown), result.withoutEntry());
            assertEquals("8811", unknown.device().shortModel());
        }
    }
}
