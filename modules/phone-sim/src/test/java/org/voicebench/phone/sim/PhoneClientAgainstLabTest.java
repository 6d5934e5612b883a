package org.voicebench.phone.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.voicebench.phone.CredentialsProvider;
import org.voicebench.phone.Phone;
import org.voicebench.phone.PhoneAddress;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.PhoneClientSettings;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.PhoneException;
import org.voicebench.phone.PhoneFailure;
import org.voicebench.phone.Screenshot;
import org.voicebench.phone.model.ModelProfiles;

/** phone-core's client against simulated phones: every outcome a real phone can produce. */
class PhoneClientAgainstLabTest {

    private static PhoneLab lab;
    private static PhoneClient client;
    private static PhoneClient wrongPassword;

    @BeforeAll
    static void start() throws Exception {
        lab = LabFixtures.lab()
                .add(1, "8845")
                .add(1, "7965", PhoneConditions.NORMAL.withWebAccess(false))
                .add(1, "7965", PhoneConditions.NORMAL.withDropRate(1))
                .add(1, "8841", PhoneConditions.NORMAL.withAuthFailing(true))
                .add(1, "8841", PhoneConditions.NORMAL.withHostile(true))
                .add(1, "7941")
                .add(1, "7941")
                .start();
        PhoneClientSettings settings = PhoneClientSettings.defaults().withConnectTimeout(Duration.ofSeconds(2))
                .withResponseTimeout(Duration.ofSeconds(5));
        client = new PhoneClient(settings, CredentialsProvider.fixed(
                new PhoneCredentials(LabFixtures.USER, LabFixtures.PASSWORD.toCharArray())));
        wrongPassword = new PhoneClient(settings, CredentialsProvider.fixed(
                new PhoneCredentials(LabFixtures.USER, "nope".toCharArray())));
    }

    @AfterAll
    static void stop() {
        client.close();
        wrongPassword.close();
        lab.close();
    }

    private static Phone phone(PhoneClient c, int index) {
        return c.phone(PhoneAddress.parse(lab.phone(index).hostAndPort()));
    }

    @Test
    void readsTheInformationPagesAndIdentifiesTheModel() throws Exception {
        SimulatedPhone sim = lab.phone(0);
        Phone p = phone(client, 0);
        assertEquals(sim.mac(), p.deviceInformation().macAddress());
        assertEquals(sim.name(), p.deviceInformation().hostName());
        assertEquals("CP-8845", p.deviceInformation().modelNumber());
        assertEquals("8845", p.identify(ModelProfiles.builtIn()).profile().orElseThrow().model());
    }

    @Test
    void pressesKeysSeesTheMenuAndTakesScreenshots() throws Exception {
        Phone p = phone(client, 0).identify(ModelProfiles.builtIn());
        p.execute("Init:Applications");
        Screenshot idle = p.screenshot();
        assertEquals(800, idle.width());
        assertEquals(480, idle.height());
        assertEquals(0, p.press("Settings").status(), "Settings is sent as Applications on an 8845");
        Screen menu = lab.phone(0).screen();
        assertEquals("Applications", menu.title());
        assertEquals("Admin settings", menu.fields().get(5).name());
        assertFalse(java.util.Arrays.equals(idle.bytes(), p.screenshot().bytes()));
        Screenshot bmp = phone(client, 5).screenshot();
        assertEquals(320, bmp.width());
        assertEquals(196, bmp.height());
        assertEquals("BMP", bmp.format().name());
    }

    @Test
    void eachFailureHasItsType() {
        assertEquals(PhoneFailure.AUTH_FAILED, failure(() -> phone(wrongPassword, 0).press("Settings")));
        assertEquals(PhoneFailure.AUTH_FAILED, failure(() -> phone(wrongPassword, 0).screenshot()));
        assertEquals(PhoneFailure.AUTH_FAILED, failure(() -> phone(client, 3).press("Applications")));
        assertEquals(PhoneFailure.WEB_ACCESS_DISABLED, failure(() -> phone(client, 1).deviceInformation()));
        assertEquals(PhoneFailure.CONNECTION_DROPPED, failure(() -> phone(client, 2).deviceInformation()));
        assertEquals(PhoneFailure.URI_REJECTED, failure(() -> phone(client, 0).execute("SoftKey:Exit")));
    }

    @Test
    void aHostilePhoneCannotMakeTheClientReadFiles() {
        PhoneException e = assertThrows(PhoneException.class, () -> phone(client, 4).deviceInformation());
        assertFalse(String.valueOf(e.getMessage()).contains("root:"), e.getMessage());
        assertFalse(String.valueOf(e.detail()).contains("root:"), e.detail());
    }

    @Test
    void theClientErasesA79xxItlFoundByLabelsAndThePhoneComesBack() throws Exception {
        SimulatedPhone sim = lab.phone(6);
        Phone p = phone(client, 6).identify(ModelProfiles.builtIn());
        new LabelWalk(sim::screen, p::execute).eraseTrust(sim.profile());
        assertFalse(sim.hasItl());
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (sim.rebootCount() == 0 && !sim.rebooting() && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        assertTrue(sim.awaitReady(Duration.ofSeconds(5)));
        assertEquals(sim.mac(), p.deviceInformation().macAddress(), "answers again after the restart");
        assertFalse(sim.hasItl(), "no ITL source in this lab");
    }

    private interface Call {
        Object run() throws PhoneException;
    }

    private static PhoneFailure failure(Call call) {
        PhoneException e = assertThrows(PhoneException.class, call::run);
        return e.failure();
    }
}
