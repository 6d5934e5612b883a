package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.voicebench.certcheck.fetch.DownloadLimits;
import org.voicebench.certcheck.fetch.FetchException;
import org.voicebench.certcheck.fetch.TlsCapture;
import org.voicebench.certcheck.fetch.TlsTarget;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.sim.SimulatedCluster.Service;
import org.voicebench.trust.CertificateInfo;
import org.voicebench.trust.Certificates;
import org.voicebench.trust.DigestAlgorithm;
import org.voicebench.trust.Function;
import org.voicebench.trust.SignatureStatus;
import org.voicebench.trust.SignatureVerifier;
import org.voicebench.trust.TrustList;
import org.voicebench.trust.TrustLists;
import org.voicebench.trust.TrustRecord;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;

/**
 * A two-node mixed-mode cluster (1024-bit keys, own addresses from 127.0.21.1 with free ports, or
 * 127.0.0.1): what its TLS ports present and its TFTP node serves, checked with the certificate
 * check's own capture and download code, before and after each scenario.
 */
class SimulatedClusterTest {

    private static final TlsCapture CAPTURE = TlsCapture.withTimeout(Duration.ofSeconds(5));
    private static final TrustListDownloader DOWNLOADER = new TrustListDownloader(DownloadLimits.DEFAULT);
    private static SimulatedCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(21).mixedMode(true)
                .firstAddress("127.0.21.1").freePorts().start();
    }

    @AfterAll
    static void stop() {
        cluster.close();
    }

    @BeforeEach
    void backToBaseline() {
        cluster.apply(ClusterScenario.BASELINE);
    }

    private static CertificateInfo capture(ClusterNode node, Service service) throws FetchException {
        return CAPTURE.capture(TlsTarget.parse(node.hostAndPort(service))).leaf();
    }

    private static CertificateInfo labCertificate(LabCluster c, Service service, ClusterNode node) throws Exception {
        String owner = service == Service.CAPF ? c.publisher() : node.name();
        return Certificates.decode(c.identity(service.role(), owner).certificate());
    }

    private static byte[] http(ClusterNode node, String file) throws FetchException {
        return DOWNLOADER.download(node.httpUrl(file)).bytes();
    }

    private static byte[] tftp(ClusterNode node, String file) throws FetchException {
        return DOWNLOADER.download(node.tftpUrl(file)).bytes();
    }

    @Test
    void everyTlsServicePresentsTheNodesLabCertificate() throws Exception {
        int captured = 0;
        for (ClusterNode node : cluster.nodes()) {
            for (Service s : node.services()) {
                if (s.tls()) {
                    assertEquals(labCertificate(cluster.labCluster(), s, node), capture(node, s), s + " of " + node);
                    captured++;
                }
            }
        }
        assertEquals(2 * 4 + 1, captured, "SIP, SCCP, TVS, tomcat per node and CAPF on the publisher");
        assertEquals("cucm-pub", cluster.node(0).name());
        assertEquals("cucm-sub1.lab.example.com", cluster.node(1).fqdn());
        assertThrows(IllegalArgumentException.class, () -> cluster.node(1).endpoint(Service.CAPF));
    }

    @Test
    void portsImplyTheRoleWhenTheyAreTheStandardOnes() {
        for (Service s : Service.values()) {
            if (s.tls()) {
                assertEquals(s.role().equals(LabCluster.TOMCAT) ? "tomcat" : s.role(),
                        TlsTarget.roleOfPort(s.standardPort()).label(), s.name());
            }
        }
    }

    @Test
    void httpAndTftpServeExactlyWhatTheLabClusterWrites() throws Exception {
        LabCluster c = cluster.baselineCluster();
        for (ClusterNode node : cluster.nodes()) {
            byte[] itl = c.itl(node.name(), LabCluster.ItlSigning.ITL_RECOVERY, DigestAlgorithm.SHA1, cluster.filesTimestamp());
            assertArrayEquals(itl, http(node, "ITLFile.tlv"), node + " HTTP");
            assertArrayEquals(itl, tftp(node, "ITLFile.tlv"), node + " TFTP");
            assertTrue(itl.length > 2 * 512, "a transfer of several TFTP blocks: " + itl.length);
            byte[] ctl = c.ctl(DigestAlgorithm.SHA1, cluster.filesTimestamp());
            assertArrayEquals(ctl, http(node, "CTLFile.tlv"), node + " HTTP");
            assertArrayEquals(ctl, tftp(node, "CTLFile.tlv"), node + " TFTP");
        }
        assertArrayEquals(cluster.currentItl(), cluster.baselineItl());
        TrustList served = DOWNLOADER.download(cluster.publisher().itlTftpUrl()).read();
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(served).status());
        assertEquals(1, SignatureVerifier.verify(served).signerRecord(), "CUCM 12+: signed by ITLRecovery");
    }

    @Test
    void unknownFilesAreNotFoundOnBothPorts() {
        ClusterNode pub = cluster.publisher();
        FetchException viaHttp = assertThrows(FetchException.class, () -> http(pub, "SEP00BE75000001.cnf.xml.sgn"));
        assertEquals(pub.httpUrl("SEP00BE75000001.cnf.xml.sgn") + ": the server answered HTTP 404 (file not found)",
                viaHttp.getMessage());
        FetchException viaTftp = assertThrows(FetchException.class, () -> tftp(pub, "nothing.tlv"));
        assertEquals(pub.tftpUrl("nothing.tlv") + ": the TFTP server answered error 1 (file not found): "
                + "File not found: nothing.tlv", viaTftp.getMessage());
    }

    @Test
    void tftpDownloadOverTheLimitStopsWithAnError() {
        TrustListDownloader small = new TrustListDownloader(new DownloadLimits(Duration.ofSeconds(2), 1000));
        FetchException e = assertThrows(FetchException.class, () -> small.download(cluster.publisher().itlTftpUrl()));
        assertEquals(cluster.publisher().itlTftpUrl() + ": the file is larger than 1000 bytes (the limit)", e.getMessage());
    }

    @Test
    void callManagerRegeneratedChangesPort5061AndTheItlsTftpRecordButNotTvs() throws Exception {
        ClusterNode pub = cluster.publisher();
        CertificateInfo oldCm = capture(pub, Service.SIP_TLS);
        CertificateInfo oldTvs = capture(pub, Service.TVS);
        TrustList oldItl = DOWNLOADER.download(pub.itlHttpUrl()).read();

        cluster.apply(ClusterScenario.CALLMANAGER_REGENERATED);

        CertificateInfo newCm = capture(pub, Service.SIP_TLS);
        assertNotEquals(oldCm, newCm);
        assertEquals(oldCm.subject(), newCm.subject(), "same name, new key");
        assertEquals(newCm, capture(pub, Service.SCCP_TLS));
        assertEquals(Certificates.decode(cluster.labCluster().identity("CallManager", pub.name()).certificate()), newCm);
        assertEquals(oldTvs, capture(pub, Service.TVS), "TVS unchanged");
        TrustList newItl = DOWNLOADER.download(pub.itlTftpUrl()).read();
        assertEquals(newCm, newItl.recordsWith(Function.TFTP).get(0).certificate());
        assertEquals(oldTvs, newItl.recordsWith(Function.TVS).get(0).certificate());
        assertTrue(newItl.header().timestamp().isAfter(oldItl.header().timestamp()), "newer file");
        assertNotEquals(capture(cluster.node(1), Service.SIP_TLS), newCm, "the subscriber keeps its own");
    }

    /** Which certificates each scenario replaces (role@node), compared with the cluster at start. */
    @ParameterizedTest
    @EnumSource(ClusterScenario.class)
    void eachScenarioChangesExactlyWhatItSays(ClusterScenario scenario) throws Exception {
        cluster.apply(scenario);
        assertEquals(scenario, cluster.scenario());
        Set<String> changed = new TreeSet<>();
        LabCluster before = cluster.baselineCluster();
        for (LabIdentity id : before.identities()) {
            if (!java.util.Arrays.equals(id.certificate(), cluster.labCluster().identity(id.role(), id.node()).certificate())) {
                changed.add(id.role() + "@" + id.node());
            }
        }
        Set<String> expected = switch (scenario) {
            case BASELINE, ROLLBACK_ITL -> Set.of();
            case CALLMANAGER_REGENERATED -> Set.of("CallManager@cucm-pub");
            case TVS_REGENERATED -> Set.of("TVS@cucm-pub");
            case CALLMANAGER_TVS_REGENERATED -> Set.of("CallManager@cucm-pub", "TVS@cucm-pub");
            case ITLRECOVERY_REGENERATED -> Set.of("ITLRecovery@cucm-pub");
            case ITLRECOVERY_TVS_REGENERATED -> new TreeSet<>(java.util.stream.Stream.concat(
                    java.util.stream.Stream.of("ITLRecovery@cucm-pub"),
                    before.nodes().stream().map(n -> "TVS@" + n)).toList());
            case CLUSTER_MOVE -> new TreeSet<>(before.identities().stream().map(i -> i.role() + "@" + i.node()).toList());
        };
        assertEquals(new TreeSet<>(expected), changed);
        // what the ports present and the files hold follow the change
        for (ClusterNode node : cluster.nodes()) {
            assertEquals(labCertificate(cluster.labCluster(), Service.TVS, node), capture(node, Service.TVS), node.name());
        }
        TrustList itl = DOWNLOADER.download(cluster.publisher().itlHttpUrl()).read();
        List<Boolean> emptied = new ArrayList<>();
        for (TrustRecord r : itl.records()) {
            emptied.add(r.emptied());
        }
        boolean rollback = scenario == ClusterScenario.ROLLBACK_ITL;
        assertEquals(List.of(false, false, rollback, rollback, rollback, false), emptied, "SAST, SAST, TFTP, TVS, TVS, CAPF");
        assertEquals(SignatureStatus.VALID, SignatureVerifier.verify(itl).status());
        if (!rollback) {
            LabCluster now = cluster.labCluster();
            List<CertificateInfo> expectedRecords = new ArrayList<>();
            for (String role : List.of("ITLRecovery", "CallManager", "CallManager", "TVS@0", "TVS@1", "CAPF")) {
                String node = role.startsWith("TVS@") ? now.nodes().get(role.charAt(4) - '0') : now.publisher();
                expectedRecords.add(Certificates.decode(now.identity(role.replaceAll("@.*", ""), node).certificate()));
            }
            assertEquals(expectedRecords, itl.records().stream().map(TrustRecord::certificate).toList());
        }
        assertEquals(scenario != ClusterScenario.BASELINE, !java.util.Arrays.equals(cluster.currentItl(), cluster.baselineItl()),
                "the served ITL differs from yesterday's");
    }

    @Test
    void regenerateAtRunTimeChangesOneNodesCertificate() throws Exception {
        ClusterNode sub = cluster.node(1);
        CertificateInfo before = capture(sub, Service.TVS);
        CertificateInfo pubTvs = capture(cluster.publisher(), Service.TVS);
        CertificateInfo tomcat = capture(sub, Service.TOMCAT);

        cluster.regenerate("TVS", sub.name());

        CertificateInfo after = capture(sub, Service.TVS);
        assertNotEquals(before, after);
        assertEquals(pubTvs, capture(cluster.publisher(), Service.TVS));
        TrustList itl = DOWNLOADER.download(cluster.publisher().itlHttpUrl()).read();
        assertEquals(after, itl.recordsWith(Function.TVS).get(1).certificate(), "the ITL lists the new TVS of the subscriber");

        cluster.regenerate(LabCluster.TOMCAT, sub.name());
        assertNotEquals(tomcat, capture(sub, Service.TOMCAT));
        assertThrows(IllegalArgumentException.class, () -> cluster.regenerate("CAPF", sub.name()));
    }

    @Test
    void scenarioNamesParseAndUnknownOnesListTheValidNames() {
        assertEquals(ClusterScenario.CALLMANAGER_TVS_REGENERATED, ClusterScenario.parse("CallManager-TVS-Regenerated"));
        assertEquals(ClusterScenario.CLUSTER_MOVE, ClusterScenario.parse("cluster_move"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClusterScenario.parse("reboot"));
        assertEquals("unknown scenario 'reboot'; valid: baseline, callmanager-regenerated, tvs-regenerated, "
                + "callmanager-tvs-regenerated, itlrecovery-regenerated, itlrecovery-tvs-regenerated, cluster-move, rollback-itl", e.getMessage());
    }

    @Test
    void withoutMixedModeThereIsNoCtl() throws Exception {
        try (SimulatedCluster plain = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(5)
                .signing(LabCluster.ItlSigning.CALLMANAGER).firstAddress("127.0.21.101").freePorts().start()) {
            assertNull(plain.currentCtl());
            assertNull(plain.baselineCtl());
            FetchException e = assertThrows(FetchException.class, () -> tftp(plain.publisher(), "CTLFile.tlv"));
            assertTrue(e.getMessage().contains("error 1 (file not found)"), e.getMessage());
            TrustList itl = DOWNLOADER.download(plain.publisher().itlHttpUrl()).read();
            assertEquals(2, SignatureVerifier.verify(itl).signerRecord(), "before CUCM 12: signed by CallManager");
            assertEquals(List.of(Service.SIP_TLS, Service.SCCP_TLS, Service.TVS, Service.CAPF, Service.TOMCAT,
                    Service.TFTP_HTTP, Service.TFTP), plain.publisher().services());
        }
    }

    @Test
    void aScenarioGivenAtStartIsInForceButThePhonesBaselineStaysYesterdays() throws Exception {
        try (SimulatedCluster moved = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(5)
                .scenario(ClusterScenario.CLUSTER_MOVE).firstAddress("127.0.21.111").freePorts().start()) {
            assertEquals(ClusterScenario.CLUSTER_MOVE, moved.scenario());
            assertFalse(java.util.Arrays.equals(moved.baselineItl(), moved.currentItl()));
            assertArrayEquals(moved.currentItl(), http(moved.publisher(), "ITLFile.tlv"));
            assertTrue(moved.filesTimestamp().isAfter(SimulatedCluster.BASELINE_TIME));
        }
    }

    @Test
    void onItsOwnAddressEachNodeUsesTheStandardPortsAndTftpOn6969() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                LoopbackAddresses.canBind(java.net.InetAddress.getByName("127.0.22.1")), "no 127.x.y.z aliases here");
        try (SimulatedCluster c = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(5).firstAddress("127.0.22.1").start()) {
            assertTrue(c.loopbackAliases());
            assertEquals("127.0.22.2", c.node(1).address().getHostAddress());
            for (Service s : c.node(0).services()) {
                int expected = s == Service.TFTP ? SimulatedCluster.DEFAULT_TFTP_PORT : s.standardPort();
                assertEquals(expected, c.node(0).endpoint(s).getPort(), s.name());
            }
            assertEquals("http://127.0.22.2:6970/ITLFile.tlv", c.node(1).itlHttpUrl());
            assertEquals("tftp://127.0.22.2:6969/CTLFile.tlv", c.node(1).ctlTftpUrl());
            assertArrayEquals(c.currentItl("cucm-sub1"), tftp(c.node(1), "ITLFile.tlv"));
            assertEquals(Certificates.decode(c.labCluster().identity("CallManager", "cucm-sub1").certificate()),
                    CAPTURE.capture(TlsTarget.parse("127.0.22.2:5061")).leaf());
        }
    }

    @Test
    void sharedAddressPutsEveryServiceOn127001OnItsOwnFreePort() throws Exception {
        try (SimulatedCluster c = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(5).sharedAddress().start()) {
            assertFalse(c.loopbackAliases());
            Set<Integer> tcpPorts = new TreeSet<>();
            for (ClusterNode node : c.nodes()) {
                assertEquals("127.0.0.1", node.address().getHostAddress());
                for (Service s : node.services()) {
                    assertEquals("127.0.0.1", node.endpoint(s).getAddress().getHostAddress());
                    if (s != Service.TFTP) {
                        assertTrue(tcpPorts.add(node.endpoint(s).getPort()), "port used twice: " + node.endpoint(s));
                    }
                }
                assertArrayEquals(c.currentItl(node.name()), tftp(node, "ITLFile.tlv"), node.name());
                assertEquals(labCertificate(c.labCluster(), Service.SIP_TLS, node), capture(node, Service.SIP_TLS));
            }
            assertEquals(2 * 5 + 1, tcpPorts.size(), "SIP, SCCP, TVS, tomcat, HTTP per node and CAPF");
        }
    }

    @Test
    void closeFreesEveryPort() throws Exception {
        SimulatedCluster c = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(5).firstAddress("127.0.21.121")
                .freePorts().start();
        ClusterNode pub = c.publisher();
        capture(pub, Service.TVS);
        try (java.net.Socket idle = new java.net.Socket()) {
            // a client that connects and says nothing must not hold up the stop
            idle.connect(pub.endpoint(Service.TVS), 2000);
            Thread.sleep(200);
            long start = System.nanoTime();
            c.close();
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(3)) < 0, "bounded stop");
            idle.setSoTimeout(2000);
            assertEquals(-1, idle.getInputStream().read(), "the idle connection was closed");
        }
        for (Service s : List.of(Service.SIP_TLS, Service.TVS, Service.CAPF, Service.TOMCAT)) {
            FetchException e = assertThrows(FetchException.class, () -> capture(pub, s));
            assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        }
        FetchException e = assertThrows(FetchException.class, () -> http(pub, "ITLFile.tlv"));
        assertTrue(e.getMessage().contains("connection refused"), e.getMessage());
        c.close(); // twice is fine
    }
}
