package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Phones attached to a simulated cluster hold yesterday's ITL until it is erased. */
class StalePhonesTest {

    @Test
    void phonesKeepTheOldItlAfterASwitchAndGetTheNewOneAfterEraseAndRestart() throws Exception {
        try (SimulatedCluster cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(77).mixedMode(true)
                .firstAddress("127.0.21.131").freePorts().start();
             PhoneLab lab = PhoneLab.builder().user(LabFixtures.USER, LabFixtures.PASSWORD).simulatedCluster(cluster)
                     .add(2, "8845").firstAddress("127.0.21.141").eraseMessageTime(Duration.ofMillis(100))
                     .rebootTime(Duration.ofMillis(600)).start()) {
            byte[] yesterday = cluster.baselineItl();
            for (SimulatedPhone p : lab.phones()) {
                assertArrayEquals(yesterday, p.itl().orElseThrow(), p + " starts with the cluster's ITL");
                assertTrue(p.hasCtl(), p + " holds the CTL in mixed mode");
            }

            cluster.apply(ClusterScenario.CALLMANAGER_TVS_REGENERATED);
            byte[] today = cluster.currentItl();
            assertFalse(Arrays.equals(yesterday, today));
            for (SimulatedPhone p : lab.phones()) {
                assertArrayEquals(yesterday, p.itl().orElseThrow(), p + " is stale: nothing pushed the new ITL");
            }

            SimulatedPhone erased = lab.phone(0);
            LabFixtures.play(erased, erased.profile().itlEraseSequence());
            assertTrue(waitForRestart(erased), erased + " did not restart");
            assertArrayEquals(today, erased.itl().orElseThrow(), "after the erase the phone took the current ITL");
            assertArrayEquals(cluster.currentCtl(), erased.device().trust().ctl().bytes());
            assertArrayEquals(yesterday, lab.phone(1).itl().orElseThrow(), "the other phone still holds the old one");
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

    private static boolean waitForRestart(SimulatedPhone p) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (p.rebootCount() == 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        return p.rebootCount() == 1 && p.awaitReady(Duration.ofSeconds(5));
    }
}
