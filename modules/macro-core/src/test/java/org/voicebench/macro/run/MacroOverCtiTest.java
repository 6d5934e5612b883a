package org.voicebench.macro.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.voicebench.macro.Macro;
import org.voicebench.macro.MacroLibrary;
import org.voicebench.phone.KeyTransport;
import org.voicebench.phone.PhoneClient;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.cti.CtiSettings;
import org.voicebench.phone.cti.KeyRoutes;
import org.voicebench.phone.model.ModelProfiles;
import org.voicebench.phone.sim.PhoneConditions;
import org.voicebench.phone.sim.PhoneLab;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.phone.sim.SimulatedPhone;

/**
 * The built-in erase through the lab stand-in for Cisco JTAPI: under auto a phone whose web server is off, or refuses
 * every user, gets its ITL erased over CTI; over CTI only verified keys run unasked; a phone the CTI user does not
 * control is named so; without CTI the web-off phone is told CTI is the way. Cluster 127.0.35.1, phones 127.0.35.101.
 */
@Timeout(120)
class MacroOverCtiTest {

    private static final String CTI_USER = "vb-cti";
    private static final String CTI_PASSWORD = "cti-pw-35";
    private static final Duration GAP = Duration.ofMillis(150);

    private static final int WEB_OFF = 0;
    private static final int ERROR_4 = 1;
    private static final int WEB_OFF_88XX = 2;
    private static final int NOT_CONTROLLED = 3;
    private static final int WEB_OK = 4;
    private static final int WEB_OFF_NO_CTI = 5;

    private static SimulatedCluster cluster;
    private static PhoneLab lab;
    private static SimulatedCti cti;
    private static PhoneClient client;

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(35).firstAddress("127.0.35.1").freePorts().start();
        PhoneConditions normal = PhoneConditions.NORMAL;
        lab = SimFixtures.lab().firstAddress("127.0.35.101").rebootTime(Duration.ofSeconds(30)) // erased phones stay down
                .add(1, "7962", normal.withWebAccess(false))
                .add(1, "7962", normal.withAuthFailing(true))
                .add(1, "8841", normal.withWebAccess(false))
                .add(1, "7962", normal.withWebAccess(false))
                .add(1, "7962", normal)
                .add(1, "7962", normal.withWebAccess(false))
                .start();
        cluster.applicationUsers().add(CTI_USER, CTI_PASSWORD, List.of(name(WEB_OFF), name(ERROR_4), name(WEB_OFF_88XX),
                name(WEB_OK)));
        cti = cluster.startCti(SimulatedCti.builder().phones(lab).dataGap(GAP));
        client = SimFixtures.client();
    }

    @AfterAll
    static void stop() {
        client.close();
        lab.close();
        cluster.close();
    }

    private static String name(int i) {
        return lab.phone(i).name();
    }

    private static Path standInJar() throws Exception {
        return Path.of(Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    private static List<PhoneResult> erase(List<Integer> phones, KeyRoutes keys, boolean blind) throws Exception {
        Macro erase = MacroLibrary.builtIn("erase-itl").orElseThrow();
        RunOptions options = RunOptions.defaults().withConfirmation().withKeys(keys);
        if (blind) {
            options = options.withBlindAccepted();
        }
        MacroRun run = new MacroPlayer(client, ModelProfiles.builtIn(), SimFixtures.fast().withConcurrency(phones.size()))
                .start(erase, phones.stream().map(i -> SimFixtures.entry(lab.phone(i))).toList(), options);
        List<PhoneResult> results = run.await(Duration.ofSeconds(90));
        assertNotNull(results, "the run did not end within 90 s");
        return results;
    }

    @Test
    void withoutCtiAWebOffPhoneIsToldThatCtiIsTheWay() throws Exception {
        PhoneResult r = erase(List.of(WEB_OFF_NO_CTI), KeyRoutes.of(TransportMode.AUTO, null), false).get(0);
        assertEquals(Outcome.WEB_ACCESS_DISABLED, r.outcome());
        assertTrue(r.message().contains("CTI can still press its keys"), r.message());
        assertTrue(lab.phone(WEB_OFF_NO_CTI).hasItl(), "untouched");
    }

    @Test
    void underAutoThePhonesTheWebCannotDriveAreErasedOverCti() throws Exception {
        CtiSettings settings = CtiSettings.of(standInJar(), List.of(cti.host()), CTI_USER).withKeyGap(GAP);
        List<PhoneResult> results;
        try (CtiProvider provider = CtiProvider.open(settings, CTI_PASSWORD.toCharArray())) {
            results = erase(List.of(WEB_OFF, ERROR_4, WEB_OFF_88XX, NOT_CONTROLLED, WEB_OK),
                    KeyRoutes.of(TransportMode.AUTO, provider), false);
        }
        PhoneResult webOff = results.get(0);
        assertEquals(Outcome.SUCCESS, webOff.outcome(), webOff.message());
        assertEquals(KeyTransport.CTI, webOff.transport());
        assertTrue(webOff.message().contains("delivered over CTI"), webOff.message());
        assertFalse(lab.phone(WEB_OFF).hasItl(), "erased over CTI although its web server is off");

        PhoneResult error4 = results.get(1);
        assertEquals(Outcome.SUCCESS, error4.outcome(), error4.message());
        assertEquals(KeyTransport.CTI, error4.transport(), "credentials refused before any key: CTI from the first step");
        assertFalse(lab.phone(ERROR_4).hasItl());

        PhoneResult phone88 = results.get(2);
        assertEquals(Outcome.UNSUPPORTED_MODEL, phone88.outcome());
        assertTrue(phone88.message().contains("--allow-blind"), phone88.message());
        assertTrue(lab.phone(WEB_OFF_88XX).hasItl(), "88xx digits over CTI are not verified: untouched");

        PhoneResult notControlled = results.get(3);
        assertEquals(Outcome.NOT_CONTROLLED, notControlled.outcome());
        assertTrue(notControlled.message().contains("Controlled Devices"), notControlled.message());

        PhoneResult web = results.get(4);
        assertTrue(web.outcome().succeeded(), web.outcome() + ": " + web.message());
        assertEquals(KeyTransport.WEB, web.transport(), "its web server works: the guarded web variant");
        assertEquals(0, cti.droppedData(), "paced: no key lost");
    }
}
