package org.voicebench.cti.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.voicebench.cti.ui.api.CtiAccess;
import org.voicebench.lab.ui.api.LabCti;
import org.voicebench.phone.PhoneCredentials;
import org.voicebench.phone.TransportMode;
import org.voicebench.phone.cti.CtiException;
import org.voicebench.phone.cti.CtiFailure;
import org.voicebench.phone.cti.CtiProvider;
import org.voicebench.phone.sim.SimulatedCluster;
import org.voicebench.phone.sim.SimulatedCti;
import org.voicebench.testsupport.MemoryPreferences;

/**
 * The configuration the windows open CTI with: the options' when complete, else the running lab's; passwords from the
 * Keyring (or the lab) and never in the preferences; the provider opened against the lab CTI service through the
 * stand-in jar and shut down. Lab cluster on 127.0.42.1.
 */
@Timeout(60)
class CtiConfigurationTest {

    private static final String USER = "vb-cti";
    private static final String PASSWORD = "Cti-Conf-S3cret!";
    private static SimulatedCluster cluster;
    private static SimulatedCti cti;

    private final MemoryPreferences preferences = new MemoryPreferences();
    private final MemorySecrets secrets = new MemorySecrets();
    private final CtiStore store = new CtiStore(preferences, secrets);
    private final FakeLab lab = new FakeLab();
    private final NbCtiConfiguration configuration = new NbCtiConfiguration(store, () -> lab);

    @BeforeAll
    static void start() throws Exception {
        cluster = SimulatedCluster.builder().nodes(1).keyBits(1024).seed(42).firstAddress("127.0.42.1").freePorts()
                .tftpPort(0).start();
        cluster.applicationUsers().add(USER, PASSWORD, List.of());
        cti = cluster.startCti(SimulatedCti.builder());
    }

    @AfterAll
    static void stop() {
        if (cluster != null) {
            cluster.close();
        }
    }

    static Path standIn() throws Exception {
        return Path.of(Class.forName("javax.telephony.JtapiPeerFactory").getProtectionDomain().getCodeSource()
                .getLocation().toURI());
    }

    @Test
    void nothingConfiguredAndNoLabIsNoCti() {
        assertTrue(configuration.current().isEmpty());
        assertEquals(TransportMode.AUTO, configuration.transport());
        assertFalse(configuration.associate());
    }

    @Test
    void theRunningLabsCtiIsOfferedWhileNoneIsConfiguredAndOpensWithTheLabsPassword() throws Exception {
        lab.cti = new LabCti(standIn(), cti.host(), new PhoneCredentials(USER, PASSWORD.toCharArray()));
        CtiAccess access = configuration.current().orElseThrow();
        assertTrue(access.fromLab());
        assertEquals(List.of(cti.host()), access.settings().hosts());
        assertEquals(USER, access.settings().user());
        try (CtiProvider provider = configuration.open(access)) {
            assertEquals(1, cti.openProviders());
        }
        assertEquals(0, cti.openProviders(), "the provider was shut down");

        lab.cti = null; // the lab stopped meanwhile
        CtiException e = assertThrows(CtiException.class, () -> configuration.open(access));
        assertEquals(CtiFailure.NOT_CONFIGURED, e.failure());
    }

    @Test
    void theOptionsComeFirstAndTheirPasswordComesFromTheKeyringNeverThePreferences() throws Exception {
        lab.cti = new LabCti(standIn(), cti.host(), new PhoneCredentials(USER, PASSWORD.toCharArray()));
        store.save(new CtiValues(standIn().toString(), cti.host(), USER, true, TransportMode.CTI));
        CtiAccess access = configuration.current().orElseThrow();
        assertFalse(access.fromLab());
        assertEquals(TransportMode.CTI, configuration.transport());
        assertTrue(configuration.associate());

        CtiException none = assertThrows(CtiException.class, () -> configuration.open(access));
        assertEquals(CtiFailure.NOT_CONFIGURED, none.failure());
        assertTrue(none.getMessage().contains("Tools > Options > CTI"), none.getMessage());

        store.savePassword(PASSWORD.toCharArray());
        try (CtiProvider provider = configuration.open(access)) {
            assertEquals(1, cti.openProviders());
        }
        assertEquals(PASSWORD, new String(secrets.read(CtiStore.PASSWORD_KEY)));
        assertFalse(preferences.values().toString().contains(PASSWORD), preferences.values().toString());

        store.savePassword("wrong".toCharArray());
        CtiException refused = assertThrows(CtiException.class, () -> configuration.open(access));
        assertEquals(CtiFailure.LOGIN_REFUSED, refused.failure());
        assertFalse(refused.getMessage().contains("wrong"), refused.getMessage());
    }

    @Test
    void halfGivenOptionsAreNoCtiAndNoLabEither() throws Exception {
        lab.cti = new LabCti(standIn(), cti.host(), new PhoneCredentials(USER, PASSWORD.toCharArray()));
        CtiValues half = new CtiValues("", cti.host(), USER, false, TransportMode.AUTO);
        assertTrue(half.problem() != null);
        store.save(half);
        assertTrue(configuration.current().isEmpty(), "options that name a CTI of their own never fall back to the lab's");
    }
}
