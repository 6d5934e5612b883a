package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.AxlPhone;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.CucmFailure;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.Registration;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisDevice;

/**
 * The phone-core AXL and RIS clients against the simulated publisher's web services on loopback:
 * paging, chunking, the rate-limit back-off (with an injected sleeper), authentication, certificate
 * trust, hostile XML and connection failures.
 */
class CucmApiTest {

    private static final String USER = "axl";
    private static final String PASSWORD = "s3cret-pw";
    private static SimulatedCluster cluster;
    private final List<SimulatedCucmApi> apis = new ArrayList<>();
    private final List<CucmSession> sessions = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(23).firstAddress("127.0.23.1").freePorts().start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void closeSessions() {
        sessions.forEach(CucmSession::close);
        apis.forEach(SimulatedCucmApi::close);
    }

    /** {@code count} registered phones SEP000000000000.., alternating nodes, web server off on every 7th. */
    static List<CucmDevice> fakeDevices(int count) {
        List<CucmDevice> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new CucmDevice(String.format("SEP%012X", i), i % 2 == 0 ? "Cisco 8845" : "Cisco 7965", "fake " + i,
                    "DP-" + (i % 3), "SIP", "10.1." + (i / 250) + "." + (i % 250 + 1), "Registered", i % 7 != 0,
                    i % 2 == 0 ? "cucm-pub" : "cucm-sub1", "sip88xx.14-2-1", CucmDevice.BASELINE_TIME_STAMP));
        }
        return out;
    }

    private SimulatedCucmApi api(SimulatedCucmApi.Builder b) throws IOException {
        SimulatedCucmApi api = cluster.startCucmApi(b.user(USER, PASSWORD));
        apis.add(api);
        return api;
    }

    private CucmSession session(SimulatedCucmApi api, CucmTrust trust, String password) {
        CucmSession s = CucmSession.open(CucmConnection.of(api.host(), trust).withPort(api.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                CucmCredentialsProvider.fixed(new PhoneCredentials(USER, password.toCharArray())));
        sessions.add(s);
        return s;
    }

    private CucmSession session(SimulatedCucmApi api) {
        return session(api, CucmTrust.pinned(CucmTrust.fingerprint(api.certificate())), PASSWORD);
    }

    @Test
    void listPhoneReadsEveryPageUntilAShortOne() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(25)));
        List<AxlPhone> phones = new AxlClient(session(api), 10, 50).listPhones("SEP%");

        assertEquals(25, phones.size());
        assertEquals(List.of("0/10", "10/10", "20/10"), api.axlPages());
        assertEquals(List.of("\"CUCM:DB ver=15.0 getCCMVersion\"", "\"CUCM:DB ver=14.0 getCCMVersion\"",
                "\"CUCM:DB ver=14.0 listPhone\""), api.soapActions().subList(0, 3), "the server's version first");
        AxlPhone third = phones.get(2);
        assertEquals(new AxlPhone("SEP000000000002", "Cisco 8845", "fake 2", "DP-2", "SIP"), third);
        assertEquals("8845", third.shortModel());
    }

    @Test
    void aFullLastPageCostsOneMoreEmptyPage() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(20)));
        assertEquals(20, new AxlClient(session(api), 10, 50).listPhones("%").size());
        assertEquals(List.of("0/10", "10/10", "20/10"), api.axlPages());
    }

    @Test
    void theNameWildcardSelectsOnTheServer() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(40)));
        List<AxlPhone> phones = new AxlClient(session(api), 100, 5).listPhones("sep00000000001%");
        assertEquals(16, phones.size()); // ...10 to ...1F, matched ignoring case
        assertTrue(phones.stream().allMatch(p -> p.name().startsWith("SEP00000000001")));
    }

    @Test
    void pagesAreBounded() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(30)));
        CucmException e = assertThrows(CucmException.class,
                () -> new AxlClient(session(api), 10, 2).listPhones("%"));
        assertEquals(CucmFailure.TOO_MANY_RESULTS, e.failure());
        assertEquals(List.of("0/10", "10/10"), api.axlPages());
        assertTrue(e.getMessage().contains(api.host()), e.getMessage());
    }

    @Test
    void anAxlFaultIsReportedWithTheServersWords() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)));
        CucmException e = assertThrows(CucmException.class, () -> new AxlClient(session(api)).listPhones(""));
        assertEquals(CucmFailure.FAULT, e.failure());
        assertTrue(e.detail().contains("Search criteria must have"), e.detail());
        assertTrue(e.detail().contains("axlcode -1"), e.detail());
        assertTrue(e.getMessage().startsWith("CUCM " + api.host()), e.getMessage());
    }

    @Test
    void risAsksInChunksOfAtMostOneThousandNames() throws Exception {
        List<CucmDevice> devices = fakeDevices(2345);
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(devices));
        List<String> names = new ArrayList<>(devices.stream().map(CucmDevice::name).toList());
        names.add("SEPUNKNOWN0001");
        Map<String, RisDevice> found = new RisWaitLog().noSleeping(RisClient.builder(session(api))).build()
                .selectDevices(names).devices();

        assertEquals(List.of(1000, 1000, 346), api.risChunkSizes());
        assertEquals(2345, found.size());
        assertFalse(found.containsKey("SEPUNKNOWN0001"));
        RisDevice d7 = found.get("SEP000000000007");
        assertEquals(new RisDevice("SEP000000000007", Registration.REGISTERED, "10.1.0.8", "Cisco 7965", "sip88xx.14-2-1",
                RisDevice.WebServer.OFF, "cucm-sub1", CucmDevice.BASELINE_TIME_STAMP), d7);
        assertEquals(RisDevice.WebServer.ON, found.get("SEP000000000008").webServer());
        assertEquals("\"http://schemas.cisco.com/ast/soap/action/#RisPort#SelectCmDevice\"", api.soapActions().get(0));
    }

    @Test
    void unregisteredAndUnknownDevicesAreToldApart() throws Exception {
        List<CucmDevice> devices = new ArrayList<>(fakeDevices(3));
        devices.set(1, devices.get(1).withStatus("UnRegistered"));
        devices.set(2, devices.get(2).withStatus(null));
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(devices));
        Map<String, RisDevice> found = new RisWaitLog().noSleeping(RisClient.builder(session(api))).build()
                .selectDevices(devices.stream().map(CucmDevice::name).toList()).devices();
        assertEquals(Registration.REGISTERED, found.get("SEP000000000000").status());
        assertEquals(Registration.UNREGISTERED, found.get("SEP000000000001").status());
        assertFalse(found.containsKey("SEP000000000002"));
    }

    @Test
    void rateLimitFaultsAreWaitedOutThirtyToNinetySecondsThenRetried() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(1500)).rateLimitFirst(2));
        RisWaitLog log = new RisWaitLog();
        RisClient ris = log.noSleeping(RisClient.builder(session(api))).random(RandomGenerator.of("L64X128MixRandom")).build();
        Map<String, RisDevice> found = ris.selectDevices(fakeDevices(1500).stream().map(CucmDevice::name).toList()).devices();

        assertEquals(1500, found.size());
        List<Duration> waits = log.rateLimited;
        assertEquals(2, waits.size());
        for (Duration w : waits) {
            assertTrue(w.compareTo(Duration.ofSeconds(30)) >= 0 && w.compareTo(Duration.ofSeconds(90)) <= 0, w.toString());
        }
        assertEquals(2, api.rateLimitFaults());
        assertEquals(4, api.risCalls()); // two faults, then both chunks
        assertEquals(List.of(1000, 500), api.risChunkSizes());
    }

    @Test
    void aFaultInTheMiddleIsRetriedForThatChunkOnly() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(2500)).rateLimitEvery(2));
        RisWaitLog log = new RisWaitLog();
        Map<String, RisDevice> found = log.noSleeping(RisClient.builder(session(api))).build()
                .selectDevices(fakeDevices(2500).stream().map(CucmDevice::name).toList()).devices();
        assertEquals(2500, found.size());
        assertEquals(List.of(1000, 1000, 500), api.risChunkSizes());
        assertEquals(2, log.rateLimited.size()); // calls 2 and 4 faulted
    }

    @Test
    void aPersistentRateLimitEndsAfterTheRetries() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(5)).rateLimitFirst(100));
        RisWaitLog log = new RisWaitLog();
        RisClient ris = log.noSleeping(RisClient.builder(session(api))).maxRetries(2).build();
        CucmException e = assertThrows(CucmException.class, () -> ris.selectDevices(List.of("SEP000000000001")));
        assertEquals(CucmFailure.RATE_LIMITED, e.failure());
        assertTrue(e.detail().contains("Exceeded allowed rate for Reatime information"), e.detail());
        assertEquals(3, api.risCalls());
        assertEquals(2, log.rateLimited.size());
    }

    @Test
    void aWrongPasswordIsAnAuthFailureThatDoesNotShowThePassword() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)));
        CucmSession s = session(api, CucmTrust.pinned(CucmTrust.fingerprint(api.certificate())), "wrong-password");
        CucmException axl = assertThrows(CucmException.class, () -> new AxlClient(s).listPhones("%"));
        assertEquals(CucmFailure.AUTH_FAILED, axl.failure());
        assertEquals("401", axl.detail());
        assertTrue(axl.getMessage().contains(api.host()), axl.getMessage());
        assertTrue(axl.getMessage().contains("Standard AXL API Access") && axl.getMessage().contains("Standard CCM Admin Users"),
                axl.getMessage());
        assertFalse(axl.getMessage().contains("wrong-password"));
        CucmException ris = assertThrows(CucmException.class,
                () -> RisClient.builder(s).build().selectDevices(List.of("SEP000000000001")));
        assertEquals(CucmFailure.AUTH_FAILED, ris.failure());
        assertTrue(ris.getMessage().contains("Standard CCM Admin Users"), ris.getMessage());
    }

    @Test
    void aHostileAnswerWithAnExternalEntityIsRefused() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)).hostile(true));
        CucmException e = assertThrows(CucmException.class, () -> new AxlClient(session(api)).listPhones("%"));
        assertEquals(CucmFailure.UNEXPECTED_RESPONSE, e.failure());
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        CucmException r = assertThrows(CucmException.class,
                () -> RisClient.builder(session(api)).build().selectDevices(List.of("SEP000000000001")));
        assertEquals(CucmFailure.UNEXPECTED_RESPONSE, r.failure());
    }

    @Test
    void anUnpinnedSelfSignedCertificateIsRefusedNamingItsFingerprint() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)));
        String fingerprint = CucmTrust.fingerprint(api.certificate());
        CucmException e = assertThrows(CucmException.class,
                () -> new AxlClient(session(api, CucmTrust.systemTrustStore(), PASSWORD)).listPhones("%"));
        assertEquals(CucmFailure.CERTIFICATE_UNTRUSTED, e.failure());
        assertEquals(fingerprint, e.detail());
        assertTrue(e.getMessage().contains(fingerprint), e.getMessage());
        assertEquals(0, api.axlCalls(), "nothing may be sent before the certificate is trusted");
    }

    @Test
    void aPinOfAnotherCertificateIsRefused() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)));
        String other = CucmTrust.fingerprint(cluster.labCluster().identity("CallManager", "cucm-pub").certificate());
        CucmException e = assertThrows(CucmException.class,
                () -> new AxlClient(session(api, CucmTrust.pinned(other), PASSWORD)).listPhones("%"));
        assertEquals(CucmFailure.CERTIFICATE_UNTRUSTED, e.failure());
        assertTrue(e.getMessage().contains("not the pinned certificate"), e.getMessage());
        assertEquals(0, api.axlCalls());
    }

    @Test
    void thePinnedCertificateAndTheLabOptInAreAccepted() throws Exception {
        SimulatedCucmApi api = api(SimulatedCucmApi.builder().devices(fakeDevices(3)));
        String pin = CucmTrust.fingerprint(api.certificate()).replace(":", "").toLowerCase(java.util.Locale.ROOT);
        assertEquals(3, new AxlClient(session(api, CucmTrust.pinned(pin), PASSWORD)).listPhones("%").size());
        assertEquals(3, new AxlClient(session(api, CucmTrust.anyCertificateForLab(), PASSWORD)).listPhones("%").size());
    }

    @Test
    void aClosedPortIsRefused() throws Exception {
        int port;
        InetAddress host = cluster.publisher().address();
        try (ServerSocket s = new ServerSocket(0, 1, host)) {
            port = s.getLocalPort();
        }
        CucmSession s = CucmSession.open(CucmConnection.of(host.getHostAddress(), CucmTrust.anyCertificateForLab())
                .withPort(port), CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
        sessions.add(s);
        CucmException e = assertThrows(CucmException.class, () -> new AxlClient(s).listPhones("%"));
        assertEquals(CucmFailure.REFUSED, e.failure());
        assertTrue(e.getMessage().contains(host.getHostAddress()), e.getMessage());
    }

    @Test
    void aServerThatNeverCompletesTheHandshakeIsATimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 5, cluster.publisher().address())) {
            Thread t = new Thread(() -> {
                try {
                    accepted.add(silent.accept()); // and never answer
                } catch (IOException e) {
                    // closed by the test
                }
            });
            t.setDaemon(true);
            t.start();
            CucmSession s = CucmSession.open(CucmConnection.of(silent.getInetAddress().getHostAddress(),
                    CucmTrust.anyCertificateForLab()).withPort(silent.getLocalPort())
                    .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                    CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
            sessions.add(s);
            long start = System.nanoTime();
            CucmException e = assertThrows(CucmException.class, () -> new AxlClient(s).listPhones("%"));
            assertEquals(CucmFailure.UNREACHABLE, e.failure(), e.getMessage());
            assertTrue(e.getMessage().contains("did not complete the TLS handshake within 2000 ms"), e.getMessage());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        } finally {
            for (Socket a : accepted) {
                a.close();
            }
        }
    }

    @Test
    void aServerThatDoesNotAnswerIsATimeout() throws Exception {
        // the publisher's 8443 capture endpoint completes the handshake, then never answers
        java.net.InetSocketAddress tomcat = cluster.publisher().endpoint(SimulatedCluster.Service.TOMCAT);
        CucmSession s = CucmSession.open(CucmConnection.of(tomcat.getAddress().getHostAddress(),
                CucmTrust.anyCertificateForLab()).withPort(tomcat.getPort())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)),
                CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
        sessions.add(s);
        CucmException e = assertThrows(CucmException.class,
                () -> RisClient.builder(s).build().selectDevices(List.of("SEP000000000001")));
        assertEquals(CucmFailure.UNREACHABLE, e.failure(), e.getMessage());
        assertTrue(e.getMessage().contains("did not answer RIS selectCmDevice (1 names from #1) within 500 ms"), e.getMessage());
    }

    @Test
    void theApiStopsWithTheCluster() throws Exception {
        try (SimulatedCluster c = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(24).firstAddress("127.0.23.101")
                .freePorts().start()) {
            SimulatedCucmApi api = c.startCucmApi(SimulatedCucmApi.builder().user(USER, PASSWORD));
            assertNotNull(api.baseUrl());
            c.close();
            CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab())
                    .withPort(api.port()), host -> java.util.Optional.empty());
            sessions.add(s);
            CucmException e = assertThrows(CucmException.class, () -> new AxlClient(s).listPhones("%"));
            assertEquals(CucmFailure.REFUSED, e.failure());
        }
    }
}
