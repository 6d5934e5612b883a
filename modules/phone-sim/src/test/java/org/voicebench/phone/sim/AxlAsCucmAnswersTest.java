package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.cucm.AuthenticationUrls;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmException;
import org.voicebench.phone.cucm.CucmFailure;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;

/**
 * The AXL client against a simulated CUCM that takes only some schema versions, as real clusters
 * do: it asks the server's release first and uses its schema, steps down when a version is refused
 * (HTTP 599 "Incorrect axl version"), restarts phones with doDeviceReset and reads the Authentication
 * URLs. Cluster on 127.0.24.1, phones on 127.0.24.101.
 */
class AxlAsCucmAnswersTest {

    private static final String USER = "axl";
    private static final String PASSWORD = "Axl-pw-24";
    private static SimulatedCluster cluster;
    private final List<SimulatedCucmApi> apis = new ArrayList<>();
    private final List<CucmSession> sessions = new ArrayList<>();

    @BeforeAll
    static void startCluster() throws Exception {
        cluster = SimulatedCluster.builder().nodes(2).keyBits(1024).seed(24).firstAddress("127.0.24.1").freePorts().start();
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

    private AxlClient axl(SimulatedCucmApi.Builder b) throws IOException {
        SimulatedCucmApi api = cluster.startCucmApi(b.user(USER, PASSWORD).devices(CucmApiTest.fakeDevices(12)));
        apis.add(api);
        CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.pinned(CucmTrust.fingerprint(api.certificate())))
                .withPort(api.port()).withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(10)),
                CucmCredentialsProvider.fixed(new PhoneCredentials(USER, PASSWORD.toCharArray())));
        sessions.add(s);
        return new AxlClient(s, 5, 10);
    }

    private SimulatedCucmApi api() {
        return apis.get(apis.size() - 1);
    }

    @Test
    void theServersOwnReleaseSchemaIsUsedInTheSoapActionAndTheNamespace() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder()); // takes 12.5 and 14.0, release 14.0.1
        assertEquals(12, axl.listPhones("SEP%").size());
        assertEquals("14.0", axl.schemaVersion());
        assertEquals("14.0.1.10000-20", axl.cucmVersion());
        assertEquals(List.of("\"CUCM:DB ver=15.0 getCCMVersion\"", "\"CUCM:DB ver=14.0 getCCMVersion\"",
                "\"CUCM:DB ver=14.0 listPhone\"", "\"CUCM:DB ver=14.0 listPhone\"", "\"CUCM:DB ver=14.0 listPhone\""),
                api().soapActions());
    }

    @Test
    void anOlderClusterNamingItsVersionsIsReachedInOneStep() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder().axlVersions("11.0", "11.5", "12.0", "12.5").cucmVersion("12.5.1.16900-48"));
        assertEquals("12.5", axl.schemaVersion());
        assertEquals(12, axl.listPhones("SEP%").size());
        assertEquals("\"CUCM:DB ver=12.5 getCCMVersion\"", api().soapActions().get(1), "the refusal named 12.5: no 14.0 tried");
    }

    @Test
    void theSchemaIsNeverAboveTheServersRelease() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder().axlVersions("14.0", "15.0").cucmVersion("14.0.1.13900-155"));
        assertEquals("14.0", axl.schemaVersion(), "15.0 answered getCCMVersion, but the release is 14");
        axl.listPhones("SEP%");
        assertTrue(api().soapActions().contains("\"CUCM:DB ver=14.0 listPhone\""), api().soapActions().toString());
    }

    @Test
    void aVersionRefusedLaterStepsDownToOneTheServerTakes() throws Exception {
        // a release whose own schema the server does not take: listPhone in 14.0 is refused, 11.5 is named
        AxlClient axl = axl(SimulatedCucmApi.builder().axlVersions("11.5", "15.0").cucmVersion("14.0.1.13900-155"));
        assertEquals(12, axl.listPhones("SEP%").size());
        assertEquals("11.5", axl.schemaVersion());
        List<String> actions = api().soapActions();
        assertEquals(List.of("\"CUCM:DB ver=15.0 getCCMVersion\"", "\"CUCM:DB ver=14.0 listPhone\"",
                "\"CUCM:DB ver=11.5 listPhone\""), actions.subList(0, 3));
    }

    @Test
    void aClusterTakingNoSpokenVersionIsAVersionRefusalWithItsWords() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder().axlVersions("9.1", "10.5").cucmVersion("10.5.2.15900-8"));
        CucmException e = assertThrows(CucmException.class, () -> axl.listPhones("SEP%"));
        assertEquals(CucmFailure.VERSION_REFUSED, e.failure());
        assertTrue(e.detail().contains("Supported axl versions are 9.1 and 10.5"), e.detail());
        assertTrue(e.getMessage().contains("11.0 to 15.0"), e.getMessage());
        assertEquals(1, api().axlCalls(), "the refusal named no spoken version: nothing more is tried");
    }

    @Test
    void aReleaseOlderThanElevenIsRefusedByName() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder().axlVersions("11.0").cucmVersion("10.5.2.15900-8"));
        CucmException e = assertThrows(CucmException.class, axl::schemaVersion);
        assertEquals(CucmFailure.VERSION_REFUSED, e.failure());
        assertTrue(e.getMessage().contains("release 10.5.2.15900-8, older than"), e.getMessage());
    }

    @Test
    void doDeviceResetRestartsTheLabPhoneOfThatName() throws Exception {
        try (PhoneLab lab = LabFixtures.lab().firstAddress("127.0.24.101").rebootTime(Duration.ofMillis(500))
                .add(2, "8845").start()) {
            AxlClient axl = axl(SimulatedCucmApi.builder().phones(lab, "DP-Lab"));
            SimulatedPhone phone = lab.phone(1);
            axl.doDeviceReset(phone.name().toLowerCase(java.util.Locale.ROOT));
            assertTrue(phone.rebooting(), "restarted");
            assertFalse(lab.phone(0).rebooting(), "only that phone");
            assertEquals(List.of(phone.name().toLowerCase(java.util.Locale.ROOT) + " Restart"), api().deviceResets(),
                    "a restart, not a hard reset");
            assertTrue(phone.awaitReady(Duration.ofSeconds(5)));
            assertEquals(1, phone.rebootCount());
        }
    }

    @Test
    void resettingAnUnknownDeviceIsTheServersFault() throws Exception {
        AxlClient axl = axl(SimulatedCucmApi.builder());
        axl.doDeviceReset("SEP000000000003"); // a listed device: accepted
        CucmException e = assertThrows(CucmException.class, () -> axl.doDeviceReset("SEPFFFFFFFFFFFF"));
        assertEquals(CucmFailure.FAULT, e.failure());
        assertTrue(e.detail().contains("axlcode 5007") && e.detail().contains("SEPFFFFFFFFFFFF"), e.detail());
        assertEquals(List.of("SEP000000000003 Restart"), api().deviceResets());
    }

    @Test
    void theAuthenticationUrlsAreReadFromTheEnterpriseParameters() throws Exception {
        AuthenticationUrls defaults = axl(SimulatedCucmApi.builder()).authenticationUrls();
        String pub = cluster.publisher().address().getHostAddress();
        assertEquals(new AuthenticationUrls("http://" + pub + ":8080/ccmcip/authenticate.jsp",
                "https://" + pub + ":8443/ccmcip/authenticate.jsp"), defaults);
        assertTrue(defaults.securedIsHttps());
        AuthenticationUrls httpOnly = axl(SimulatedCucmApi.builder().authenticationUrls("http://cucm-pub:8080/auth", ""))
                .authenticationUrls();
        assertEquals(new AuthenticationUrls("http://cucm-pub:8080/auth", ""), httpOnly);
        assertFalse(httpOnly.securedIsHttps());
    }
}
