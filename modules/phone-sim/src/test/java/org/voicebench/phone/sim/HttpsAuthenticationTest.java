package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The assumed HTTPS Authentication URL rule: credentials work only while the phone's ITL shares a TVS
 * certificate with the ITL its TFTP node serves now; else Error 4 to everything that needs them.
 */
class HttpsAuthenticationTest {

    private static final PhoneConditions HTTPS = PhoneConditions.NORMAL.withHttpsAuthenticationUrl(true);
    private static SimulatedCluster cluster;
    private static PhoneLab lab;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(83).firstAddress("127.0.48.1").freePorts()
                .start();
        lab = PhoneLab.builder().user(LabFixtures.USER, LabFixtures.PASSWORD).simulatedCluster(cluster)
                .add(1, "8845", HTTPS).add(1, "7965", HTTPS).add(1, "8845").firstAddress("127.0.48.11")
                .eraseMessageTime(Duration.ofMillis(100)).rebootTime(Duration.ofMillis(600)).start();
    }

    @AfterAll
    static void stop() {
        lab.close();
        cluster.close();
    }

    /** Back to the story's start: the cluster as the phones know it, each phone with its baseline ITL. */
    @AfterEach
    void baseline() {
        cluster.apply(ClusterScenario.BASELINE);
        lab.phones().forEach(p -> p.installItl(cluster.baselineItl()));
    }

    private static List<SimulatedPhone> httpsPhones() {
        return lab.phones().subList(0, 2);
    }

    private static SimulatedPhone httpPhone() {
        return lab.phone(2);
    }

    /** Every request that needs credentials, with the right ones. */
    private static boolean authenticates(SimulatedPhone p) throws Exception {
        String modeInfo = p.profile().family().is79xx() ? "/CGI/ModeInfo" : "/CGI/Java/ModeInfo";
        boolean execute = !LabFixtures.execute(p, "Init:Settings").body().contains("CiscoIPPhoneError");
        HttpResponse<byte[]> shot = LabFixtures.screenshot(p);
        boolean screenshot = shot.headers().firstValue("Content-Type").orElse("").startsWith("image/");
        boolean mode = new String(LabFixtures.getAuthorized(p, modeInfo).body(), StandardCharsets.UTF_8)
                .contains("CiscoIPPhoneModeInfo");
        assertEquals(execute, screenshot, p + ": Execute and Screenshot disagree");
        assertEquals(execute, mode, p + ": Execute and ModeInfo disagree");
        if (!execute) {
            assertTrue(new String(shot.body(), StandardCharsets.UTF_8).contains("<CiscoIPPhoneError Number=\"4\"/>"));
        }
        return execute;
    }

    @Test
    void anItlFromTheSameClusterValidatesTheHttpsUrl() throws Exception {
        for (SimulatedPhone p : httpsPhones()) {
            assertTrue(p.conditions().httpsAuthenticationUrl());
            assertTrue(authenticates(p), p.toString());
        }
    }

    @Test
    void aStaleItlOfAnotherClusterGetsError4WithAnHttpsUrlButNotWithHttp() throws Exception {
        cluster.apply(ClusterScenario.CLUSTER_MOVE);
        for (SimulatedPhone p : httpsPhones()) {
            assertFalse(authenticates(p), p + " authenticated through an ITL of another cluster");
            assertEquals(401, LabFixtures.get(p, "/CGI/Screenshot", null).statusCode(), "no credentials: a challenge");
        }
        assertTrue(authenticates(httpPhone()), "an HTTP Authentication URL needs no ITL");
    }

    @Test
    void aRegeneratedTvsCertificateBreaksTheHttpsUrlARegeneratedCallManagerDoesNot() throws Exception {
        cluster.apply(ClusterScenario.CALLMANAGER_REGENERATED);
        for (SimulatedPhone p : httpsPhones()) {
            assertTrue(authenticates(p), p + ": the TVS certificate is the same");
        }
        cluster.apply(ClusterScenario.TVS_REGENERATED);
        for (SimulatedPhone p : httpsPhones()) {
            assertFalse(authenticates(p), p + ": no TVS certificate in common");
        }
    }

    @Test
    void aMovedPhoneKeepsFailingThroughARestartAndValidatesOnceItsItlIsErased() throws Exception {
        cluster.apply(ClusterScenario.CLUSTER_MOVE);
        SimulatedPhone p = httpsPhones().get(0);
        assertFalse(authenticates(p));
        p.reboot();
        assertTrue(p.awaitReady(Duration.ofSeconds(5)));
        assertFalse(authenticates(p), "it refused the other cluster's ITL and kept its own");
        assertEquals("Trust List update failed", p.trustListStatus());
        p.installItl(null);
        p.reboot();
        assertTrue(p.awaitReady(Duration.ofSeconds(5)));
        assertTrue(authenticates(p), "without an ITL it took its node's current one on trust");
    }

    @Test
    void withoutAnInstalledItlNothingCanBeValidated() throws Exception {
        SimulatedPhone p = httpsPhones().get(1);
        p.installItl(null);
        assertFalse(authenticates(p));
        httpPhone().installItl(null);
        assertTrue(authenticates(httpPhone()));
    }

    @Test
    void withoutAnItlServedNothingCanBeValidated() throws Exception {
        try (PhoneLab alone = LabFixtures.lab().add(1, "8841", HTTPS).add(1, "8841").firstAddress("127.0.48.21").start()) {
            assertTrue(alone.phone(0).hasItl());
            assertFalse(authenticates(alone.phone(0)), "no TFTP node serves an ITL in a lab without a cluster");
            assertTrue(authenticates(alone.phone(1)));
        }
    }
}
