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
import org.voicebench.lab.ui.api.ClusterDescription;
import org.voicebench.lab.ui.api.ClusterNodeDescription;
import org.voicebench.lab.ui.api.CucmEndpoint;
import org.voicebench.lab.ui.api.LabPhone;
import org.voicebench.lab.ui.api.PhoneLabService;
import org.voicebench.lab.ui.api.TlsEndpoint;
import org.voicebench.phone.PhoneAddress;
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
        service.addChangeListener(e -> phonesSeen.add(service.phones().size()));
        char[] password = DemoStarter.randomPassword();
        StartedLab started = DemoStarter.start(new DemoLab.Options(new String(password))
                .firstPhoneAddress("127.0.150.1").clusterFirstAddress("127.0.151.1"), "demo-user", true);
        service.publish(started.run());

        PhoneLabService api = service;
        assertEquals(20, api.phones().size());
        assertEquals(List.of(20), phonesSeen, "listeners see the demo's 20 phones");
        SimulatedCluster cluster = service.simulatedCluster().orElseThrow();
        assertEquals(3, api.cluster().orElseThrow().nodes().size());
        assertEquals(3, cluster.nodes().size());
        assertEquals(ClusterScenario.CALLMANAGER_REGENERATED, cluster.scenario());
        PhoneCredentials credentials = api.credentials().orElseThrow();
        assertEquals("demo-user", credentials.user());
        assertArrayEquals(password, credentials.password());
        SimulatedCucmApi cucm = service.run().orElseThrow().cucmApi();
        CucmEndpoint endpoint = api.cluster().orElseThrow().cucmApi().orElseThrow();
        assertEquals("127.0.151.1:" + cucm.port(), endpoint.hostAndPort(), "the AXL/RIS API listens on the publisher");
        assertEquals("demo-user", endpoint.user());
        assertTrue(endpoint.fingerprint().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), endpoint.fingerprint());
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
                && report.contains(own.conditions().ownPassword()), report);
        assertTrue(report.contains("AXL/RIS: " + cucm.host() + ":" + cucm.port()), "DemoLab.describe() is in it");

        List<InetSocketAddress> listening = new ArrayList<>();
        phones.stream().filter(p -> p.conditions().webAccess()).map(SimulatedPhone::address).forEach(listening::add);
        listening.add(cucm.address());
        for (ClusterNode n : cluster.nodes()) {
            listening.add(n.endpoint(SimulatedCluster.Service.TVS));
        }
        listening.forEach(a -> assertTrue(Connections.accepts(a), "listens before the stop: " + a));

        assertSame(started.run(), service.stop().orElseThrow());
        assertTrue(service.run().isEmpty() && service.phones().isEmpty() && service.cluster().isEmpty()
                && service.credentials().isEmpty());
        assertEquals(List.of(20, 0), phonesSeen);
        listening.forEach(a -> assertFalse(Connections.accepts(a), "released after the stop: " + a));
    }

    @Test
    void aRandomPasswordIsLongAndNewEachTime() {
        char[] one = DemoStarter.randomPassword();
        char[] two = DemoStarter.randomPassword();
        assertEquals(16, one.length);
        assertNotEquals(new String(one), new String(two));
    }

    @Test
    void aNormalLabIsDescribedWithoutACucmApi() throws Exception {
        RunningLab service = new RunningLab();
        LabSettings s = new LabSettings(1, List.of("7965"), "127.0.150.101", 0, "u", "");
        service.publish(LabStarter.start(s, new ClusterSettings(1, "baseline", false, false), "p".toCharArray(),
                m -> { }));
        try {
            SimulatedCluster cluster = service.simulatedCluster().orElseThrow();
            ClusterDescription described = service.cluster().orElseThrow();
            assertTrue(described.cucmApi().isEmpty());
            ClusterNode node = cluster.publisher();
            ClusterNodeDescription publisher = described.publisher();
            assertEquals(List.of(node.name(), node.fqdn(), node.itlHttpUrl(), node.itlTftpUrl()),
                    List.of(publisher.name(), publisher.fqdn(), publisher.itlHttpUrl(), publisher.itlTftpUrl()));
            assertArrayEquals(cluster.baselineItl(node.name()), publisher.baselineItl());
            assertEquals(List.of(new TlsEndpoint("CallManager", node.hostAndPort(SimulatedCluster.Service.SIP_TLS)),
                    new TlsEndpoint("TVS", node.hostAndPort(SimulatedCluster.Service.TVS)),
                    new TlsEndpoint("CAPF", node.hostAndPort(SimulatedCluster.Service.CAPF))), publisher.tlsEndpoints());
            SimulatedPhone phone = service.current().orElseThrow().phone(0);
            assertEquals(List.of(new LabPhone(PhoneAddress.parse(phone.hostAndPort()), phone.name(),
                    phone.profile().model())), service.phones());
        } finally {
            service.stop();
        }
    }
}
