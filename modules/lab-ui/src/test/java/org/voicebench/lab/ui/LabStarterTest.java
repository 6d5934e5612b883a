package org.voicebench.lab.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.sim.ClusterScenario;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedPhone;

class LabStarterTest {

    private static final ClusterSettings NO_CLUSTER = new ClusterSettings(0, "baseline", false, false);

    @Test
    void phonesHoldTheClusterBaselineAndTheScenarioMakesThemStale() throws Exception {
        LabSettings s = new LabSettings(2, List.of("7965"), "127.0.78.61", 0, "u", "");
        ClusterSettings c = new ClusterSettings(2, "callmanager-regenerated", false, true);
        try (LabRun run = LabStarter.start(s, c, "p".toCharArray(), m -> { })) {
            SimulatedCluster cluster = run.clusterIfAny().orElseThrow();
            assertEquals("u", run.credentials().user());
            assertArrayEquals("p".toCharArray(), run.credentials().password(), "the lab's own password, in memory");
            assertEquals(2, cluster.nodes().size());
            assertEquals(ClusterScenario.CALLMANAGER_REGENERATED, cluster.scenario());
            assertTrue(cluster.mixedMode());
            for (SimulatedPhone phone : run.phones().phones()) {
                assertTrue(phone.hasItl(), phone.name());
                assertArrayEquals(cluster.baselineItl(cluster.phoneNode(phone.index()).name()), phone.itl().orElseThrow(),
                        "yesterday's ITL of its node on " + phone.name());
            }
            assertFalse(java.util.Arrays.equals(cluster.baselineItl(), cluster.currentItl()),
                    "the regenerated cluster serves a new ITL");
        }
    }

    @Test
    void modelsAreGivenToThePhonesInTurn() throws Exception {
        LabSettings s = new LabSettings(4, List.of("7965", "8845"), "127.0.78.1", 0, "u", "");
        try (PhoneLab lab = LabStarter.start(s, NO_CLUSTER, "p".toCharArray(), m -> { }).phones()) {
            List<String> models = lab.phones().stream().map(SimulatedPhone::modelNumber).toList();
            assertEquals(4, models.size());
            assertTrue(models.get(0).contains("7965") && models.get(2).contains("7965"), models.toString());
            assertTrue(models.get(1).contains("8845") && models.get(3).contains("8845"), models.toString());
        }
    }

    @Test
    void faultsFromTheFormReachThePhones() throws Exception {
        LabSettings s = new LabSettings(2, List.of("8845"), "127.0.78.41", 0, "u", "weblock=1");
        try (PhoneLab lab = LabStarter.start(s, NO_CLUSTER, "p".toCharArray(), m -> { }).phones()) {
            for (SimulatedPhone phone : lab.phones()) {
                assertFalse(phone.conditions().webAccess(), "web access is off on " + phone.name());
                assertFalse(Connections.accepts(phone.address()), "no web server answers on " + phone.address());
            }
        }
    }

    @Test
    void aBusyPortFallsBackToFreePortsAndSaysSo() throws Exception {
        InetAddress first = InetAddress.getByName("127.0.78.21");
        try (ServerSocket busy = new ServerSocket(0, 1, first)) {
            LabSettings s = new LabSettings(1, List.of("7841"), "127.0.78.21", busy.getLocalPort(), "u", "");
            List<String> log = new ArrayList<>();
            try (PhoneLab lab = LabStarter.start(s, NO_CLUSTER, "p".toCharArray(), log::add).phones()) {
                InetSocketAddress a = lab.phone(0).address();
                assertNotEquals(busy.getLocalPort(), a.getPort());
                assertTrue(Connections.accepts(a), "the phone listens on its fallback port " + a);
                assertEquals(1, log.size(), log.toString());
                assertTrue(log.get(0).startsWith("Port " + busy.getLocalPort() + " cannot be used"), log.get(0));
            }
        }
    }
}
