package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.sim.ClusterNode;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.DemoLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCucmApi;
import org.voicebench.phone.sim.SimulatedPhone;

/** The demo lab started through the Phone Lab's service: published like a lab, stopped entirely. */
class DemoStarterTest {

    @Test
    void theDemoIsPublishedWithItsClusterCredentialsAndApiAndStopReleasesEveryPort() throws Exception {
        RunningLab service = new RunningLab();
        List<Integer> phonesSeen = new ArrayList<>();
        // what the Phones window's Lab group reads on every change
        service.addChangeListener(e -> phonesSeen.add(service.current().map(l -> l.phones().size()).orElse(0)));
        char[] password = DemoStarter.randomPassword();
        StartedLab started = DemoStarter.start(new DemoLab.Options(new String(password))
                .firstPhoneAddress("127.0.150.1").clusterFirstAddress("127.0.151.1"), "demo-user", true);
        service.publish(started.run());

        PhoneLabService api = service;
        assertEquals(20, api.current().orElseThrow().phones().size());
        assertEquals(List.of(20), phonesSeen, "listeners see the demo's 20 phones");
        SimulatedCluster cluster = api.cluster().orElseThrow();
        assertEquals(3, cluster.nodes().size());
        assertEquals(ClusterScenario.CALLMANAGER_REGENERATED, cluster.scenario());
        PhoneCredentials credentials = api.credentials().orElseThrow();
        assertEquals("demo-user", credentials.user());
        assertArrayEquals(password, credentials.password());
        SimulatedCucmApi cucm = api.cucmApi().orElseThrow();
        assertEquals("127.0.151.1", cucm.host(), "the AXL/RIS API listens on the publisher");
        assertEquals(20, cucm.devices().size());
        assertTrue(Connections.accepts(cucm.address()), "AXL/RIS listens at " + cucm.address());

        String report = String.join("\n", started.report());
        assertFalse(report.contains(new String(password)), "the report never shows the lab's password");
        assertTrue(report.contains("Tools > Trust Audit"), report);
        assertTrue(report.contains("user demo-user with a random password"), report);
        List<SimulatedPhone> phones = api.current().orElseThrow().phones();
        SimulatedPhone webOff = phones.stream().filter(p -> !p.conditions().webAccess()).findFirst().orElseThrow();
        SimulatedPhone own = phones.stream().filter(p -> p.conditions().ownPassword() != null).findFirst().orElseThrow();
        assertTrue(report.contains("The phone at " + webOff.hostAndPort() + " has web access off"), report);
        assertTrue(report.contains("The phone at " + own.hostAndPort() + " accepts only its own password")
                && report.contains(DemoLab.OWN_PASSWORD), report);
        assertTrue(report.contains("AXL/RIS: " + cucm.host() + ":" + cucm.port()), "DemoLab.describe() is in it");

        List<InetSocketAddress> listening = new ArrayList<>();
        phones.stream().filter(p -> p.conditions().webAccess()).map(SimulatedPhone::address).forEach(listening::add);
        listening.add(cucm.address());
        for (ClusterNode n : cluster.nodes()) {
            listening.add(n.endpoint(SimulatedCluster.Service.TVS));
        }
        listening.forEach(a -> assertTrue(Connections.accepts(a), "listens before the stop: " + a));

        assertSame(started.run(), service.stop().orElseThrow());
        assertTrue(service.cucmApi().isEmpty() && service.cluster().isEmpty() && service.credentials().isEmpty());
        assertEquals(List.of(20, 0), phonesSeen);
        listening.forEach(a -> assertFalse(Connections.accepts(a), "released after the stop: " + a));
    }

    @Test
    void aRandomPasswordIsLongAndNewEachTime() {
        char[] one = DemoStarter.randomPassword();
        char[] two = DemoStarter.randomPassword();
        assertEquals(16, one.length);
        assertNotEquals(new String(one), new String(two));
        assertNotEquals(DemoLab.OWN_PASSWORD, new String(one));
    }

    @Test
    void aNormalLabHasNoCucmApi() throws Exception {
        RunningLab service = new RunningLab();
        LabSettings s = new LabSettings(1, List.of("7965"), "127.0.150.101", 0, "u", "");
        service.publish(LabStarter.start(s, new ClusterSettings(1, "baseline", false, false), "p".toCharArray(),
                m -> { }));
        try {
            assertTrue(service.cluster().isPresent());
            assertTrue(service.cucmApi().isEmpty());
        } finally {
            service.stop();
        }
    }
}
