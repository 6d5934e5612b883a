package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab CTI service driven end to end through the lab stand-in for Cisco JTAPI, loaded and called as VoiceBench's
 * CTI adapter does (own class loader, reflection on the JTAPI names only). Cluster on 127.0.33.1, phones from
 * 127.0.33.101.
 */
class LabCtiTest {

    private static final String USER = "vb-cti";
    private static final String PASSWORD = "cti-pw-33";
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration ASSOCIATION_DELAY = Duration.ofMillis(400);
    private static final String APPLICATIONS = executeXml("Key:Applications");

    private static final int WEB_OFF = 0;
    private static final int RESTARTS = 1;
    private static final int REFUSING = 2;
    private static final int NOT_CONTROLLED = 3;
    private static final int ASSOCIATED_LATER = 4;
    private static final int PACED = 5;
    private static final int HTTPS_AUTH_FAILING = 6;

    private static SimulatedCluster cluster;
    private static PhoneLab lab;
    private static SimulatedCti cti;
    private static StandInJtapi jtapi;
    private final List<Object> providers = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(33).firstAddress("127.0.33.1").freePorts().start();
        PhoneConditions normal = PhoneConditions.NORMAL;
        lab = LabFixtures.lab().firstAddress("127.0.33.101")
                .add(1, "8845", normal.withWebAccess(false))
                .add(1, "8845", normal)
                .add(1, "8845", normal.withCtiRefusing(true))
                .add(2, "8845", normal)
                .add(1, "8845", normal)
                .add(1, "8845", normal.withAuthFailing(true))
                .start();
        cluster.applicationUsers().add(USER, PASSWORD, List.of(name(WEB_OFF), name(RESTARTS), name(REFUSING), name(PACED),
                name(HTTPS_AUTH_FAILING), "SEP0000DEAD0001"));
        cti = cluster.startCti(SimulatedCti.builder().phones(lab).associationDelay(ASSOCIATION_DELAY));
        jtapi = StandInJtapi.load();
    }

    @AfterAll
    static void stop() throws Exception {
        jtapi.close();
        lab.close();
        cluster.close();
    }

    @AfterEach
    void shutdownProviders() throws Throwable {
        for (Object p : providers) {
            jtapi.call(p, "javax.telephony.Provider", "shutdown");
        }
    }

    @Test
    void theProviderComesInServiceOnItsOwnNonDaemonThreadAndShutdownEndsIt() throws Throwable {
        Object provider = open(USER, PASSWORD);
        StandInJtapi.Events events = jtapi.observeProvider(provider);
        StandInJtapi.Event inService = events.await("ProvInServiceEv", WAIT);
        assertNotNull(inService, "ProvInServiceEv after the open");
        assertEquals(jtapi.intConstant("javax.telephony.Provider", "IN_SERVICE"), state(provider));
        Thread thread = inService.thread();
        assertNotEquals(Thread.currentThread(), thread, "events come on the provider's own thread");
        assertFalse(thread.isDaemon(), "as in Cisco's jar: a provider never shut down keeps the JVM alive");
        assertTrue(thread.isAlive());
        assertEquals(1, cti.openProviders());

        StandInJtapi.Events late = jtapi.observeProvider(provider);
        assertNotNull(late.await("ProvInServiceEv", WAIT), "an observer added later learns the state");

        jtapi.call(provider, "javax.telephony.Provider", "shutdown");
        providers.remove(provider);
        assertNotNull(events.await("ProvShutdownEv", WAIT));
        assertFalse(thread.isAlive(), "shutdown() ends the provider's thread");
        assertEquals(jtapi.intConstant("javax.telephony.Provider", "SHUTDOWN"), state(provider));
        assertEquals(0, cti.openProviders(), "the session is closed");
    }

    @Test
    void aWrongPasswordIsRefusedAndUnreachableHostsAreNamed() throws Throwable {
        RuntimeException refused = assertThrows(RuntimeException.class,
                () -> jtapi.provider(cti.host() + ";login=" + USER + ";passwd=wrong"));
        assertEquals("javax.telephony.ProviderUnavailableException", refused.getClass().getName());
        assertTrue(refused.getMessage().contains("login refused"), refused.getMessage());

        String dead = "127.0.0.1:" + LoopbackAddresses.freePort(InetAddress.getLoopbackAddress());
        RuntimeException unreachable = assertThrows(RuntimeException.class,
                () -> jtapi.provider(dead + ";login=" + USER + ";passwd=" + PASSWORD));
        assertEquals("javax.telephony.ProviderUnavailableException", unreachable.getClass().getName());
        assertTrue(unreachable.getMessage().contains("no CTI Manager reachable") && unreachable.getMessage().contains(dead),
                unreachable.getMessage());

        Object second = jtapi.provider(dead + "," + cti.host() + ";login=" + USER + ";passwd=" + PASSWORD + ";appinfo=test");
        providers.add(second);
        assertEquals(cti.host(), jtapi.call(second, "javax.telephony.Provider", "getName"), "the next host is tried");
    }

    @Test
    void onlyControlledDevicesAreTerminals() throws Throwable {
        Object provider = inService();
        Object terminal = terminal(provider, WEB_OFF);
        assertTrue(jtapi.type("com.cisco.jtapi.extensions.CiscoTerminal").isInstance(terminal));
        assertEquals(name(WEB_OFF), jtapi.call(terminal, "javax.telephony.Terminal", "getName"));
        Exception notControlled = assertThrows(Exception.class, () -> terminal(provider, NOT_CONTROLLED));
        assertEquals("javax.telephony.InvalidArgumentException", notControlled.getClass().getName());
        assertTrue(notControlled.getMessage().contains(name(NOT_CONTROLLED)) && notControlled.getMessage().contains(USER),
                notControlled.getMessage());
    }

    @Test
    void sendDataPressesAKeyOnAPhoneWhoseWebAccessIsOffAndAnswersNothing() throws Throwable {
        Object provider = inService();
        Object terminal = terminal(provider, WEB_OFF);
        Exception unobserved = assertThrows(Exception.class, () -> sendData(terminal, APPLICATIONS));
        assertEquals("javax.telephony.InvalidStateException", unobserved.getClass().getName(), "no observer yet");

        assertNotNull(jtapi.observeTerminal(terminal).await("CiscoTermInServiceEv", WAIT));
        assertEquals(jtapi.intConstant("com.cisco.jtapi.extensions.CiscoTerminal", "IN_SERVICE"),
                jtapi.call(terminal, "com.cisco.jtapi.extensions.CiscoTerminal", "getState"));
        SimulatedPhone phone = lab.phone(WEB_OFF);
        assertFalse(phone.listening(), "web access off: no web server");
        String before = phone.screen().title();
        assertEquals("", sendData(terminal, APPLICATIONS), "no CiscoIPPhoneResponse comes back over CTI");
        assertNotEquals(before, phone.screen().title(), "the key was pressed");
    }

    @Test
    void aPhoneThatRefusesCredentialsStillTakesCtiData() throws Throwable {
        Object terminal = observedInService(HTTPS_AUTH_FAILING);
        int keys = lab.phone(HTTPS_AUTH_FAILING).acceptedKeys();
        sendData(terminal, APPLICATIONS);
        assertEquals(keys + 1, lab.phone(HTTPS_AUTH_FAILING).acceptedKeys());
    }

    @Test
    void dataSoonerThanOneSecondAfterThePreviousIsLostSilently() throws Throwable {
        Object terminal = observedInService(PACED);
        SimulatedPhone phone = lab.phone(PACED);
        int keys = phone.acceptedKeys();
        int dropped = cti.droppedData();
        assertEquals(Duration.ofSeconds(1), cti.dataGap(), "the default gap");
        sendData(terminal, APPLICATIONS);
        assertEquals("", sendData(terminal, executeXml("Key:KeyPad1")), "no error: a real phone says nothing either");
        assertEquals(keys + 1, phone.acceptedKeys(), "the second key was lost");
        assertEquals(dropped + 1, cti.droppedData());
        Thread.sleep(cti.dataGap().toMillis() + 50);
        sendData(terminal, executeXml("Key:KeyPad1"));
        assertEquals(keys + 2, phone.acceptedKeys(), "paced 1 s apart, it arrives");
    }

    @Test
    void aRestartingPhoneIsOutOfServiceUntilItIsBack() throws Throwable {
        Object provider = inService();
        Object terminal = terminal(provider, RESTARTS);
        StandInJtapi.Events events = jtapi.observeTerminal(terminal);
        assertNotNull(events.await("CiscoTermInServiceEv", WAIT));
        SimulatedPhone phone = lab.phone(RESTARTS);
        phone.reboot();
        assertNotNull(events.await("CiscoTermOutOfServiceEv", WAIT), "unregistered while it restarts");
        Exception outOfService = assertThrows(Exception.class, () -> sendData(terminal, APPLICATIONS));
        assertEquals("javax.telephony.InvalidStateException", outOfService.getClass().getName());
        assertTrue(phone.awaitReady(WAIT));
        assertNotNull(events.await("CiscoTermInServiceEv", WAIT), "registered again");
    }

    @Test
    void aControlledDeviceThatIsNoRunningPhoneIsOutOfService() throws Throwable {
        Object terminal = jtapi.call(inService(), "javax.telephony.Provider", "getTerminal", "SEP0000DEAD0001");
        StandInJtapi.Events events = jtapi.observeTerminal(terminal);
        assertNull(events.await("CiscoTermInServiceEv", Duration.ofMillis(600)));
        assertEquals("javax.telephony.InvalidStateException",
                assertThrows(Exception.class, () -> sendData(terminal, APPLICATIONS)).getClass().getName());
    }

    @Test
    void aPhoneWithTheCtiRefuseFaultRefusesTheData() throws Throwable {
        Object terminal = observedInService(REFUSING);
        RuntimeException refused = assertThrows(RuntimeException.class, () -> sendData(terminal, APPLICATIONS));
        assertEquals("javax.telephony.PlatformException", refused.getClass().getName());
        assertTrue(FaultSpec.parse("ctirefuse").forPhone(0).ctiRefusing(), "the fault's name in a spec");
    }

    @Test
    void dataLongerThan2000BytesIsRefusedBeforeItLeaves() throws Throwable {
        Object terminal = observedInService(WEB_OFF);
        int delivered = cti.deliveredData();
        String big = "<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:Applications\"/>" + " ".repeat(2000) + "</CiscoIPPhoneExecute>";
        RuntimeException tooLong = assertThrows(RuntimeException.class, () -> sendData(terminal, big));
        assertEquals("javax.telephony.PlatformException", tooLong.getClass().getName());
        assertEquals(delivered, cti.deliveredData());
    }

    @Test
    void updateAppUserReplacesTheListAndANewDeviceShowsAfterTheDelay() throws Throwable {
        String user = "vb-cti-assoc";
        cluster.applicationUsers().add(user, PASSWORD, List.of(name(RESTARTS)));
        Object provider = jtapi.provider(cti.host() + ";login=" + user + ";passwd=" + PASSWORD);
        providers.add(provider);
        assertNotNull(jtapi.observeProvider(provider).await("ProvInServiceEv", WAIT));
        assertNotNull(jtapi.call(provider, "javax.telephony.Provider", "getTerminal", name(RESTARTS)));

        String answer = SimulatedAxl.updateAppUser(CucmSoap.operation(AppUserSoap.update(user, name(ASSOCIATED_LATER))),
                "14.0", cluster.applicationUsers());
        assertTrue(answer.contains("<ns:updateAppUserResponse"), answer);
        assertEquals(List.of(name(ASSOCIATED_LATER)), cluster.applicationUsers().devices(user).orElseThrow(),
                "the whole list is replaced");
        assertEquals("javax.telephony.InvalidArgumentException", assertThrows(Exception.class,
                () -> jtapi.call(provider, "javax.telephony.Provider", "getTerminal", name(RESTARTS))).getClass().getName(),
                "a device removed is gone at once");
        assertEquals("javax.telephony.InvalidArgumentException", assertThrows(Exception.class,
                () -> jtapi.call(provider, "javax.telephony.Provider", "getTerminal", name(ASSOCIATED_LATER))).getClass()
                .getName(), "a new device is not seen at once");
        Thread.sleep(ASSOCIATION_DELAY.toMillis() + 100);
        assertNotNull(jtapi.call(provider, "javax.telephony.Provider", "getTerminal", name(ASSOCIATED_LATER)),
                "seen after the delay");
    }

    private Object open(String user, String password) throws Throwable {
        Object provider = jtapi.provider(cti.host() + ";login=" + user + ";passwd=" + password);
        providers.add(provider);
        return provider;
    }

    private Object inService() throws Throwable {
        Object provider = open(USER, PASSWORD);
        assertNotNull(jtapi.observeProvider(provider).await("ProvInServiceEv", WAIT), "provider in service");
        return provider;
    }

    private Object terminal(Object provider, int phone) throws Throwable {
        return jtapi.call(provider, "javax.telephony.Provider", "getTerminal", name(phone));
    }

    private Object observedInService(int phone) throws Throwable {
        Object terminal = terminal(inService(), phone);
        assertNotNull(jtapi.observeTerminal(terminal).await("CiscoTermInServiceEv", WAIT), "terminal in service");
        return terminal;
    }

    private String sendData(Object terminal, String xml) throws Throwable {
        return (String) jtapi.call(terminal, "com.cisco.jtapi.extensions.CiscoTerminal", "sendData", xml);
    }

    private int state(Object provider) throws Throwable {
        return (Integer) jtapi.call(provider, "javax.telephony.Provider", "getState");
    }

    private static String name(int phone) {
        return lab.phone(phone).name();
    }

    private static String executeXml(String url) {
        return LabFixtures.executeXml(url);
    }
}
