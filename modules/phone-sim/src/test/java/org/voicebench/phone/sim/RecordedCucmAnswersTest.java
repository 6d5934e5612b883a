package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AuthenticationUrls;
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
import org.voicebench.phone.cucm.RisNodeError;
import org.voicebench.phone.cucm.RisSelection;
import org.voicebench.trust.lab.LabCluster;
import org.voicebench.trust.lab.LabIdentity;

/**
 * The phone-core AXL and RIS clients against answers written in the shapes real clusters give
 * (test resources {@code recorded-cucm/}, reconstructed from Cisco's documentation, not captures; see
 * the README there), replayed in order over HTTPS on loopback: not our simulator's own answers.
 */
class RecordedCucmAnswersTest {

    private static final String DIR = "recorded-cucm/";
    private static final String A = "SEP001122334455";
    private static final String B = "SEP0011223344AA";
    private static final Deque<Map.Entry<Integer, String>> SCRIPT = new ConcurrentLinkedDeque<>();
    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpsServer server;
    private static byte[] certificate;
    private CucmSession session;

    @BeforeAll
    static void start() throws IOException {
        LabCluster c = LabFixtures.cluster();
        LabIdentity tomcat = c.identity(LabCluster.TOMCAT, c.publisher());
        certificate = tomcat.certificate();
        server = HttpServers.createHttps(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(TlsIdentities.serverContext(tomcat)));
        server.createContext("/", RecordedCucmAnswersTest::replay);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void open() {
        SCRIPT.clear();
        REQUESTS.clear();
        session = CucmSession.open(CucmConnection.of(server.getAddress().getAddress().getHostAddress(),
                CucmTrust.pinned(CucmTrust.fingerprint(certificate))).withPort(server.getAddress().getPort())
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                CucmCredentialsProvider.fixed(new PhoneCredentials("axl", "pw".toCharArray())));
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** The next answers, in order: HTTP status and resource. */
    private static void answers(Object... statusAndFile) {
        for (int i = 0; i < statusAndFile.length; i += 2) {
            SCRIPT.add(Map.entry((Integer) statusAndFile[i], (String) statusAndFile[i + 1]));
        }
    }

    /** A CUCM 12.5 refusing the first schema tried and giving its release. */
    private static void cucm125Negotiation() {
        answers(599, "axl-incorrect-version-599.html", 200, "axl-12.5-getCCMVersion.xml");
    }

    private static void replay(HttpExchange ex) throws IOException {
        try (ex; InputStream in = ex.getRequestBody()) {
            REQUESTS.add(ex.getRequestHeaders().getFirst("SOAPAction") + "\n"
                    + new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map.Entry<Integer, String> next = SCRIPT.poll();
            byte[] body;
            try (InputStream r = RecordedCucmAnswersTest.class.getResourceAsStream(DIR + (next == null ? "none" : next.getValue()))) {
                body = r == null ? "no recorded answer left".getBytes(StandardCharsets.UTF_8) : r.readAllBytes();
            }
            ex.getResponseHeaders().set("Content-Type", next != null && next.getValue().endsWith(".xml")
                    ? "text/xml; charset=utf-8" : "text/html");
            ex.sendResponseHeaders(next == null ? 500 : next.getKey(), body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private RisSelection ris(List<String> names, RisWaitLog log) throws CucmException {
        return log.noSleeping(RisClient.builder(session)).build().selectDevices(names);
    }

    @Test
    void aCucm125IsAskedInTheSchemaItNamesAndItsPhonesAreRead() throws Exception {
        cucm125Negotiation();
        answers(200, "axl-12.5-listPhone.xml");
        AxlClient axl = new AxlClient(session);
        List<AxlPhone> phones = axl.listPhones("SEP%");

        assertEquals(List.of(new AxlPhone(A, "Cisco 8845", "Reception 8845", "DP-HQ", "SIP"),
                new AxlPhone(B, "Cisco 7841", "Lab 7841", "DP-HQ", "SIP"),
                new AxlPhone("SEP0011223344BB", "Cisco 7965", "", "DP-Branch", "SCCP")), phones);
        assertEquals("12.5", axl.schemaVersion());
        assertEquals("12.5.1.16900-48", axl.cucmVersion());
        assertEquals(3, REQUESTS.size());
        assertTrue(REQUESTS.get(0).startsWith("\"CUCM:DB ver=15.0 getCCMVersion\""), REQUESTS.get(0));
        assertTrue(REQUESTS.get(1).startsWith("\"CUCM:DB ver=12.5 getCCMVersion\""), "12.x named: straight to 12.5");
        assertTrue(REQUESTS.get(2).startsWith("\"CUCM:DB ver=12.5 listPhone\"")
                && REQUESTS.get(2).contains("xmlns:ns=\"http://www.cisco.com/AXL/API/12.5\""), REQUESTS.get(2));
    }

    @Test
    void anEmptyReturnIsNoPhones() throws Exception {
        cucm125Negotiation();
        answers(200, "axl-12.5-listPhone-empty.xml");
        assertEquals(List.of(), new AxlClient(session).listPhones("SEP%"));
    }

    @Test
    void doDeviceResetAsksARestartAndAnUnknownDeviceIsTheServersFault() throws Exception {
        cucm125Negotiation();
        answers(200, "axl-12.5-doDeviceReset.xml", 500, "axl-fault-item-not-valid.xml");
        AxlClient axl = new AxlClient(session);
        axl.doDeviceReset(A);
        String request = REQUESTS.get(2);
        assertTrue(request.startsWith("\"CUCM:DB ver=12.5 doDeviceReset\"") && request.contains("<deviceName>" + A + "</deviceName>")
                && request.contains("<isHardReset>false</isHardReset>")
                && request.contains("<deviceResetType>Restart</deviceResetType>"), request);
        CucmException e = assertThrows(CucmException.class, () -> axl.doDeviceReset("SEPFFFFFFFFFFFF"));
        assertEquals(CucmFailure.FAULT, e.failure());
        assertEquals("Item not valid: The specified Device was not found [axlcode 5007]", e.detail());
    }

    @Test
    void theAuthenticationUrlsAreReadFromProcessconfig() throws Exception {
        cucm125Negotiation();
        answers(200, "axl-12.5-executeSQLQuery-authentication-urls.xml");
        AuthenticationUrls urls = new AxlClient(session).authenticationUrls();
        assertEquals(new AuthenticationUrls("http://cucm-pub.example.com:8080/ccmcip/authenticate.jsp",
                "https://cucm-pub.example.com:8443/ccmcip/authenticate.jsp"), urls);
        assertTrue(REQUESTS.get(2).contains("from processconfig where paramname = &apos;URLAuthentication&apos;"),
                REQUESTS.get(2));
    }

    @Test
    void a401NamesTheRolesTheUserNeeds() {
        answers(401, "axl-401.html");
        CucmException e = assertThrows(CucmException.class, () -> new AxlClient(session).listPhones("SEP%"));
        assertEquals(CucmFailure.AUTH_FAILED, e.failure());
        assertTrue(e.getMessage().contains("Standard AXL API Access") && e.getMessage().contains("Standard CCM Admin Users"),
                e.getMessage());
    }

    @Test
    void aDeviceOnTwoNodesIsItsNewestEntryAndNotFoundIsNoError() throws Exception {
        answers(200, "ris-two-nodes.xml");
        RisSelection s = ris(List.of(A, B), new RisWaitLog());
        assertEquals(new RisDevice(A, Registration.REGISTERED, "10.10.30.31", "36670", "sip8845_65.14-2-1-0001-14",
                RisDevice.WebServer.ON, "cucm-sub1", 1718003600L), s.devices().get(A));
        assertEquals("10.10.30.40", s.devices().get(B).ipAddress(), "the IPv4 address of a phone that has both");
        assertEquals(List.of(), s.nodeErrors());
        assertTrue(REQUESTS.get(0).contains("<soap:MaxReturnedDevices>1000</soap:MaxReturnedDevices>"), REQUESTS.get(0));
    }

    @Test
    void anAnswerHoldingEntriesBackIsAskedAgainInSmallerChunks() throws Exception {
        answers(200, "ris-truncated-1.xml", 200, "ris-truncated-2.xml", 200, "ris-truncated-3.xml");
        RisSelection s = ris(List.of(A, B), new RisWaitLog());
        assertEquals("10.10.30.31", s.devices().get(A).ipAddress(), "the held-back newer entry was fetched");
        assertEquals(Registration.REGISTERED, s.devices().get(A).status());
        assertEquals("10.10.30.40", s.devices().get(B).ipAddress());
        assertEquals(3, REQUESTS.size());
        assertTrue(REQUESTS.get(1).contains(A) && !REQUESTS.get(1).contains(B), REQUESTS.get(1));
    }

    @Test
    void anEmptyAnswerWithNilCmNodesIsNoPhones() throws Exception {
        answers(200, "ris-empty.xml");
        RisSelection s = ris(List.of(A), new RisWaitLog());
        assertEquals(Map.of(), s.devices());
        assertEquals(List.of(), s.nodeErrors());
    }

    @Test
    void aNodeThatDidNotAnswerIsReported() throws Exception {
        answers(200, "ris-node-error.xml");
        RisSelection s = ris(List.of(A, B), new RisWaitLog());
        assertEquals(List.of(new RisNodeError("cucm-sub1", "NodeNotResponding")), s.nodeErrors());
        assertEquals(Registration.UNREGISTERED, s.devices().get(A).status(), "only the other node's older entry is known");
    }

    @Test
    void ciscosRateLimitFaultIsWaitedOutAndAskedAgain() throws Exception {
        answers(500, "ris-rate-limit-fault.xml", 200, "ris-two-nodes.xml");
        RisWaitLog log = new RisWaitLog();
        RisSelection s = ris(List.of(A, B), log);
        assertEquals(2, s.devices().size());
        assertEquals(1, log.rateLimited.size());
        assertEquals(2, REQUESTS.size());
    }

    @Test
    void olderRisPortGivesTheAddressAsIpAddress() throws Exception {
        answers(200, "ris-old-risport.xml");
        RisDevice d = ris(List.of("SEP0011223344BB"), new RisWaitLog()).devices().get("SEP0011223344BB");
        assertEquals("10.10.20.77", d.ipAddress());
        assertEquals(Registration.REGISTERED, d.status());
        assertEquals(1718001234L, d.timeStamp());
    }
}
