package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;
import org.voicebench.phone.cucm.Discovery;
import org.voicebench.phone.cucm.DiscoveryResult;
import org.voicebench.phone.cucm.Registration;
import org.voicebench.phone.cucm.RisClient;
import org.voicebench.phone.cucm.RisDevice;
import org.voicebench.phone.cucm.RisNodeError;
import org.voicebench.phone.cucm.RisSelection;

/**
 * The RIS client against a simulated CUCM answering as RisPort70 does: a device on several nodes
 * kept once by its newest entry, answers of at most 1,000 entries paged by name chunks until every
 * entry is seen, failing nodes reported, an empty answer that is no error, requests paced so that a
 * rate-limited RIS delays and never fails. Cluster on 127.0.24.51.
 */
class RisAsCucmAnswersTest {

    private static final String USER = "ris";
    private static final String PASSWORD = "Ris-pw-24";
    private static final long T = CucmDevice.BASELINE_TIME_STAMP;
    private static SimulatedCluster cluster;
    private final List<SimulatedCucmApi> apis = new ArrayList<>();
    private final List<CucmSession> sessions = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SimulatedCluster.builder().nodes(3).keyBits(1024).seed(25).firstAddress("127.0.24.51").freePorts().start();
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @AfterEach
    void close() {
        sessions.forEach(CucmSession::close);
        apis.forEach(SimulatedCucmApi::close);
    }

    private CucmSession session(SimulatedCucmApi.Builder b) throws IOException {
        SimulatedCucmApi api = cluster.startCucmApi(b.user(USER, PASSWORD));
        apis.add(api);
        CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.anyCertificateForLab()).withPort(api.port())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
        sessions.add(s);
        return s;
    }

    private SimulatedCucmApi api() {
        return apis.get(apis.size() - 1);
    }

    private static CucmDevice phone(String name, String node, String ip) {
        return CucmDevice.registered(name, "Cisco 8845", "DP", ip, node);
    }

    @Test
    void aDeviceOnSeveralNodesIsKeptOnceByItsNewestEntry() throws Exception {
        CucmDevice moved = phone("SEP0000000000A1", "cucm-sub1", "10.0.0.1");
        CucmDevice off = phone("SEP0000000000A2", "cucm-sub1", "10.0.0.2");
        CucmDevice flapping = phone("SEP0000000000A3", "cucm-sub2", "10.0.0.3");
        List<CucmDevice> devices = List.of(
                moved.elsewhere("cucm-pub", "192.0.2.1", "UnRegistered", T - 3600), moved,  // failed over an hour ago
                off.elsewhere("cucm-pub", "10.0.0.2", "UnRegistered", T + 60), off.withStatus("Registered"), // unplugged since
                flapping.elsewhere("cucm-pub", "192.0.2.3", "UnRegistered", T), flapping); // as new: the registered one
        RisSelection s = new RisWaitLog().noSleeping(RisClient.builder(session(SimulatedCucmApi.builder().devices(devices))))
                .build().selectDevices(List.of("SEP0000000000A1", "sep0000000000a2", "SEP0000000000A3"));

        Map<String, RisDevice> found = s.devices();
        assertEquals(List.of("SEP0000000000A1", "sep0000000000a2", "SEP0000000000A3"), List.copyOf(found.keySet()));
        assertEquals("cucm-sub1", found.get("SEP0000000000A1").node());
        assertEquals("10.0.0.1", found.get("SEP0000000000A1").ipAddress());
        assertEquals(Registration.UNREGISTERED, found.get("sep0000000000a2").status(), "the newest says it left");
        assertEquals(T + 60, found.get("sep0000000000a2").timeStamp());
        assertEquals(Registration.REGISTERED, found.get("SEP0000000000A3").status());
        assertEquals("10.0.0.3", found.get("SEP0000000000A3").ipAddress());
        assertEquals(List.of(), s.nodeErrors());
    }

    @Test
    void answersOfAtMostOneThousandEntriesArePagedUntilEveryEntryIsSeen() throws Exception {
        List<CucmDevice> devices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            String name = String.format("SEP%012X", i);
            names.add(name);
            CucmDevice now = phone(name, "cucm-sub2", "10.2." + (i / 250) + "." + (i % 250 + 1));
            devices.add(now.elsewhere("cucm-pub", "192.0.2.1", "UnRegistered", T - 600)); // listed first, older
            devices.add(now);
        }
        RisWaitLog log = new RisWaitLog();
        RisSelection s = log.noSleeping(RisClient.builder(session(SimulatedCucmApi.builder().devices(devices)))).build()
                .selectDevices(names);

        assertEquals(1200, s.devices().size());
        for (int i = 0; i < 1200; i++) {
            RisDevice d = s.devices().get(names.get(i));
            assertEquals("cucm-sub2", d.node(), names.get(i) + " must come from its newest entry, on the node it is on now");
            assertEquals(Registration.REGISTERED, d.status());
        }
        List<Integer> chunks = api().risChunkSizes();
        assertEquals(1000, chunks.get(0), "the first request asks 1,000 names: 2,000 entries match, 1,000 come back");
        assertTrue(chunks.stream().skip(1).allMatch(n -> n <= 450), "then chunks whose entries fit: " + chunks);
        assertEquals(1200, chunks.stream().skip(1).mapToInt(Integer::intValue).sum(), "every name asked again: " + chunks);
        assertEquals(chunks.size() - 1, log.pace.size(), "each request after the first waited for its slot");
    }

    @Test
    void anEmptyAnswerIsNoPhonesAndNoError() throws Exception {
        CucmSession session = session(SimulatedCucmApi.builder().devices(List.of(phone("SEP0000000000B1", "cucm-pub", "10.0.0.9")
                .withStatus(null))));
        RisSelection s = new RisWaitLog().noSleeping(RisClient.builder(session)).build()
                .selectDevices(List.of("SEP0000000000B1", "SEP0000000000B2"));
        assertEquals(Map.of(), s.devices());
        assertEquals(List.of(), s.nodeErrors());
        DiscoveryResult r = new Discovery(new AxlClient(session), new RisWaitLog().noSleeping(RisClient.builder(session)).build())
                .discover("SEP%");
        assertEquals(Registration.NOT_FOUND, r.find("SEP0000000000B1").orElseThrow().registration());
        assertEquals(List.of(), r.entries());
    }

    @Test
    void aNodeThatDoesNotAnswerIsReported() throws Exception {
        List<CucmDevice> devices = List.of(phone("SEP0000000000C1", "cucm-pub", "10.0.0.11"),
                phone("SEP0000000000C2", "cucm-sub1", "10.0.0.12"));
        CucmSession session = session(SimulatedCucmApi.builder().devices(devices)
                .risNodeFailing("cucm-sub1", "NodeNotResponding"));
        DiscoveryResult r = new Discovery(new AxlClient(session), new RisWaitLog().noSleeping(RisClient.builder(session)).build())
                .discover("SEP%");
        assertEquals(List.of(new RisNodeError("cucm-sub1", "NodeNotResponding")), r.nodeErrors());
        assertEquals(Registration.REGISTERED, r.find("SEP0000000000C1").orElseThrow().registration());
        assertEquals(Registration.NOT_FOUND, r.find("SEP0000000000C2").orElseThrow().registration());
    }

    @Test
    void requestsPacedToTheServersLimitAreNeverRefused() throws Exception {
        // RIS answers 3 requests a second (180 a minute); the client asks a little slower (150), really sleeping
        CucmSession session = session(SimulatedCucmApi.builder().devices(CucmApiTest.fakeDevices(50))
                .risRateLimit(3, Duration.ofSeconds(1)));
        RisWaitLog log = new RisWaitLog();
        RisClient ris = RisClient.builder(session).chunkSize(10).requestsPerMinute(150).listener(log).build();
        long start = System.nanoTime();
        RisSelection s = ris.selectDevices(CucmApiTest.fakeDevices(50).stream().map(CucmDevice::name).toList());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(50, s.devices().size());
        assertEquals(0, api().rateLimitFaults(), "never refused");
        assertEquals(4, log.pace.size());
        assertEquals(List.of("10/50", "20/50", "30/50", "40/50"), log.progress);
        assertTrue(took.compareTo(Duration.ofMillis(1500)) >= 0 && took.compareTo(Duration.ofSeconds(10)) < 0, took.toString());
    }

    @Test
    void aClientFasterThanTheLimitIsRefusedWithCiscosWordsAndWaitsItOut() throws Exception {
        CucmSession session = session(SimulatedCucmApi.builder().devices(CucmApiTest.fakeDevices(30))
                .risRateLimit(2, Duration.ofMillis(800)));
        RisWaitLog log = new RisWaitLog();
        RisClient ris = RisClient.builder(session).chunkSize(10).requestsPerMinute(60_000).listener(log)
                .backoff(Duration.ofMillis(900), Duration.ofMillis(900)).build();
        RisSelection s = ris.selectDevices(CucmApiTest.fakeDevices(30).stream().map(CucmDevice::name).toList());

        assertEquals(30, s.devices().size(), "delayed, not failed");
        assertEquals(1, api().rateLimitFaults());
        assertEquals(List.of(Duration.ofMillis(900)), log.rateLimited);
    }
}
