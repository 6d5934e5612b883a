package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.ExecuteResult;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.cti.CtiAssociation;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiFailure;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cucm.AxlClient;
import org.voicebench.phone.cucm.CucmConnection;
import org.voicebench.phone.cucm.CucmCredentialsProvider;
import org.voicebench.phone.cucm.CucmSession;
import org.voicebench.phone.cucm.CucmTrust;

/**
 * phone-core's CTI adapter driving the lab stand-in jar exactly as it would drive Cisco's: provider in service before
 * the first key, each terminal observed and in service before its data, keys paced per phone, every failure named,
 * the provider shut down (its non-daemon thread gone), and a run's association put back after a kill. Cluster on
 * 127.0.34.1, phones from 127.0.34.101.
 */
@Timeout(120)
class CtiAdapterTest {

    private static final String USER = "vb-cti";
    private static final String PASSWORD = "cti-pw-34";
    private static final String AXL_USER = "axl-34";
    private static final String AXL_PASSWORD = "axl-pw-34";
    private static final Duration GAP = Duration.ofMillis(300);

    private static final int WEB_OFF = 0;
    private static final int ERROR_4 = 1;
    private static final int REFUSING = 2;
    private static final int NOT_CONTROLLED = 3;
    private static final int RESTARTS = 4;
    private static final int PACED = 5;

    private static SimulatedCluster cluster;
    private static PhoneLab lab;
    private static SimulatedCti cti;
    private static PhoneClient client;
    private static Path jar;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(34).firstAddress("127.0.34.1").freePorts().start();
        PhoneConditions normal = PhoneConditions.NORMAL;
        lab = LabFixtures.lab().firstAddress("127.0.34.101")
                .add(1, "7962", normal.withWebAccess(false))
                .add(1, "7962", normal.withAuthFailing(true))
                .add(1, "7962", normal.withCtiRefusing(true))
                .add(1, "7962", normal)
                .add(1, "7962", normal)
                .add(1, "7962", normal.withWebAccess(false))
                .start();
        cluster.applicationUsers().add(USER, PASSWORD, List.of(name(WEB_OFF), name(ERROR_4), name(REFUSING), name(RESTARTS),
                name(PACED), "SEP0000DEAD0001"));
        cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(GAP).associationDelay(Duration.ofMillis(300)));
        client = new PhoneClient(CredentialsProvider.fixed(new PhoneCredentials(LabFixtures.USER,
                LabFixtures.PASSWORD.toCharArray())));
        jar = standInJar();
    }

    @AfterAll
    static void stop() {
        client.close();
        lab.close();
        cluster.close();
    }

    /** The stand-in jar as the build makes it (the test class path's copy of jtapi-lab). */
    static Path standInJar() throws ClassNotFoundException, URISyntaxException {
        Path p = Path.of(Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource().getLocation().toURI());
        assertTrue(Files.isRegularFile(p), "the stand-in must be a jar, as the user's jtapi.jar is: " + p);
        return p;
    }

    private static CtiSettings settings() {
        return CtiSettings.of(jar, List.of(cti.host()), USER).withKeyGap(GAP)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(3));
    }

    private static String name(int i) {
        return lab.phone(i).name();
    }

    private static PhoneAddress address(int i) {
        return PhoneAddress.parse(lab.phone(i).hostAndPort());
    }

    private static Phone overCti(CtiProvider provider, int i) {
        return client.phone(address(i)).over(provider.channel(address(i), name(i)));
    }

    @Test
    void keysReachAPhoneWhoseWebIsOffOrRefusesEveryUserAndTheProviderEndsItsThreads() throws Exception {
        int openBefore = cti.openProviders();
        try (CtiProvider provider = CtiProvider.open(settings(), PASSWORD.toCharArray())) {
            assertEquals(openBefore + 1, cti.openProviders());
            for (int i : new int[] {WEB_OFF, ERROR_4}) {
                SimulatedPhone phone = lab.phone(i);
                String before = phone.screen().title();
                Phone p = overCti(provider, i);
                assertEquals(KeyTransport.CTI, p.keyTransport());
                ExecuteResult r = p.press("Settings");
                assertFalse(r.confirmed(), "over CTI nothing comes back");
                assertNotEquals(before, phone.screen().title(), "the key was pressed on " + phone.name());
            }
        }
        assertEquals(openBefore, cti.openProviders(), "close() shut the provider down");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> !t.isDaemon() && t.isAlive()
                && t.getName().toLowerCase().contains("jtapi")), "no JTAPI thread keeps the JVM alive");
    }

    @Test
    void keysToOnePhoneArePacedSoNoneIsLost() throws Exception {
        SimulatedPhone phone = lab.phone(PACED);
        int dropped = cti.droppedData();
        int accepted = phone.acceptedKeys();
        try (CtiProvider provider = CtiProvider.open(settings(), PASSWORD.toCharArray())) {
            Phone p = overCti(provider, PACED);
            p.execute("Init:Settings");
            long start = System.nanoTime();
            p.press("Settings");
            p.press("KeyPad4");
            p.press("KeyPad5");
            long took = System.nanoTime() - start;
            assertTrue(took >= GAP.multipliedBy(3).toNanos() - 5_000_000, "three keys after the first: three gaps, took "
                    + took / 1_000_000 + " ms");
        }
        assertEquals(dropped, cti.droppedData(), "the lab drops data closer than its gap: none was");
        assertEquals(accepted + 3, phone.acceptedKeys(), "the three keys (Init: is a URI, not a key)");
    }

    @Test
    void eachFailureIsNamed() throws Exception {
        try (CtiProvider provider = CtiProvider.open(settings(), PASSWORD.toCharArray())) {
            PhoneException notControlled = assertThrows(PhoneException.class, () -> overCti(provider, NOT_CONTROLLED).press("Settings"));
            assertEquals(PhoneFailure.CTI_NOT_CONTROLLED, notControlled.failure());
            assertTrue(notControlled.getMessage().contains("Controlled Devices") && notControlled.getMessage().contains(USER),
                    notControlled.getMessage());

            PhoneException refused = assertThrows(PhoneException.class, () -> overCti(provider, REFUSING).press("Settings"));
            assertEquals(PhoneFailure.CTI_REFUSED, refused.failure(), refused.getMessage());

            PhoneAddress ghost = PhoneAddress.parse("127.0.34.250:80");
            PhoneException outOfService = assertThrows(PhoneException.class,
                    () -> client.phone(ghost).over(provider.channel(ghost, "SEP0000DEAD0001")).press("Settings"));
            assertEquals(PhoneFailure.CTI_OUT_OF_SERVICE, outOfService.failure(), outOfService.getMessage());
        }
        CtiException login = assertThrows(CtiException.class, () -> CtiProvider.open(settings(), "wrong".toCharArray()));
        assertEquals(CtiFailure.LOGIN_REFUSED, login.failure());
        assertFalse(login.getMessage().contains("wrong"), "the password is never in a message");
        assertTrue(login.getMessage().contains("Standard CTI Enabled"), login.getMessage());

        String dead = "127.0.0.1:" + LoopbackAddresses.freePort(InetAddress.getLoopbackAddress());
        CtiException unreachable = assertThrows(CtiException.class, () -> CtiProvider.open(
                CtiSettings.of(jar, List.of(dead), USER), PASSWORD.toCharArray()));
        assertEquals(CtiFailure.HOST_UNREACHABLE, unreachable.failure());
        assertTrue(unreachable.getMessage().contains(dead), unreachable.getMessage());
    }

    @Test
    void aRestartingPhoneIsOutOfServiceAndTheNextKeyWaitsForItsReturn() throws Exception {
        SimulatedPhone phone = lab.phone(RESTARTS);
        try (CtiProvider provider = CtiProvider.open(settings(), PASSWORD.toCharArray())) {
            Phone p = overCti(provider, RESTARTS);
            p.press("Settings");
            phone.reboot();
            int accepted = phone.acceptedKeys();
            p.press("Settings"); // waits (bounded by the terminal timeout) until the phone registers again
            assertTrue(phone.registered());
            assertTrue(phone.acceptedKeys() > accepted, "delivered once it was back");
        }
    }

    @Test
    void anAssociationIsPutBackExactlyEvenAfterARunWasKilled() throws Exception {
        cluster.applicationUsers().add("assoc-34", "pw", List.of("SEP00AA00000001", "SEP00AA00000002"));
        SimulatedCucmApi api = cluster.startCucmApi(SimulatedCucmApi.builder().user(AXL_USER, AXL_PASSWORD).phones(lab, "DP"));
        try (CucmSession s = CucmSession.open(CucmConnection.of(api.host(), CucmTrust.pinned(CucmTrust.fingerprint(
                api.certificate()))).withPort(api.port()), CucmCredentialsProvider.fixed(new PhoneCredentials(AXL_USER,
                AXL_PASSWORD.toCharArray())))) {
            AxlClient axl = new AxlClient(s);
            Path journal = dir.resolve("cti/association.json");
            CtiAssociation run = CtiAssociation.begin(axl, api.host(), "assoc-34", List.of(name(NOT_CONTROLLED),
                    "SEP00AA00000002"), journal);
            assertEquals(List.of(name(NOT_CONTROLLED)), run.added(), "only what the user did not control yet");
            assertEquals(List.of("SEP00AA00000001", "SEP00AA00000002", name(NOT_CONTROLLED)),
                    cluster.applicationUsers().devices("assoc-34").orElseThrow());
            assertTrue(Files.exists(journal), "the previous list is journalled before CUCM changes");

            // the process dies here: nothing restores; the next run must first
            assertThrows(IllegalStateException.class, () -> CtiAssociation.begin(axl, api.host(), "assoc-34", List.of(), journal));
            assertTrue(CtiAssociation.restorePending(axl, journal));
            assertEquals(List.of("SEP00AA00000001", "SEP00AA00000002"), cluster.applicationUsers().devices("assoc-34").orElseThrow());
            assertFalse(Files.exists(journal));

            CtiAssociation normal = CtiAssociation.begin(axl, api.host(), "assoc-34", List.of(name(NOT_CONTROLLED)), journal);
            normal.restore();
            normal.restore();
            assertEquals(List.of("SEP00AA00000001", "SEP00AA00000002"), cluster.applicationUsers().devices("assoc-34").orElseThrow());
            assertFalse(CtiAssociation.restorePending(axl, journal), "nothing left to restore");
        } catch (IOException e) {
            throw e;
        } finally {
            api.close();
        }
    }
}
