package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.AxlPhone;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;

/** The fleet-audit demo story: its cluster, its stale and current phones, the two set apart, AXL. */
class DemoLabTest {

    private static final String PASSWORD = "demo-lab-secret";
    private static final String PHONES = "127.0.43.1";
    /** Taken before the demo starts: the phones must fall back to free ports. */
    private static ServerSocket busy;
    private static DemoLab demo;

    @BeforeAll
    static void start() throws IOException {
        busy = new ServerSocket();
        busy.bind(new InetSocketAddress(PHONES, 8080));
        demo = DemoLab.start(new DemoLab.Options(PASSWORD).firstPhoneAddress(PHONES).clusterFirstAddress("127.0.44.1")
                .fast(true));
    }

    @AfterAll
    static void stop() throws IOException {
        demo.close();
        busy.close();
    }

    @Test
    void itsCtiUserControlsEveryPhoneButOneTheWebAccessOffPhoneAmongThem() throws Throwable {
        List<String> controlled = demo.cluster().applicationUsers().devices(DemoLab.CTI_USER).orElseThrow();
        assertEquals(19, controlled.size());
        assertFalse(controlled.contains(demo.ctiUncontrolledPhone().name()));
        assertTrue(controlled.contains(demo.webAccessOffPhone().name()));
        assertFalse(demo.stalePhones().contains(demo.ctiUncontrolledPhone()), "the demo's fixes do not need it");
        assertTrue(demo.ctiHost().startsWith(demo.cluster().publisher().address().getHostAddress() + ":"));
        assertTrue(demo.describe().contains("Lab CTI: " + demo.ctiHost()), demo.describe());
        try (StandInJtapi jtapi = StandInJtapi.load()) {
            Object provider = jtapi.provider(demo.ctiHost() + ";login=" + DemoLab.CTI_USER + ";passwd=" + demo.ctiPassword());
            try {
                assertTrue(jtapi.observeProvider(provider).await("ProvInServiceEv", Duration.ofSeconds(5)) != null);
                jtapi.call(provider, "javax.telephony.Provider", "getTerminal", demo.webAccessOffPhone().name());
                assertEquals("javax.telephony.InvalidArgumentException", assertThrows(Exception.class, () -> jtapi.call(
                        provider, "javax.telephony.Provider", "getTerminal", demo.ctiUncontrolledPhone().name()))
                        .getClass().getName());
            } finally {
                jtapi.call(provider, "javax.telephony.Provider", "shutdown");
            }
        }
    }

    @Test
    void aThirdHoldTheirNodesCurrentItlTheRestYesterdays() {
        SimulatedCluster cluster = demo.cluster();
        assertEquals(ClusterScenario.CALLMANAGER_REGENERATED, cluster.scenario());
        assertEquals(3, cluster.nodes().size());
        assertFalse(cluster.mixedMode());
        List<SimulatedPhone> phones = demo.phones().phones();
        assertEquals(20, phones.size());
        assertEquals(13, demo.stalePhones().size(), "7 of 20 current");
        for (SimulatedPhone p : phones) {
            String node = cluster.phoneNode(p.index()).name();
            byte[] held = p.itl().orElseThrow();
            boolean stale = !Arrays.equals(cluster.currentItl(node), held);
            assertEquals(demo.stalePhones().contains(p), stale, p + " on " + node);
            if (stale) {
                assertArrayEquals(cluster.baselineItl(node), held, p + " holds its node's ITL of yesterday");
            }
            assertEquals(cluster.phoneNode(p.index()).fqdn(), p.tftpServer());
        }
        for (ClusterNode n : cluster.nodes()) {
            Set<Boolean> states = phones.stream().filter(p -> cluster.phoneNode(p.index()).name().equals(n.name()))
                    .map(demo.stalePhones()::contains).collect(Collectors.toSet());
            assertEquals(Set.of(true, false), states, n + " has stale and current phones");
        }
    }

    @Test
    void mixedModelsThatHaveABuiltInEraseAndHttpAuthenticationUrls() {
        Set<String> models = demo.phones().phones().stream().map(p -> p.profile().model()).collect(Collectors.toSet());
        assertEquals(Set.copyOf(DemoLab.MODELS), models);
        for (SimulatedPhone p : demo.phones().phones()) {
            assertFalse(p.profile().itlEraseSequence().isEmpty(), p.toString());
            assertFalse(p.conditions().httpsAuthenticationUrl(), p + ": stale phones must stay reachable with credentials");
        }
    }

    @Test
    void theWebOffPhoneRefusesConnections() {
        SimulatedPhone off = demo.webAccessOffPhone();
        assertTrue(demo.stalePhones().contains(off));
        assertEquals(List.of(off), demo.phones().phones().stream().filter(p -> !p.conditions().webAccess()).toList());
        assertThrows(ConnectException.class, () -> LabFixtures.get(off, "/DeviceInformationX", null));
    }

    @Test
    void twoCurrentPhonesHaveTheirSettingsAccessLockedAndNoOtherDoes() {
        List<SimulatedPhone> locked = demo.settingsLockedPhones();
        assertEquals(2, locked.size());
        assertEquals(List.of(SettingsAccess.DISABLED, SettingsAccess.RESTRICTED),
                locked.stream().map(p -> p.conditions().settingsAccess()).toList());
        for (SimulatedPhone p : locked) {
            assertFalse(demo.stalePhones().contains(p), p + ": locked phones hold the current ITL (the audit leaves them)");
            assertNotEquals(demo.ctiUncontrolledPhone(), p);
        }
        assertEquals(locked, demo.phones().phones().stream()
                .filter(p -> p.conditions().settingsAccess() != SettingsAccess.ENABLED).toList());
        assertTrue(demo.describe().contains("settings access disabled"), demo.describe());
    }

    @Test
    void theOwnPasswordPhoneRefusesTheLabPasswordAndAcceptsItsOwn() throws Exception {
        SimulatedPhone own = demo.ownPasswordPhone();
        assertTrue(demo.stalePhones().contains(own));
        assertNotEquals(own, demo.webAccessOffPhone());
        assertEquals(List.of(own),
                demo.phones().phones().stream().filter(p -> p.conditions().ownPassword() != null).toList());
        String user = demo.credentials().user();
        HttpResponse<byte[]> refused = LabFixtures.get(own, "/CGI/Screenshot", LabFixtures.auth(user, PASSWORD));
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("Number=\"4\""));
        HttpResponse<byte[]> accepted = LabFixtures.get(own, "/CGI/Screenshot",
                LabFixtures.auth(user, demo.ownPassword()));
        assertTrue(accepted.headers().firstValue("Content-Type").orElse("").startsWith("image/"));
        SimulatedPhone other = demo.stalePhones().get(1);
        assertTrue(LabFixtures.get(other, "/CGI/Screenshot", LabFixtures.auth(user, PASSWORD)).headers()
                .firstValue("Content-Type").orElse("").startsWith("image/"), "the others take the lab's password");
    }

    @Test
    void axlListsEveryPhone() throws Exception {
        SimulatedCucmApi api = demo.cucmApi();
        PhoneCredentials c = demo.credentials();
        try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                .withPort(api.port()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                CucmCredentialsProvider.fixed(c))) {
            List<AxlPhone> listed = new AxlClient(s).listPhones("SEP%");
            assertEquals(demo.phones().phones().stream().map(SimulatedPhone::name).toList(),
                    listed.stream().map(AxlPhone::name).toList());
            assertTrue(listed.stream().allMatch(p -> p.devicePool().equals(DemoLab.DEVICE_POOL)));
        }
    }

    @Test
    void eachNodeServesItsCurrentItlAtItsUrl() throws Exception {
        List<String> urls = demo.clusterItlUrls();
        assertEquals(3, urls.size());
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        for (int i = 0; i < urls.size(); i++) {
            byte[] served = http.send(HttpRequest.newBuilder(URI.create(urls.get(i))).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            assertArrayEquals(demo.cluster().currentItl(demo.cluster().node(i).name()), served, urls.get(i));
        }
    }

    @Test
    void busyPortsFallBackToFreeOnes() {
        assertNotEquals(8080, demo.phones().phone(0).address().getPort());
    }

    @Test
    void anErasedStalePhoneComesBackWithItsNodesCurrentItlQuicklyInFastMode() throws Exception {
        SimulatedPhone p = demo.stalePhones().get(2);
        String node = demo.cluster().phoneNode(p.index()).name();
        try {
            long start = System.nanoTime();
            new LabelWalk(p::screen, step -> {
                HttpResponse<String> r = LabFixtures.executeRaw(p, "XML=" + URLEncoder.encode(
                        LabFixtures.executeXml(step), StandardCharsets.UTF_8), "application/x-www-form-urlencoded",
                        LabFixtures.auth(demo.credentials().user(), PASSWORD));
                assertTrue(r.body().contains("Status=\"0\""), step + ": " + r.body());
            }).eraseTrust(p.profile());
            while (p.rebootCount() == 0 && System.nanoTime() - start < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(20);
            }
            assertTrue(p.awaitReady(Duration.ofSeconds(5)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(4)) < 0,
                    "fast: 300 ms message and 1 s reboot");
            assertArrayEquals(demo.cluster().currentItl(node), p.itl().orElseThrow());
            assertEquals(List.of(), p.confirmedResets());
        } finally {
            p.installItl(demo.cluster().baselineItl(node)); // the other tests read the story as it started
        }
    }

    @Test
    void describeNamesNodesPhonesAndAxlButNeverThePassword() {
        String text = demo.describe();
        assertFalse(text.contains(PASSWORD), text);
        demo.clusterItlUrls().forEach(u -> assertTrue(text.contains(u), u));
        demo.phones().phones().forEach(p -> assertTrue(text.contains(p.hostAndPort()), p.toString()));
        assertTrue(text.contains(demo.cucmApi().host() + ":" + demo.cucmApi().port()), text);
        assertTrue(text.contains(demo.webAccessOffPhone().hostAndPort()), text);
        assertTrue(text.lines().anyMatch(l -> l.contains(demo.ownPasswordPhone().hostAndPort())
                && l.contains(demo.ownPassword())), text);
    }

    @Test
    void thePasswordsTheDemoMakesUpDifferFromTheLabsAndFromRunToRun() {
        assertTrue(demo.ownPassword().matches("phone-\\d{6}"), demo.ownPassword());
        assertTrue(demo.ctiPassword().matches("cti-\\d{6}"), demo.ctiPassword());
        assertNotEquals(PASSWORD, demo.ownPassword());
        Set<String> made = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            String p = DemoLab.madeUpPassword("phone-", "phone-000000");
            assertNotEquals("phone-000000", p);
            made.add(p);
        }
        assertTrue(made.size() > 1, "made up anew each time: " + made);
    }

    @Test
    void optionsRefuseAPasswordTheStoryNeedsOtherwise() {
        assertThrows(IllegalArgumentException.class, () -> new DemoLab.Options(""));
        assertThrows(IllegalArgumentException.class, () -> new DemoLab.Options("x").phoneCount(2));
        assertFalse(new DemoLab.Options(PASSWORD).toString().contains(PASSWORD));
    }

    @Test
    void closeReleasesEveryPort() throws Exception {
        DemoLab small = DemoLab.start(new DemoLab.Options(PASSWORD).firstPhoneAddress("127.0.45.1")
                .clusterFirstAddress("127.0.46.1").phoneCount(3).phonePort(0));
        small.close();
        for (SimulatedPhone p : small.phones().phones()) {
            rebind(p.address());
        }
        rebind(small.cucmApi().address());
        for (ClusterNode n : small.cluster().nodes()) {
            rebind(n.endpoint(SimulatedCluster.Service.TFTP_HTTP));
            rebind(n.endpoint(SimulatedCluster.Service.TOMCAT));
        }
    }

    /**
     * Binds a listening socket where the lab listened: it fails while any server still listens there. Address reuse
     * lets connections that just closed (TIME_WAIT after the lab's own requests) not count as the port being held.
     */
    private static void rebind(InetSocketAddress a) throws IOException {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(a);
        }
    }
}
