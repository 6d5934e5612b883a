package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.certcheck.fetch.DownloadLimits;
import org.voicebench.certcheck.fetch.FetchException;
import org.voicebench.certcheck.fetch.TrustListDownloader;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.TftpFileNames;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.trust.DigestAlgorithm;

/**
 * Per-phone names as a real TFTP node answers them (not found unless the file exists), and a restarting phone
 * asking for them in the order captured from a 7962G ({@code cp7962g-tftp-request-order.txt}): CTLSEP, ITLSEP,
 * ITLFile, its own ITLSEP overriding the node's ITLFile.
 */
class PerPhoneFilesTest {

    private static final TrustListDownloader DOWNLOADER = new TrustListDownloader(DownloadLimits.DEFAULT);
    private static SimulatedCluster cluster;
    private static PhoneLab lab;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(91).firstAddress("127.0.49.1").freePorts()
                .start();
        lab = PhoneLab.builder().simulatedCluster(cluster).add(2, "8845").firstAddress("127.0.49.11")
                .rebootTime(Duration.ofMillis(200)).start();
    }

    @AfterAll
    static void stop() {
        lab.close();
        cluster.close();
    }

    @AfterEach
    void noPerPhoneFiles() {
        for (SimulatedPhone p : lab.phones()) {
            cluster.removePhoneItl(node(p).name(), p.mac());
        }
        cluster.apply(ClusterScenario.BASELINE);
    }

    private static ClusterNode node(SimulatedPhone p) {
        return cluster.phoneNode(p.index());
    }

    /** The per-phone ITL the lab cluster writes for a node: ITLRecovery, TFTP and the node's TVS. */
    private static byte[] ownItl(ClusterNode node) {
        return cluster.labCluster().itlSep(node.name(), DigestAlgorithm.SHA1, cluster.filesTimestamp());
    }

    private static void assertNotFound(ClusterNode node, String file) {
        for (String url : List.of(node.httpUrl(file), node.tftpUrl(file))) {
            FetchException e = assertThrows(FetchException.class, () -> DOWNLOADER.download(url), url);
            assertTrue(e.notFound(), url + ": " + e.getMessage());
        }
    }

    private static void assertServed(byte[] expected, ClusterNode node, String file) throws FetchException {
        assertArrayEquals(expected, DOWNLOADER.download(node.httpUrl(file)).bytes(), node + " HTTP " + file);
        assertArrayEquals(expected, DOWNLOADER.download(node.tftpUrl(file)).bytes(), node + " TFTP " + file);
    }

    private static void restart(SimulatedPhone p) throws InterruptedException {
        p.reboot();
        assertTrue(p.awaitReady(Duration.ofSeconds(5)), p + " did not come back");
    }

    /** The Network setup page's {@code ITL file} row as phone-core reads it (a new client: a restart drops connections). */
    private static String itlFileRow(SimulatedPhone p) throws Exception {
        try (PhoneClient client = new PhoneClient(PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5)), CredentialsProvider.none())) {
            return client.phone(PhoneAddress.parse(p.hostAndPort())).withModel(p.modelNumber(), ModelProfiles.builtIn())
                    .networkSetup().itl().fileName();
        }
    }

    @Test
    void perPhoneNamesAreNotFoundUntilAFileIsSetThenServedByItsNodeOverHttpAndTftp() throws Exception {
        SimulatedPhone p = lab.phone(0);
        ClusterNode pub = node(p);
        ClusterNode sub = node(lab.phone(1));
        String itlSep = TftpFileNames.itlSep(p.mac());
        for (ClusterNode n : cluster.nodes()) {
            assertNotFound(n, itlSep);
            assertNotFound(n, TftpFileNames.ctlSep(p.mac()));
        }

        byte[] own = ownItl(pub);
        cluster.setPhoneItl(pub.name(), p.mac(), own);
        assertServed(own, pub, itlSep);
        assertServed(own, pub, itlSep.toLowerCase(Locale.ROOT));
        assertNotFound(pub, TftpFileNames.itlSep(lab.phone(1).mac()));
        assertNotFound(pub, TftpFileNames.ctlSep(p.mac()));
        assertNotFound(sub, itlSep);
        assertServed(cluster.currentItl(pub.name()), pub, TftpFileNames.ITL_FILE);

        cluster.apply(ClusterScenario.CALLMANAGER_REGENERATED);
        assertServed(own, pub, itlSep);

        cluster.removePhoneItl(pub.name(), p.mac());
        assertNotFound(pub, itlSep);
        assertThrows(IllegalArgumentException.class, () -> cluster.setPhoneItl("cucm-sub9", p.mac(), own));
        assertThrows(IllegalArgumentException.class, () -> cluster.setPhoneItl(pub.name(), "00BE75", own));
    }

    @Test
    void aRestartingPhoneAsksInTheCapturedOrderAndItsOwnItlOverridesTheNodes() throws Exception {
        SimulatedPhone p = lab.phone(0);
        ClusterNode pub = node(p);
        String ctlSep = "CTLSEP" + p.mac() + ".tlv";
        String itlSep = "ITLSEP" + p.mac() + ".tlv";
        int before = p.tftpRequests().size();

        restart(p);
        assertEquals(List.of(ctlSep, itlSep, "ITLFile.tlv"), p.tftpRequests().subList(before, p.tftpRequests().size()),
                "the 7962G's order: its own CTL and ITL first, the node's ITL when it has none of its own");
        assertEquals("ITLFile.tlv", itlFileRow(p));

        byte[] own = ownItl(pub);
        cluster.setPhoneItl(pub.name(), p.mac(), own);
        before = p.tftpRequests().size();
        restart(p);
        assertEquals(List.of(ctlSep, itlSep), p.tftpRequests().subList(before, p.tftpRequests().size()),
                "found its own ITL: ITLFile.tlv is not asked");
        assertArrayEquals(own, p.itl().orElseThrow(), "signed by the ITLRecovery it holds: installed");
        assertEquals(itlSep, p.itlFileName().orElseThrow());
        assertEquals(itlSep, itlFileRow(p), "the Network setup page names the file it loaded");

        cluster.removePhoneItl(pub.name(), p.mac());
        restart(p);
        assertArrayEquals(cluster.currentItl(pub.name()), p.itl().orElseThrow(), "back to the node's default ITL");
        assertEquals("ITLFile.tlv", itlFileRow(p));
        assertEquals("", p.trustListStatus());
    }
}
