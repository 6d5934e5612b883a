package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Phones attached to a simulated cluster hold their node's ITL of yesterday until it is erased. */
class StalePhonesTest {

    private static final String XML_78XX_88XX = "/CGI/Java/Serviceability?adapterX=device.statistics.configuration";
    private static final String HTML_78XX_88XX = "/CGI/Java/Serviceability?adapter=device.statistics.configuration";

    @Test
    void phonesKeepTheOldItlAfterASwitchAndGetTheNewOneAfterEraseAndRestart() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(77).mixedMode(true)
                .firstAddress("127.0.21.131").freePorts().start();
             PhoneLab lab = PhoneLab.builder().user(LabFixtures.USER, LabFixtures.PASSWORD).simulatedCluster(cluster)
                     .add(2, "8845").firstAddress("127.0.21.141").eraseMessageTime(Duration.ofMillis(100))
                     .rebootTime(Duration.ofMillis(600)).start()) {
            for (SimulatedPhone p : lab.phones()) {
                assertArrayEquals(cluster.baselineItl(node(cluster, p)), p.itl().orElseThrow(),
                        p + " starts with its node's ITL");
                assertTrue(p.hasCtl(), p + " holds the CTL in mixed mode");
            }
            byte[] yesterday = cluster.baselineItl();

            cluster.apply(ClusterScenario.CALLMANAGER_TVS_REGENERATED);
            byte[] today = cluster.currentItl();
            assertFalse(Arrays.equals(yesterday, today));
            for (SimulatedPhone p : lab.phones()) {
                assertArrayEquals(cluster.baselineItl(node(cluster, p)), p.itl().orElseThrow(),
                        p + " is stale: nothing pushed the new ITL");
            }

            SimulatedPhone erased = lab.phone(0);
            LabelWalk.http(erased).eraseTrust(erased.profile());
            assertTrue(waitForRestart(erased), erased + " did not restart");
            assertArrayEquals(today, erased.itl().orElseThrow(), "after the erase the phone took the current ITL");
            assertArrayEquals(cluster.currentCtl(), erased.device().trust().ctl().bytes());
            assertEquals(List.of("CTLSEP" + erased.mac() + ".tlv", "CTLFile.tlv", "ITLSEP" + erased.mac() + ".tlv",
                    "ITLFile.tlv"), erased.tftpRequests(), "in mixed mode the cluster's CTL after its own CTL was not found");
            assertArrayEquals(cluster.baselineItl("cucm-sub1"), lab.phone(1).itl().orElseThrow(),
                    "the other phone still holds the old one");
        }
    }

    @Test
    void eachPhoneBelongsToItsNodeForItsItlPagesAndRis() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(79)
                .firstAddress("127.0.41.1").freePorts().start();
             PhoneLab lab = PhoneLab.builder().user(LabFixtures.USER, LabFixtures.PASSWORD).simulatedCluster(cluster)
                     .add(3, "7841").firstAddress("127.0.41.11").eraseMessageTime(Duration.ofMillis(100))
                     .rebootTime(Duration.ofMillis(600)).start()) {
            SimulatedPhone onPub = lab.phone(0);
            SimulatedPhone onSub = lab.phone(1);
            assertEquals(List.of("cucm-pub", "cucm-sub1", "cucm-pub"),
                    lab.phones().stream().map(p -> node(cluster, p)).toList(), "the nodes in turn");
            assertArrayEquals(cluster.baselineItl("cucm-pub"), onPub.itl().orElseThrow());
            assertArrayEquals(cluster.baselineItl("cucm-sub1"), onSub.itl().orElseThrow());
            assertNotEquals(onPub.itlSha1().orElseThrow(), onSub.itlSha1().orElseThrow(),
                    "each node's ITL has its own TFTP record, so its own hash");

            assertEquals("cucm-sub1.lab.example.com", onSub.tftpServer());
            String xml = LabFixtures.text(onSub, XML_78XX_88XX);
            assertTrue(xml.contains("<TFTPServer1>cucm-sub1.lab.example.com</TFTPServer1>"), xml);
            assertTrue(xml.contains("<CallManager1>cucm-sub1.lab.example.com Active</CallManager1>"), xml);
            String html = LabFixtures.text(onSub, HTML_78XX_88XX);
            assertTrue(html.contains("<tr><td><b>TFTP server 1</b></td> <td width=20></td><td><b>cucm-sub1.lab.example.com"
                    + "</b></td></tr>"), html);
            assertTrue(LabFixtures.text(onPub, XML_78XX_88XX).contains("<TFTPServer1>cucm-pub.lab.example.com</TFTPServer1>"));

            SimulatedCucmApi.Builder ris = SimulatedCucmApi.builder().user("axl", "x").phones(lab, "DP");
            assertEquals(lab.phones().stream().map(p -> node(cluster, p)).toList(),
                    ris.devices(cluster.nodes().stream().map(ClusterNode::name).toList()).stream()
                            .map(CucmDevice::node).toList(), "RIS reports each phone on its TFTP node");

            cluster.apply(ClusterScenario.CALLMANAGER_REGENERATED);
            LabelWalk.http(onSub).eraseTrust(onSub.profile());
            assertTrue(waitForRestart(onSub), onSub + " did not restart");
            assertArrayEquals(cluster.currentItl("cucm-sub1"), onSub.itl().orElseThrow(),
                    "the restarted phone fetched its own node's current ITL");
            assertFalse(Arrays.equals(cluster.currentItl("cucm-pub"), onSub.itl().orElseThrow()));
            assertArrayEquals(cluster.baselineItl("cucm-pub"), onPub.itl().orElseThrow(), "not erased: still stale");
        }
    }

    @Test
    void withoutAClusterPhonesNameTheLabPublisher() throws Exception {
        try (PhoneLab lab = LabFixtures.lab().add(1, "8845").firstAddress("127.0.41.21").start()) {
            assertEquals("cucm-pub.lab.example.com", lab.phone(0).tftpServer());
            assertTrue(LabFixtures.text(lab.phone(0), XML_78XX_88XX)
                    .contains("<TFTPServer1>cucm-pub.lab.example.com</TFTPServer1>"));
        }
    }

    @Test
    void withoutMixedModeThePhonesHoldNoCtl() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(78)
                .firstAddress("127.0.21.151").freePorts().start();
             PhoneLab lab = PhoneLab.builder().simulatedCluster(cluster).add(1, "7965").firstAddress("127.0.21.161").start()) {
            assertFalse(lab.phone(0).hasCtl());
            assertArrayEquals(cluster.baselineItl(), lab.phone(0).itl().orElseThrow());
        }
    }

    private static String node(SimulatedCluster cluster, SimulatedPhone p) {
        return cluster.phoneNode(p.index()).name();
    }

    private static boolean waitForRestart(SimulatedPhone p) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (p.rebootCount() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return p.rebootCount() == 1 && p.awaitReady(Duration.ofSeconds(5));
    }
}
